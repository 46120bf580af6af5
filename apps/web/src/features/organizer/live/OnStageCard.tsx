import type { LiveSpot } from '@contest/contracts';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { onStage, teamsInOrder } from '../../live-final/live-board';
import type { ReceivedControl } from './live-control';
import { nextPartSpot, nextTeamSpot } from './running-order';
import { MissingJudges, ScoringButton } from './ScoringButton';
import { spotLabel } from './spot-label';
import { useCurrentAction } from './use-live-actions';

/**
 * Who is on stage: the team and part the hall sees, chosen by hand or by the two shortcuts that
 * follow the running order; the part's scoring opened or closed from here too.
 */
export function OnStageCard({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t } = useTranslation();
  const { board } = control;
  const current = board.current;
  const setCurrent = useCurrentAction(stageId);
  const nextPart = nextPartSpot(board.teams, board.parts.length, current);
  const nextTeam = nextTeamSpot(board.teams, current);
  // The choice starts at what is on stage (or what comes first); the card is keyed by the spot.
  const start = current ?? nextPart;
  const [team, setTeam] = useState<string | null>(start ? String(start.entryId) : null);
  const [part, setPart] = useState<string | null>(start ? String(start.part) : null);
  const chosen: LiveSpot | null = team && part ? { entryId: Number(team), part: Number(part) } : null;
  const stage = onStage(board);
  const put = (spot: LiveSpot | null) => setCurrent.mutate(spot);

  return (
    <Card withBorder padding="md" data-testid="live-on-stage-card">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('live.control.onStage.title')}
        </Title>
        <Stack gap={2} data-testid="live-control-current">
          {stage ? (
            <>
              <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
                {stage.team?.title ?? t('live.unknownTeam')}
              </Text>
              <Text size="sm" c="dimmed">
                {stage.team?.unitName}
              </Text>
              {stage.part && (
                <Text fw={500}>
                  {t('live.partOf', {
                    number: stage.partIndex + 1,
                    count: stage.partCount,
                    name: stage.part.name,
                  })}
                </Text>
              )}
            </>
          ) : (
            <Text c="dimmed">{t('live.control.onStage.nobody')}</Text>
          )}
        </Stack>
        {current && (
          <Stack gap={4}>
            <ScoringButton stageId={stageId} control={control} spot={current} withState />
            <MissingJudges control={control} spot={current} />
          </Stack>
        )}

        <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
          <Button
            onClick={() => nextPart && put(nextPart)}
            disabled={!nextPart}
            loading={setCurrent.isPending}
            data-testid="live-next-part"
          >
            {t('live.control.onStage.nextPart')}
          </Button>
          <Button
            variant="light"
            onClick={() => nextTeam && put(nextTeam)}
            disabled={!nextTeam}
            loading={setCurrent.isPending}
            data-testid="live-next-team"
          >
            {t('live.control.onStage.nextTeam')}
          </Button>
          <Button
            variant="default"
            onClick={() => put(null)}
            disabled={current === null}
            loading={setCurrent.isPending}
            data-testid="live-nobody"
          >
            {t('live.control.onStage.clear')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {nextPart
            ? t('live.control.onStage.nextIs', { spot: spotLabel(board, nextPart) })
            : t('live.control.onStage.lastDone')}
        </Text>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('live.control.onStage.team')}
            data={teamsInOrder(board.teams).map((option) => ({
              value: String(option.entryId),
              label: `${option.order}. ${option.title}`,
            }))}
            value={team}
            onChange={setTeam}
            allowDeselect={false}
            searchable
            data-testid="live-choose-team"
          />
          <Select
            label={t('live.control.onStage.part')}
            data={board.parts.map((option, index) => ({
              value: String(index),
              label: t('live.control.onStage.partOption', {
                number: index + 1,
                name: option.name,
                minutes: Math.round((option.seconds / 60) * 10) / 10,
              }),
            }))}
            value={part}
            onChange={setPart}
            allowDeselect={false}
            data-testid="live-choose-part"
          />
        </SimpleGrid>
        <Group>
          <Button
            variant="light"
            onClick={() => chosen && put(chosen)}
            disabled={!chosen}
            loading={setCurrent.isPending}
            data-testid="live-put-on-stage"
          >
            {t('live.control.onStage.put')}
          </Button>
        </Group>
        {setCurrent.isError && <ErrorAlert error={setCurrent.error} />}
      </Stack>
    </Card>
  );
}
