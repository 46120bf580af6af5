import type { QuestionStat } from '@contest/contracts';
import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { formatPercent } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { formatDiscrimination, formatFacility, optionChoices } from './question-stats';

export function QuestionStatsTable({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: queryKeys.questionStats(roundId),
    queryFn: () => callApi('questionStats', { params: { roundId } }),
  });

  if (stats.isPending) return <PageLoader />;
  if (stats.isError) return <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  if (stats.data.items.length === 0) return <Text c="dimmed">{t('organizer.stats.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('organizer.stats.hint')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm" data-testid="question-stats">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organizer.questions.text')}</Table.Th>
              <Table.Th ta="right">{t('organizer.stats.shown')}</Table.Th>
              <Table.Th ta="right">{t('organizer.stats.facility')}</Table.Th>
              <Table.Th ta="right">{t('organizer.stats.discrimination')}</Table.Th>
              <Table.Th>{t('organizer.stats.choices')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.data.items.map((stat) => (
              <StatRow key={stat.questionId} stat={stat} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function StatRow({ stat }: { stat: QuestionStat }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr data-testid="question-stat-row" data-flagged={stat.flags.length > 0}>
      <Table.Td maw={380}>
        <Text size="sm" lineClamp={2} title={stat.text}>
          {stat.text}
        </Text>
        <Group gap={4} mt={4}>
          <Text size="xs" c="dimmed">
            {stat.topic}
          </Text>
          {stat.flags.map((flag) => (
            <Badge key={flag} color="red" variant="filled" size="sm" data-testid="question-flag">
              {t(`organizer.stats.flags.${flag}`)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td ta="right">{stat.shown}</Table.Td>
      <Table.Td ta="right">{formatFacility(stat.facility)}</Table.Td>
      <Table.Td ta="right" c={stat.discrimination !== null && stat.discrimination < 0 ? 'red' : undefined}>
        {formatDiscrimination(stat.discrimination)}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {optionChoices(stat).map((choice, index) => (
            <Tooltip
              key={choice.letter}
              label={`${stat.options[index] ?? ''} · ${formatPercent(choice.share, i18n.language)}`}
              multiline
              maw={320}
            >
              <Badge
                color={choice.isKey ? 'teal' : 'gray'}
                variant={choice.isKey ? 'filled' : 'light'}
                data-key={choice.isKey}
              >
                {choice.letter}: {choice.count}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
