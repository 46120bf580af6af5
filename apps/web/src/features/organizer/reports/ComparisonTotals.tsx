import type { ContestComparison } from '@contest/contracts';
import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ChangeText } from './ChangeText';
import { comparisonTotalRows } from './comparison-figures';
import { formatCount } from './report-figures';
import { upperFirst, useSideLabels } from './use-side-labels';

/** The four totals, this contest beside the compared one, with the change under them. */
export function ComparisonTotals({ comparison }: { comparison: ContestComparison }) {
  const { t, i18n } = useTranslation();
  const sides = useSideLabels(comparison);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" data-testid="comparison-totals">
      {comparisonTotalRows(comparison.totals).map((row) => (
        <Card key={row.key} withBorder padding="sm" data-testid={`comparison-total-${row.key}`}>
          <Text size="xs" c="dimmed" lh={1.3} mb={4}>
            {t(`reports.comparison.totals.${row.key}`)}
          </Text>
          <Group gap="lg" align="flex-end" wrap="nowrap">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {upperFirst(sides.current)}
              </Text>
              <Text
                fz={{ base: 22, sm: 26 }}
                fw={700}
                lh={1.2}
                data-testid={`comparison-total-${row.key}-current`}
              >
                {formatCount(row.current, i18n.language)}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {upperFirst(sides.earlier)}
              </Text>
              <Text
                fz={{ base: 18, sm: 20 }}
                fw={600}
                lh={1.2}
                c="gray.7"
                data-testid={`comparison-total-${row.key}-earlier`}
              >
                {formatCount(row.earlier, i18n.language)}
              </Text>
            </Stack>
          </Group>
          <Text size="sm" fw={500} mt={4} data-testid={`comparison-total-${row.key}-change`}>
            <ChangeText change={row.change} />
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
