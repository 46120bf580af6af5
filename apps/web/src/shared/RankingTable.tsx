import type { RankingEntry } from '@contest/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../lib/format';
import { PrizeBadge } from './PrizeBadge';
import { RankingCards } from './RankingCards';
import { useNarrowScreen } from './use-narrow-screen';

export type RankingRow = Omit<RankingEntry, 'userId' | 'attemptId'>;

interface RankingTableProps {
  entries: readonly RankingRow[];
  testId?: string;
  rowTestId?: string;
  /** The prize column, left out where every row is a winner of one known prize. */
  withPrize?: boolean;
}

/**
 * A ranking as the rules order it: score, closeness of the prediction, time taken, submission time.
 * On a phone the same rows become cards, since six columns do not fit.
 */
export function RankingTable({ entries, testId, rowTestId, withPrize = true }: RankingTableProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (entries.length === 0) {
    return (
      <Text c="dimmed" py="sm">
        {t('ranking.empty')}
      </Text>
    );
  }
  if (narrow)
    return <RankingCards entries={entries} testId={testId} rowTestId={rowTestId} withPrize={withPrize} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('ranking.rank')}</Table.Th>
            <Table.Th>{t('ranking.name')}</Table.Th>
            <Table.Th ta="right">{t('ranking.score')}</Table.Th>
            <Table.Th ta="right">{t('ranking.prediction')}</Table.Th>
            <Table.Th ta="right">{t('ranking.time')}</Table.Th>
            {withPrize && <Table.Th>{t('ranking.prize')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={`${entry.rank}-${entry.fullName}-${entry.submittedAt}`} data-testid={rowTestId}>
              <Table.Td ta="right" fw={600}>
                {entry.rank}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {entry.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {entry.unitName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('result.scoreValue', { score: entry.score, total: entry.questionCount })}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {entry.prediction === null ? (
                  '—'
                ) : (
                  <Text size="sm" span title={t('ranking.distanceHint')}>
                    {entry.prediction}
                    {entry.predictionDistance !== null && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('ranking.distance', { distance: entry.predictionDistance })}
                      </Text>
                    )}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatClock(entry.timeTakenMs / 1000)}</Table.Td>
              {withPrize && <Table.Td>{entry.prize && <PrizeBadge prize={entry.prize} />}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
