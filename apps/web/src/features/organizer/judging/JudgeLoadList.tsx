import type { JudgeSummary } from '@contest/contracts';
import { Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { judgeLoads } from './assignment-board';

/** Each judge's share of the work beside the busiest judge's: scored in green, still to score in blue. */
export function JudgeLoadList({ judges }: { judges: readonly JudgeSummary[] }) {
  const { t } = useTranslation();
  if (judges.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.judges.none')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" data-testid="judge-loads">
      {judgeLoads(judges).map(({ judge, scoredPercent, pendingPercent }) => (
        <Card key={judge.id} withBorder padding="xs" data-testid="judge-load">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {judge.fullName}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {judge.unitName ?? t('judgingAdmin.judges.noUnit')}
                </Text>
              </Stack>
              <Text size="xs" ta="right" style={{ flexShrink: 0 }}>
                {t('judgingAdmin.judges.load', { scored: judge.scored, assigned: judge.assigned })}
              </Text>
            </Group>
            <Progress.Root
              size="md"
              aria-label={t('judgingAdmin.judges.loadLabel', {
                name: judge.fullName,
                scored: judge.scored,
                assigned: judge.assigned,
              })}
            >
              <Progress.Section value={scoredPercent} color="teal" />
              <Progress.Section value={pendingPercent} color="blue.3" />
            </Progress.Root>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
