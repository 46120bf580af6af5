import { Card, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import { sameSpot, teamsInOrder } from '../../live-final/live-board';
import type { ReceivedControl } from './live-control';
import { MissingJudges, ScoringButton } from './ScoringButton';

/** Every team's parts: open or closed for scoring, and which judges have not scored each yet. */
export function ScoringCard({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t } = useTranslation();
  const { board } = control;
  return (
    <Card withBorder padding="md" data-testid="live-scoring-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('live.control.scoring.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('live.control.scoring.hint')}
          </Text>
        </Stack>
        {teamsInOrder(board.teams).map((team) => {
          const here = board.current?.entryId === team.entryId;
          return (
            <Paper
              key={team.entryId}
              withBorder
              p="sm"
              radius="md"
              bg={here ? 'blue.0' : undefined}
              data-testid="live-scoring-team"
              data-entry-id={team.entryId}
            >
              <Stack gap={6}>
                <Stack gap={0}>
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {team.order}. {team.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {team.unitName}
                  </Text>
                </Stack>
                {board.parts.map((part, index) => {
                  const spot = { entryId: team.entryId, part: index };
                  return (
                    <Fragment key={index}>
                      <Divider variant="dashed" />
                      <Stack gap={2} data-testid="live-scoring-part" data-part={index}>
                        <Group
                          gap="xs"
                          justify="space-between"
                          align="center"
                          wrap="wrap"
                          preventGrowOverflow={false}
                        >
                          <Text
                            size="sm"
                            fw={sameSpot(board.current, spot) ? 700 : 500}
                            style={{ flex: '1 1 160px' }}
                          >
                            {index + 1}. {part.name}
                            {sameSpot(board.current, spot) && ` · ${t('live.control.scoring.onStage')}`}
                          </Text>
                          <ScoringButton stageId={stageId} control={control} spot={spot} withState />
                        </Group>
                        <MissingJudges control={control} spot={spot} />
                      </Stack>
                    </Fragment>
                  );
                })}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Card>
  );
}
