import type { ReportTotals as Totals } from '@contest/contracts';
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatCount, formatRate, formatScore } from './report-figures';

interface ReportTotalsProps {
  totals: Totals;
  /** Over several rounds a person counts once per round, and the rate is a weekly average. */
  wholeContest: boolean;
}

export function ReportTotals({ totals, wholeContest }: ReportTotalsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const cards = [
    { key: 'participationRate', value: formatRate(totals.participationRate, language), strong: true },
    { key: 'participants', value: formatCount(totals.participants, language) },
    { key: 'headcount', value: formatCount(totals.headcount, language) },
    {
      key: 'participatingUnits',
      value: t('reports.totals.unitsOf', {
        done: formatCount(totals.participatingUnits, language),
        total: formatCount(totals.units, language),
      }),
    },
    { key: 'attempts', value: formatCount(totals.attempts, language) },
    { key: 'averageScore', value: formatScore(totals.averageScore, language) },
    { key: 'fullMarksShare', value: formatRate(totals.fullMarksShare, language) },
  ] as const;
  const scope = wholeContest ? 'contest' : 'round';
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, xl: 7 }} spacing="sm" data-testid="report-totals">
      {cards.map((card) => (
        <Card key={card.key} withBorder padding="sm" data-testid={`report-total-${card.key}`}>
          <Text size="xs" c="dimmed" lh={1.3}>
            {t(`reports.totals.${scope}.${card.key}`)}
          </Text>
          <Text fz={{ base: 22, sm: 28 }} fw={700} lh={1.25} c={'strong' in card ? 'blue.8' : undefined}>
            {card.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
