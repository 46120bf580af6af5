import { Alert, Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { paths } from '../../shared/paths';
import { firstUnfinished, stageProgress, type JudgeStage } from './judge-progress';
import { JudgeEntryRow } from './JudgeEntryRow';

const PHASE_COLORS = { setup: 'gray', judging: 'blue', locked: 'orange', published: 'teal' } as const;

/** One stage the judge sits on: what it is, how far they are, and their entries in their own order. */
export function StageWorkCard({ work }: { work: JudgeStage }) {
  const { t, i18n } = useTranslation();
  const { track, stage, entries } = work;
  const { done, total } = stageProgress(entries);
  const next = firstUnfinished(work);
  const locked = stage.lockedAt !== null;
  return (
    <Card withBorder padding="md" data-testid="judge-stage" data-stage-id={stage.id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {track.contestName}
          </Text>
          <Title order={3} size="h4">
            {track.title}
          </Title>
          <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
            <Text size="sm" fw={500}>
              {stage.name}
            </Text>
            <Badge color={PHASE_COLORS[stage.phase]} variant="light">
              {t(`judging.stagePhase.${stage.phase}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('judging.rubricSummary', {
              points: stage.judgePoints,
              count: stage.criteria.length,
            })}
          </Text>
        </Stack>

        <Stack gap={4}>
          <Group justify="space-between" gap="xs" preventGrowOverflow={false}>
            <Text size="sm" fw={500} data-testid="judge-stage-progress">
              {t('judging.doneOf', { done, total })}
            </Text>
            {total > 0 && (
              <Text size="sm" c="dimmed">
                {Math.round((done / total) * 100)}%
              </Text>
            )}
          </Group>
          <Progress
            value={total === 0 ? 0 : (done / total) * 100}
            color={done === total ? 'teal' : 'blue'}
            aria-label={t('judging.doneOf', { done, total })}
          />
        </Stack>

        {locked ? (
          <Alert color="orange" variant="light" data-testid="judge-stage-locked">
            <Stack gap={4}>
              <Text size="sm">
                {t('judging.lockedNote', { time: formatDateTime(stage.lockedAt ?? '', i18n.language) })}
              </Text>
              <Anchor component={Link} to={paths.galleryRanking(stage.id)} size="sm" fw={500}>
                {t('judging.viewRanking')}
              </Anchor>
            </Stack>
          </Alert>
        ) : stage.kind === 'live_final' ? (
          // A live final is scored in the hall, part by part as the organizers open each.
          <Stack gap={6} align="flex-start">
            <Text size="sm" c="dimmed">
              {t('judging.live.homeHint')}
            </Text>
            <Button component={Link} to={paths.liveJudging(stage.id)} data-testid="judge-live">
              {t('judging.live.enter')}
            </Button>
          </Stack>
        ) : (
          next && (
            <Group preventGrowOverflow={false}>
              <Button component={Link} to={paths.scoreSheet(next.assignmentId)} data-testid="judge-continue">
                {done === 0 && !entries.some((e) => e.scores.some((s) => s.points !== null))
                  ? t('judging.start')
                  : t('judging.continue')}
              </Button>
            </Group>
          )
        )}

        {/* A live final's teams are scored on the hall's page, part by part, not sheet by sheet here. */}
        {(locked || stage.kind !== 'live_final') && (
          <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {entries.map((entry) => (
              <JudgeEntryRow key={entry.assignmentId} sheet={entry} judgePoints={stage.judgePoints} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
