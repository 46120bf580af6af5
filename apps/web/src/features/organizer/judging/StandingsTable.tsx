import type { StageResults, Standing } from '@contest/contracts';
import { ActionIcon, Badge, Button, Card, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AdvancedBadge, advancedIds } from '../../../shared/Advancement';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { EntryThumbnail } from './EntryThumbnail';
import { StandingTrace } from './StandingTrace';
import { isIncomplete, mostVotes } from './stage-trace';
import { usePointsFormat } from './use-points-format';

const COLUMNS = 9;

/** The stage's ranking; each entry opens onto the trace of its total. Cards on a phone. */
export function StandingsTable({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const format = usePointsFormat();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (entryId: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(entryId)) next.add(entryId);
      return next;
    });
  const most = mostVotes(data.standings);
  const { stage, advancement } = data;
  const advanced = advancedIds(advancement);
  // A stage without public points shows none; likes and shares are not called votes.
  const publicPoints = stage.votePoints > 0;
  const publicWords =
    stage.publicSource === 'counts'
      ? ({ count: 'countsCount', points: 'countsPoints', short: 'countsShort' } as const)
      : ({ count: 'votes', points: 'votePoints', short: 'votesShort' } as const);

  if (data.standings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.ranking.empty')}
      </Text>
    );

  const trace = (standing: Standing) => (
    <StandingTrace
      standing={standing}
      criteria={data.criteria}
      stage={stage}
      mostVotes={most}
      narrow={narrow}
    />
  );
  const prize = (standing: Standing) =>
    standing.prize ? (
      // The organizer's own prize name, never cut however narrow the column.
      <Text size="sm" fw={600} c="orange.8" style={{ whiteSpace: 'nowrap' }} data-testid="standing-prize">
        {standing.prize}
      </Text>
    ) : null;
  const advancedMark = (standing: Standing) =>
    advancement && advanced.has(standing.entryId) ? (
      <AdvancedBadge nextStageName={advancement.nextStage.name} />
    ) : null;
  const incomplete = (standing: Standing) =>
    !data.published && isIncomplete(standing) ? (
      <Badge color="yellow" variant="light" tt="none" size="sm" data-testid="standing-incomplete">
        {t('judgingAdmin.ranking.incompleteBadge')}
      </Badge>
    ) : null;

  if (narrow)
    return (
      <Stack gap="xs" data-testid="standings">
        {data.standings.map((standing) => {
          const expanded = open.has(standing.entryId);
          return (
            <Card
              key={standing.entryId}
              withBorder
              padding="xs"
              data-testid="standing-row"
              data-advanced={advanced.has(standing.entryId)}
            >
              <Group wrap="nowrap" align="flex-start" gap="xs">
                <Text
                  fw={700}
                  miw={24}
                  ta="right"
                  aria-label={t('judgingAdmin.ranking.rankOf', { rank: standing.rank })}
                >
                  {standing.rank}
                </Text>
                <EntryThumbnail url={standing.thumbnailUrl} width={56} />
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {standing.title}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {standing.unitName}
                  </Text>
                  <Group gap={4}>
                    {prize(standing)}
                    {incomplete(standing)}
                    {advancedMark(standing)}
                  </Group>
                </Stack>
              </Group>
              <Group gap="md" mt={6} style={{ rowGap: 2 }}>
                <Text size="xs">
                  {t('judgingAdmin.ranking.judgePoints')}: <b>{format.points(standing.judgePoints)}</b>
                </Text>
                {publicPoints && (
                  <Text size="xs">
                    {t(`judgingAdmin.ranking.${publicWords.short}`, {
                      votes: format.count(standing.votes),
                      points: format.points(standing.votePoints),
                    })}
                  </Text>
                )}
                <Text size="xs">
                  {t('judgingAdmin.ranking.total')}: <b>{format.points(standing.total)}</b>
                </Text>
              </Group>
              <Button
                variant="subtle"
                size="compact-xs"
                mt={4}
                onClick={() => toggle(standing.entryId)}
                aria-expanded={expanded}
                data-testid="standing-toggle"
              >
                {t(expanded ? 'judgingAdmin.ranking.hideTrace' : 'judgingAdmin.ranking.showTrace')}
              </Button>
              <Collapse in={expanded}>{expanded && <Stack pt="xs">{trace(standing)}</Stack>}</Collapse>
            </Card>
          );
        })}
      </Stack>
    );

  const figure = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  const heading = { ta: 'right' as const, fz: 'xs', style: { verticalAlign: 'bottom' as const } };
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={6} data-testid="standings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th fz="xs" ta="right" w={48} style={{ verticalAlign: 'bottom' }}>
              {t('judgingAdmin.ranking.rank')}
            </Table.Th>
            <Table.Th w={88} />
            <Table.Th fz="xs" style={{ verticalAlign: 'bottom' }}>
              {t('judgingAdmin.ranking.entry')}
            </Table.Th>
            <Table.Th {...heading}>
              {t('judgingAdmin.ranking.judgePoints')}
              <Text span size="xs" c="dimmed" fw={400} display="block">
                {t('judgingAdmin.trace.max', { max: format.points(stage.judgePoints) })}
              </Text>
            </Table.Th>
            {publicPoints && (
              <>
                <Table.Th {...heading}>{t(`judgingAdmin.ranking.${publicWords.count}`)}</Table.Th>
                <Table.Th {...heading}>
                  {t(`judgingAdmin.ranking.${publicWords.points}`)}
                  <Text span size="xs" c="dimmed" fw={400} display="block">
                    {t('judgingAdmin.trace.max', { max: format.points(stage.votePoints) })}
                  </Text>
                </Table.Th>
              </>
            )}
            <Table.Th {...heading}>{t('judgingAdmin.ranking.total')}</Table.Th>
            <Table.Th fz="xs" style={{ verticalAlign: 'bottom' }}>
              {t('judgingAdmin.ranking.prize')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.standings.map((standing) => {
            const expanded = open.has(standing.entryId);
            return (
              <Fragment key={standing.entryId}>
                <Table.Tr
                  data-testid="standing-row"
                  data-advanced={advanced.has(standing.entryId)}
                  bg={expanded ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(standing.entryId)}
                      aria-expanded={expanded}
                      aria-label={t(
                        expanded ? 'judgingAdmin.ranking.hideTraceOf' : 'judgingAdmin.ranking.showTraceOf',
                        { title: standing.title },
                      )}
                      data-testid="standing-toggle"
                    >
                      {expanded ? '▾' : '▸'}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {standing.rank}
                  </Table.Td>
                  <Table.Td>
                    <EntryThumbnail url={standing.thumbnailUrl} />
                  </Table.Td>
                  <Table.Td miw={220}>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm" fw={500}>
                        {standing.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {standing.unitName}
                      </Text>
                      {incomplete(standing)}
                      {advancedMark(standing)}
                    </Stack>
                  </Table.Td>
                  <Table.Td {...figure}>{format.points(standing.judgePoints)}</Table.Td>
                  {publicPoints && (
                    <>
                      <Table.Td {...figure}>{format.count(standing.votes)}</Table.Td>
                      <Table.Td {...figure}>{format.points(standing.votePoints)}</Table.Td>
                    </>
                  )}
                  <Table.Td {...figure} fw={700}>
                    {format.points(standing.total)}
                  </Table.Td>
                  <Table.Td>{prize(standing) ?? '—'}</Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr data-testid="standing-trace-row">
                    <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-body)" px="md" py="sm">
                      {trace(standing)}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
