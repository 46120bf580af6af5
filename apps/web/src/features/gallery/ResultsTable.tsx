import type { Gallery, Stage, StageResults } from '@contest/contracts';
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatNumber } from '../../lib/format';
import { AdvancedBadge, advancedIds } from '../../shared/Advancement';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { EntryPrizeBadge } from './EntryPrizeBadge';

export type ResultRow = NonNullable<Gallery['results']>[number];

interface ResultsTableProps {
  rows: readonly ResultRow[];
  prizes: Stage['prizes'];
  /** Vote columns only where the stage gave points for votes. */
  withVotes: boolean;
  /** Who went on to the next stage: their rows say so. */
  advancement?: StageResults['advancement'];
}

/** The published ranking: judges' points, votes and their points, the total and the prize, row by row. */
export function ResultsTable({ rows, prizes, withVotes, advancement = null }: ResultsTableProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const points = (value: number) => formatDecimal(value, i18n.language);
  const advanced = advancedIds(advancement);
  const advancedMark = (row: ResultRow) =>
    advancement && advanced.has(row.entryId) ? (
      <AdvancedBadge nextStageName={advancement.nextStage.name} />
    ) : null;
  if (narrow) {
    return (
      <Stack gap="xs" data-testid="results-table">
        {rows.map((row) => (
          <Card key={row.entryId} withBorder padding="sm" data-testid="result-row">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text fw={700} size="lg" w={28} ta="right" style={{ flexShrink: 0 }}>
                {row.rank}
              </Text>
              <Stack gap={4} miw={0} style={{ flex: 1 }}>
                <Text size="sm" fw={600}>
                  {row.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.unitName}
                </Text>
                <Stack gap={0}>
                  <Text size="xs">
                    {t('gallery.results.judgePoints')}: {points(row.judgePoints)}
                  </Text>
                  {withVotes && (
                    <Text size="xs">
                      {t('gallery.results.votePointsShort', {
                        votes: formatNumber(row.votes, i18n.language),
                        points: points(row.votePoints),
                      })}
                    </Text>
                  )}
                </Stack>
                <Group gap="xs" justify="space-between" preventGrowOverflow={false}>
                  <Text size="sm" fw={700}>
                    {t('gallery.results.totalValue', { total: points(row.total) })}
                  </Text>
                  {row.prize && <EntryPrizeBadge label={row.prize} prizes={prizes} />}
                  {advancedMark(row)}
                </Group>
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="results-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('gallery.results.rank')}</Table.Th>
            <Table.Th>{t('gallery.results.entry')}</Table.Th>
            <Table.Th ta="right">{t('gallery.results.judgePoints')}</Table.Th>
            {withVotes && <Table.Th ta="right">{t('gallery.results.votes')}</Table.Th>}
            {withVotes && <Table.Th ta="right">{t('gallery.results.votePoints')}</Table.Th>}
            <Table.Th ta="right">{t('gallery.results.total')}</Table.Th>
            <Table.Th>{t('gallery.results.prize')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.entryId} data-testid="result-row">
              <Table.Td ta="right" fw={600}>
                {row.rank}
              </Table.Td>
              <Table.Td>
                <Stack gap={0} align="flex-start">
                  <Text size="sm" fw={500}>
                    {row.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.unitName}
                  </Text>
                  {advancedMark(row)}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{points(row.judgePoints)}</Table.Td>
              {withVotes && <Table.Td ta="right">{formatNumber(row.votes, i18n.language)}</Table.Td>}
              {withVotes && <Table.Td ta="right">{points(row.votePoints)}</Table.Td>}
              <Table.Td ta="right" fw={700}>
                {points(row.total)}
              </Table.Td>
              <Table.Td>{row.prize && <EntryPrizeBadge label={row.prize} prizes={prizes} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
