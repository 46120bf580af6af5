import type { TrackResults, TrackStanding } from '@contest/contracts';
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatDong } from '../../lib/format';
import { LabeledValue } from '../../shared/LabeledValue';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { PrizeAmount } from './PrizeAmount';
import { stageCounts, totalTrace } from './results-view';

interface TrackStandingsProps {
  results: TrackResults;
  /** Shown at the end of a winning row (the organizer's certificate downloads); `compact` in a table. */
  actions?: (standing: TrackStanding, compact: boolean) => ReactNode;
}

/** The final ranking: each total beside the stage totals it is made of, the prize and its amount. */
export function TrackStandings({ results, actions }: TrackStandingsProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const lang = i18n.language;
  const points = (value: number) => formatDecimal(value, lang);
  const { combination } = results.rules;
  const stageCount = results.stages.length;
  const trace = (standing: TrackStanding) =>
    totalTrace(
      combination,
      standing.stageTotals.map((stage) => stage.total),
      standing.total,
      points,
    );
  const kind = (standing: TrackStanding) => (
    <Badge size="sm" variant="light" color={standing.group ? 'grape' : 'gray'} tt="none">
      {t(standing.group ? 'awards.results.group' : 'awards.results.individual')}
    </Badge>
  );

  if (results.standings.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid="track-standings-empty">
        {t('awards.results.empty')}
      </Text>
    );

  if (narrow)
    return (
      <Stack gap={6} data-testid="track-standings">
        {results.standings.map((standing) => (
          <Card key={standing.entryId} withBorder padding="xs" data-testid="track-standing">
            <Stack gap={6}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={700} miw={24}>
                  {standing.rank}
                </Text>
                <Stack gap={2} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600}>
                    {standing.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {standing.unitName}
                  </Text>
                  <Group gap={6}>{kind(standing)}</Group>
                </Stack>
              </Group>
              <SimpleGrid cols={2} spacing={6} verticalSpacing={4}>
                {standing.stageTotals.map((stage, index) => (
                  <LabeledValue
                    key={stage.stageId}
                    label={
                      stageCounts(combination, index, stageCount)
                        ? stage.stageName
                        : t('awards.results.notCounted', { stage: stage.stageName })
                    }
                    value={points(stage.total)}
                  />
                ))}
                <LabeledValue label={t('awards.results.total')} value={points(standing.total)} />
              </SimpleGrid>
              <Text size="xs" c="dimmed" data-testid="track-standing-trace">
                {t('awards.results.trace', { trace: trace(standing) })}
              </Text>
              {standing.prize && (
                <Group justify="space-between" gap="xs" align="flex-end">
                  <PrizeAmount prize={standing.prize} />
                  {actions?.(standing, false)}
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    );

  const right = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  return (
    <Table.ScrollContainer minWidth={800 + 80 * stageCount}>
      <Table striped verticalSpacing={6} data-testid="track-standings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" ta="center">
              {t('awards.results.rank')}
            </Table.Th>
            <Table.Th fz="xs">{t('awards.results.entry')}</Table.Th>
            <Table.Th fz="xs">{t('awards.results.unit')}</Table.Th>
            <Table.Th fz="xs">{t('awards.results.kind')}</Table.Th>
            {results.stages.map((stage, index) => (
              <Table.Th
                key={stage.id}
                fz="xs"
                ta="right"
                c={stageCounts(combination, index, stageCount) ? undefined : 'dimmed'}
              >
                {stage.name}
              </Table.Th>
            ))}
            <Table.Th fz="xs" ta="right">
              {t('awards.results.total')}
            </Table.Th>
            <Table.Th fz="xs">{t('awards.results.prize')}</Table.Th>
            <Table.Th fz="xs" ta="right">
              {t('awards.results.amount')}
            </Table.Th>
            {actions && <Table.Th fz="xs" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.standings.map((standing) => (
            <Table.Tr key={standing.entryId} data-testid="track-standing">
              <Table.Td fw={700} ta="center">
                {standing.rank}
              </Table.Td>
              <Table.Td miw={200}>
                <Text size="sm" fw={500}>
                  {standing.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {standing.authors.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td miw={120}>
                <Text size="sm">{standing.unitName}</Text>
              </Table.Td>
              <Table.Td>{kind(standing)}</Table.Td>
              {standing.stageTotals.map((stage, index) => (
                <Table.Td
                  key={stage.stageId}
                  {...right}
                  c={stageCounts(combination, index, stageCount) ? undefined : 'dimmed'}
                >
                  {points(stage.total)}
                </Table.Td>
              ))}
              <Table.Td {...right} title={trace(standing)}>
                <Text span fw={700} size="sm">
                  {points(standing.total)}
                </Text>
              </Table.Td>
              <Table.Td>
                {standing.prize ? (
                  <Text size="sm" fw={600} c="orange.8" style={{ whiteSpace: 'nowrap' }}>
                    {standing.prize.label}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td {...right}>{standing.prize ? formatDong(standing.prize.amount, lang) : '—'}</Table.Td>
              {actions && <Table.Td>{standing.prize && actions(standing, true)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
