import type { Entry, MyEntries } from '@contest/contracts';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EntryForm } from './EntryForm';
import { newEntryState } from './entry-state';

interface NewEntryProps {
  mine: MyEntries;
  onCreated(entry: Entry, file: File | null): void;
}

/** Sending another entry: the form (open at once when the unit has none), or why no more can be sent. */
export function NewEntry({ mine, onCreated }: NewEntryProps) {
  const { t } = useTranslation();
  const state = newEntryState(mine);
  const hasLive = mine.items.some((e) => e.status !== 'withdrawn');
  // Folded behind a button once the unit has an entry; open whenever it has none (again).
  const [opened, setOpen] = useState(false);
  const open = opened || !hasLive;

  if (state.kind === 'notOpen') return null;
  if (state.kind === 'notEntrant')
    return (
      <Alert color="yellow" variant="light" role="note" data-testid="entries-not-entrant">
        {t(`entries.new.notEntrant.${state.reason}`)}
      </Alert>
    );
  if (state.kind === 'limitReached')
    return (
      <Text size="sm" c="dimmed" data-testid="entries-limit-reached">
        {t('entries.new.limitReached', { limit: state.limit })}
      </Text>
    );
  if (!open)
    return (
      <Button variant="light" onClick={() => setOpen(true)} data-testid="entry-new" fullWidth>
        {t('entries.new.open', { count: state.remaining })}
      </Button>
    );
  return (
    <Card withBorder padding="md" data-testid="entry-new-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('entries.new.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('entries.new.remaining', { count: state.remaining })}
          </Text>
        </Stack>
        <EntryForm
          track={mine.track}
          onCancel={hasLive ? () => setOpen(false) : undefined}
          onSaved={(entry, file) => {
            setOpen(false);
            onCreated(entry, file);
          }}
        />
      </Stack>
    </Card>
  );
}
