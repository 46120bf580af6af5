import { ActionIcon, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import type { ReceivedControl } from './live-control';
import { moveTeam, runningOrder, sameOrder } from './running-order';
import { useOrderAction } from './use-live-actions';

/** The order teams perform in, moved team by team and saved at once; keyed by the saved order. */
export function RunningOrderCard({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t } = useTranslation();
  const { board } = control;
  const saved = runningOrder(board.teams);
  const [draft, setDraft] = useState(saved);
  const save = useOrderAction(stageId);
  const changed = !sameOrder(draft, saved);
  const teamOf = (entryId: number) => board.teams.find((team) => team.entryId === entryId);

  return (
    <Card withBorder padding="md" data-testid="live-order-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('live.control.order.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('live.control.order.hint')}
          </Text>
        </Stack>
        <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {draft.map((entryId, index) => {
            const team = teamOf(entryId);
            const name = team?.title ?? `#${entryId}`;
            return (
              <Paper key={entryId} component="li" withBorder p={6} radius="sm" data-testid="live-order-team">
                <Group gap="xs" wrap="nowrap">
                  <Text fw={700} w={24} ta="right" style={{ flexShrink: 0 }}>
                    {index + 1}.
                  </Text>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {team?.unitName}
                    </Text>
                  </Stack>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={index === 0}
                    onClick={() => setDraft(moveTeam(draft, index, -1))}
                    aria-label={t('live.control.order.up', { name })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={index === draft.length - 1}
                    onClick={() => setDraft(moveTeam(draft, index, 1))}
                    aria-label={t('live.control.order.down', { name })}
                  >
                    ↓
                  </ActionIcon>
                </Group>
              </Paper>
            );
          })}
        </Stack>
        <Group gap="xs">
          <Button
            onClick={() => save.mutate(draft)}
            disabled={!changed}
            loading={save.isPending}
            data-testid="live-order-save"
          >
            {t('live.control.order.save')}
          </Button>
          {changed && (
            <Button variant="default" onClick={() => setDraft(saved)} disabled={save.isPending}>
              {t('live.control.order.undo')}
            </Button>
          )}
        </Group>
        {save.isError && <ErrorAlert error={save.error} />}
      </Stack>
    </Card>
  );
}
