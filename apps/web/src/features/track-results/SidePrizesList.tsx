import type { SideAward } from '@contest/contracts';
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatDong } from '../../lib/format';

interface SidePrizesListProps {
  prizes: readonly SideAward[];
  /** The organizer's certificate downloads beside a winner. */
  actions?: (prize: SideAward & { entryId: number }) => ReactNode;
}

/** Side prizes: what each is judged on (a stage, or one part of a live final), who won it, the amount. */
export function SidePrizesList({ prizes, actions }: SidePrizesListProps) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="side-prizes">
      {prizes.map((prize, index) => (
        <Card key={`${index}-${prize.label}`} withBorder padding="sm" data-testid="side-prize">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                <Text fw={600} c="orange.8">
                  {prize.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {prize.partName
                    ? t('awards.side.judgedOnPart', { stage: prize.stageName, part: prize.partName })
                    : t('awards.side.judgedOnStage', { stage: prize.stageName })}
                </Text>
              </Stack>
              <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                <Badge size="sm" variant="light" color={prize.for === 'group' ? 'grape' : 'gray'} tt="none">
                  {t(`awards.side.for.${prize.for}`)}
                </Badge>
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {formatDong(prize.amount, i18n.language)}
                </Text>
              </Stack>
            </Group>
            {prize.entryId === null ? (
              <Text size="sm" c="dimmed">
                {t('awards.side.noWinner')}
              </Text>
            ) : (
              <Group justify="space-between" align="flex-end" gap="xs">
                <Stack gap={0} style={{ minWidth: 0, flex: '1 1 180px', overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={500}>
                    {prize.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {prize.unitName}
                    {prize.points !== null &&
                      ` · ${t('awards.side.points', { points: formatDecimal(prize.points, i18n.language) })}`}
                  </Text>
                </Stack>
                {actions?.({ ...prize, entryId: prize.entryId })}
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
