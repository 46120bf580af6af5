import type { UnitInbox } from '@contest/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { InitiativeStateBadge } from './InitiativeStateBadge';
import { InitiativeBadges } from './InitiativeText';
import { sentByAnAuthor } from './unit-inbox';

type InboxEntry = UnitInbox['items'][number];

interface InboxEntryCardProps {
  entry: InboxEntry;
  /** False when the unit may not answer now (the page says why once, above the list). */
  mayReturn: boolean;
  mayForward: boolean;
  onRead(): void;
  onReturn(): void;
  onForward(): void;
}

/** One initiative in the unit's inbox: who sent it, what it is about, and the unit's answer or the way to give it. */
export function InboxEntryCard({
  entry,
  mayReturn,
  mayForward,
  onRead,
  onReturn,
  onForward,
}: InboxEntryCardProps) {
  const { t, i18n } = useTranslation();
  const review = entry.unitReview;
  const at = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const pending = review?.state === 'pending';
  return (
    <Card withBorder padding="md" data-testid={`inbox-entry-${entry.id}`} data-state={review?.state}>
      <Stack gap="xs">
        <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
          {entry.title}
        </Title>
        <Group gap={6} preventGrowOverflow={false}>
          <InitiativeStateBadge entry={entry} />
          {entry.initiative && <InitiativeBadges details={entry.initiative} />}
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('initiatives.unit.authorsLine', { names: entry.authors.join(', ') })}
          {' · '}
          {sentByAnAuthor(entry)
            ? t('initiatives.unit.sentAt', { at: at(entry.submittedAt) })
            : t('initiatives.unit.sentBy', { name: entry.submittedByName, at: at(entry.submittedAt) })}
        </Text>
        {entry.initiative?.summary && (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.initiative.summary}
          </Text>
        )}
        {review?.state === 'forwarded' && (
          <Text size="sm" c="teal.8">
            {t('initiatives.unit.forwardedLine', {
              at: at(review.reviewedAt),
              head: [review.headPosition, review.headName].filter(Boolean).join(' '),
            })}
          </Text>
        )}
        {review?.state === 'returned' && (
          <Text size="sm" c="orange.8" style={{ overflowWrap: 'anywhere' }}>
            {t('initiatives.unit.returnedLine', { at: at(review.reviewedAt), comment: review.comment ?? '' })}
          </Text>
        )}
        <Group gap="xs" preventGrowOverflow={false}>
          <Button variant="light" onClick={onRead} data-testid="unit-read">
            {t('initiatives.unit.read')}
          </Button>
          {pending && (
            <>
              <Button onClick={onForward} disabled={!mayForward} data-testid="unit-forward">
                {t('initiatives.unit.forward.action')}
              </Button>
              <Button
                variant="outline"
                color="orange"
                onClick={onReturn}
                disabled={!mayReturn}
                data-testid="unit-return"
              >
                {t('initiatives.unit.return.action')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
