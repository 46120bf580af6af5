import type { Criterion, Stage, Standing } from '@contest/contracts';
import { List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SheetTable } from './SheetTable';
import { judgeTrace, traceComments, voteExplanation, type JudgeTrace } from './stage-trace';
import { usePointsFormat } from './use-points-format';

interface StandingTraceProps {
  standing: Standing;
  criteria: readonly Criterion[];
  stage: Pick<Stage, 'aggregation' | 'votePoints' | 'judgePoints'>;
  mostVotes: number;
  narrow: boolean;
}

/**
 * How one entry's total was reached: each judge's criterion scores and sheet total, the way the
 * stage's method combines them, the vote count turned into points, and the sum — so anyone can redo it.
 */
export function StandingTrace({ standing, criteria, stage, mostVotes, narrow }: StandingTraceProps) {
  const { t } = useTranslation();
  const trace = judgeTrace(standing, criteria, stage.aggregation);
  const comments = traceComments(trace);
  return (
    <Stack gap="sm" data-testid="standing-trace">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('judgingAdmin.trace.sheetsTitle', {
            method: t(`judgingAdmin.methods.${stage.aggregation}.name`),
          })}
        </Text>
        <SheetTable
          trace={trace}
          criteria={criteria}
          judgePoints={stage.judgePoints}
          zScore={stage.aggregation === 'z_score'}
          narrow={narrow}
        />
        {stage.aggregation === 'z_score' && (
          <Text size="xs" c="dimmed">
            {t('judgingAdmin.trace.zScoreHint')}
          </Text>
        )}
      </Stack>
      {comments.length > 0 && (
        <Stack gap={2} data-testid="trace-comments">
          <Text size="sm" fw={600}>
            {t('judgingAdmin.trace.comments')}
          </Text>
          <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
            {comments.map((c) => (
              <List.Item key={`${c.judgeName}-${c.criterionName}`}>
                <Text span size="sm" fw={500}>
                  {t('judgingAdmin.trace.commentBy', { judge: c.judgeName, criterion: c.criterionName })}
                </Text>{' '}
                {c.comment}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Paper bg="gray.0" p="sm" radius="sm" data-testid="trace-sum">
        <Stack gap={6} style={{ overflowWrap: 'anywhere' }}>
          <JudgePointsLine trace={trace} standing={standing} stage={stage} />
          <VotePointsLine standing={standing} stage={stage} mostVotes={mostVotes} />
          <TotalLine standing={standing} />
        </Stack>
      </Paper>
    </Stack>
  );
}

function JudgePointsLine({
  trace,
  standing,
  stage,
}: {
  trace: JudgeTrace;
  standing: Standing;
  stage: StandingTraceProps['stage'];
}) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  const count = trace.averaged.length;
  const formula = t('judgingAdmin.trace.mean', {
    terms: trace.averaged.map(format.points).join(' + '),
    count,
    result: format.points(standing.judgePoints),
  });
  const dropped = trace.sheets.some((s) => s.dropped !== null);
  const how =
    count === 0
      ? t('judgingAdmin.trace.judgeNone')
      : stage.aggregation === 'z_score'
        ? t('judgingAdmin.trace.judgeZScore', { count, formula })
        : stage.aggregation === 'trimmed_mean' && dropped
          ? t('judgingAdmin.trace.judgeTrimmed', { count, formula })
          : stage.aggregation === 'trimmed_mean'
            ? t('judgingAdmin.trace.judgeTrimmedFew', { count, formula })
            : t('judgingAdmin.trace.judgeMean', { count, formula });
  return (
    <Stack gap={0} data-testid="trace-judge-points">
      <Text size="sm">
        <Text span size="sm" fw={600}>
          {t('judgingAdmin.trace.judgePoints')}
        </Text>{' '}
        {how}
      </Text>
      {trace.unfinished > 0 && (
        <Text size="xs" c="orange.8">
          {t('judgingAdmin.trace.unfinishedLeftOut', { count: trace.unfinished })}
        </Text>
      )}
    </Stack>
  );
}

function VotePointsLine({
  standing,
  stage,
  mostVotes,
}: {
  standing: Standing;
  stage: StandingTraceProps['stage'];
  mostVotes: number;
}) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  const vote = voteExplanation(standing, mostVotes, stage.votePoints);
  const how =
    vote.kind === 'disabled'
      ? t('judgingAdmin.trace.votesDisabled')
      : vote.kind === 'noVotes'
        ? t('judgingAdmin.trace.votesNone')
        : t(vote.leader ? 'judgingAdmin.trace.votesLeader' : 'judgingAdmin.trace.votesProportional', {
            votes: format.count(vote.votes),
            most: format.count(vote.mostVotes),
            cap: format.points(vote.cap),
            points: format.points(vote.points),
          });
  return (
    <Text size="sm" data-testid="trace-vote-points">
      <Text span size="sm" fw={600}>
        {t('judgingAdmin.trace.votePoints')}
      </Text>{' '}
      {how}
    </Text>
  );
}

function TotalLine({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  return (
    <Text size="sm" data-testid="trace-total">
      <Text span size="sm" fw={600}>
        {t('judgingAdmin.trace.total')}
      </Text>{' '}
      {t('judgingAdmin.trace.totalSum', {
        judge: format.points(standing.judgePoints),
        vote: format.points(standing.votePoints),
        total: format.points(standing.total),
      })}
    </Text>
  );
}
