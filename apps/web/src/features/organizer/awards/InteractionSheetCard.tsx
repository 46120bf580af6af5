import type { InteractionSheet, Stage } from '@contest/contracts';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { changedRows, draftsOf, type CountDraft } from './interaction-form';
import { InteractionRows } from './InteractionRows';
import { useSaveInteractions, useStageInteractions } from './use-interactions';

/** The stage's likes and shares: typed in, only the changed rows sent, the points read back from the server. */
export function InteractionSheetCard({ stage }: { stage: Stage }) {
  const sheet = useStageInteractions(stage.id, true);
  if (sheet.isPending) return <PageLoader />;
  if (sheet.isError) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return <SheetForm stage={stage} sheet={sheet.data} />;
}

function SheetForm({ stage, sheet }: { stage: Stage; sheet: InteractionSheet }) {
  const { t, i18n } = useTranslation();
  const save = useSaveInteractions(stage);
  const [drafts, setDrafts] = useState(() => draftsOf(sheet));
  const [saved, setSaved] = useState(false);
  const { rows, blank } = changedRows(sheet, drafts);
  const locked = stage.lockedAt !== null;

  const change = (entryId: number, draft: CountDraft) => {
    setDrafts((current) => ({ ...current, [entryId]: draft }));
    setSaved(false);
  };
  const submit = () =>
    save.mutate(
      { rows },
      {
        onSuccess: (next) => {
          setDrafts(draftsOf(next));
          setSaved(true);
        },
      },
    );

  return (
    <Card withBorder padding="md" data-testid="interaction-sheet">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{t('awards.interactions.sheetTitle', { count: sheet.rows.length })}</Text>
          <Text size="sm" c="dimmed">
            {t('awards.interactions.rule', { cap: formatDecimal(sheet.cap, i18n.language) })}
          </Text>
        </Stack>
        {sheet.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('awards.interactions.noEntries')}
          </Text>
        ) : (
          <InteractionRows
            rows={sheet.rows}
            drafts={drafts}
            onChange={change}
            disabled={locked || save.isPending}
          />
        )}
        {blank.length > 0 && (
          <Alert color="yellow" variant="light" data-testid="interaction-blank">
            {t('awards.interactions.blankRows', { count: blank.length })}
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        {!locked && sheet.rows.length > 0 && (
          <Group gap="sm">
            <Button
              onClick={submit}
              disabled={rows.length === 0}
              loading={save.isPending}
              data-testid="interaction-save"
            >
              {t('awards.interactions.save', { count: rows.length })}
            </Button>
            {saved && rows.length === 0 && (
              <Text size="sm" c="teal" role="status">
                {t('awards.interactions.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
