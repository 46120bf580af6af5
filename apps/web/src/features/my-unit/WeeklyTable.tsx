import type { UnitReport } from '@contest/contracts';
import { Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE, countText, rankOf, rateText, scoreText } from './figures';

type Week = UnitReport['byRound'][number];

export function WeeklyTable({ byRound }: { byRound: UnitReport['byRound'] }) {
  const narrow = useNarrowScreen();
  const weeks = [...byRound].sort((a, b) => b.weekNumber - a.weekNumber);
  return narrow ? <WeekCards weeks={weeks} /> : <WeekRows weeks={weeks} />;
}

function useWeekCells() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (week: Week) => {
    const rank = rankOf(week);
    return {
      week: t('myUnit.figures.week', { week: week.weekNumber }),
      rate: rateText(week.participationRate, language),
      participants: countText(week.participants, language),
      attempts: countText(week.attempts, language),
      average: scoreText(week.averageScore, language),
      fullMarks: rateText(week.fullMarksShare, language),
      rank: rank ? `${rank.rank}/${rank.of}` : NO_FIGURE,
    };
  };
}

function WeekRows({ weeks }: { weeks: readonly Week[] }) {
  const { t } = useTranslation();
  const cells = useWeekCells();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing={4} data-testid="weekly-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myUnit.figures.weekColumn')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.rate')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.participantsShort')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.attempts')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.averageScore')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.fullMarks')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.rankShort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => {
            const cell = cells(week);
            return (
              <Table.Tr key={week.roundId} data-testid="weekly-row">
                <Table.Td>{cell.week}</Table.Td>
                <Table.Td ta="right">{cell.rate}</Table.Td>
                <Table.Td ta="right">{cell.participants}</Table.Td>
                <Table.Td ta="right">{cell.attempts}</Table.Td>
                <Table.Td ta="right">{cell.average}</Table.Td>
                <Table.Td ta="right">{cell.fullMarks}</Table.Td>
                <Table.Td ta="right">{cell.rank}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function WeekCards({ weeks }: { weeks: readonly Week[] }) {
  const { t } = useTranslation();
  const cells = useWeekCells();
  return (
    <Stack gap="xs" data-testid="weekly-cards">
      {weeks.map((week) => {
        const cell = cells(week);
        return (
          <Card key={week.roundId} withBorder padding="xs" data-testid="weekly-row">
            <Text size="sm" fw={600}>
              {cell.week} · {cell.rate}
            </Text>
            <SimpleGrid cols={2} spacing={4} verticalSpacing={0} mt={4}>
              <Line label={t('myUnit.figures.participantsShort')} value={cell.participants} />
              <Line label={t('myUnit.figures.attempts')} value={cell.attempts} />
              <Line label={t('myUnit.figures.averageScore')} value={cell.average} />
              <Line label={t('myUnit.figures.fullMarks')} value={cell.fullMarks} />
              <Line label={t('myUnit.figures.rankShort')} value={cell.rank} />
            </SimpleGrid>
          </Card>
        );
      })}
    </Stack>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Text size="xs">
      <Text span c="dimmed" size="xs">
        {label}:
      </Text>{' '}
      <b>{value}</b>
    </Text>
  );
}
