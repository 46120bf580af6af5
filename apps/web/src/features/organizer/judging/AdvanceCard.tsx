import type { AdvanceResult, Stage, StageResults } from '@contest/contracts';
import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { stageTitle } from '../common/stage-title';
import { AdvanceForm } from './AdvanceForm';
import { OutcomeList } from './AdvanceOutcome';
import { useNextStageBoard } from './use-advance';

/**
 * Organizer: stages in sequence. Once this stage is locked, a rule (best N, a total, or picked by
 * hand with a reason) takes entries into the next stage; previewed first, applied once.
 */
export function AdvanceCard({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  const { stage, track } = data;
  const next = track.stages.find((s) => s.position === stage.position + 1) ?? null;
  const locked = stage.lockedAt !== null;
  const board = useNextStageBoard(locked && next ? next.id : null);
  const [applied, setApplied] = useState<AdvanceResult | null>(null);
  const nextTitle = next
    ? stageTitle(t('clipsAdmin.stage.place', { position: next.position }), next.name)
    : '';

  let body;
  if (!next)
    body = (
      <Stack gap={4} align="flex-start" data-testid="advance-no-next">
        {!locked && <Text size="sm">{t('judgingAdmin.advance.needsLock')}</Text>}
        <Text size="sm">{t('judgingAdmin.advance.noNext')}</Text>
        <Anchor component={Link} to={paths.trackSettings(track.id)} size="sm" data-testid="advance-add-stage">
          {t('judgingAdmin.advance.noNextLink')}
        </Anchor>
      </Stack>
    );
  else if (!locked)
    body = (
      <Text size="sm" data-testid="advance-needs-lock">
        {t('judgingAdmin.advance.needsLock')}
      </Text>
    );
  else if (board.isPending) body = <PageLoader />;
  else if (board.isError) body = <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  else if (board.data.entries.length > 0)
    body = (
      <AlreadyAdvanced
        next={next}
        title={nextTitle}
        count={board.data.entries.length}
        applied={applied}
        advanced={advancedRows(data)}
        rule={data.advancement?.reason ?? null}
      />
    );
  else body = <AdvanceForm data={data} nextTitle={nextTitle} onApplied={setApplied} />;

  return (
    <Card withBorder padding="md" data-testid="advance-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('judgingAdmin.advance.title')}
          </Title>
          {next && locked && board.data?.entries.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('judgingAdmin.advance.hint', { next: nextTitle })}
            </Text>
          )}
        </Stack>
        {body}
      </Stack>
    </Card>
  );
}

type AdvancedRow = AdvanceResult['advancing'][number];

/** The entries this stage sent on, in its ranking's order, as the results read them (`advancement`). */
function advancedRows({ advancement, standings }: StageResults): AdvancedRow[] {
  if (!advancement) return [];
  const ids = new Set(advancement.entryIds);
  return standings
    .filter((s) => ids.has(s.entryId))
    .map(({ entryId, title, unitName, rank, total }) => ({ entryId, title, unitName, rank, total }));
}

/**
 * The next stage already holds entries: the one advance this stage allows has been made. Which
 * entries went, and by which rule, stay listed after the page is left and opened again.
 */
function AlreadyAdvanced({
  next,
  title,
  count,
  applied,
  advanced,
  rule,
}: {
  next: Stage;
  title: string;
  count: number;
  applied: AdvanceResult | null;
  advanced: readonly AdvancedRow[];
  rule: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" align="flex-start">
      {applied ? (
        <Alert color="teal" variant="light" w="100%" data-testid="advance-applied">
          {t('judgingAdmin.advance.applied', { count: applied.advancing.length, next: title })}
        </Alert>
      ) : (
        <Alert color="blue" variant="light" w="100%" data-testid="advance-done">
          {t('judgingAdmin.advance.done', { count, next: title })}
        </Alert>
      )}
      {rule && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="advance-rule">
          {t('advancement.rule', { reason: rule })}
        </Text>
      )}
      {advanced.length > 0 && (
        <Stack w="100%" gap={0}>
          <OutcomeList
            title={t('judgingAdmin.advance.advancedList', { next: title })}
            rows={advanced}
            testId="advance-advanced"
          />
        </Stack>
      )}
      <Anchor
        component={Link}
        to={paths.assignments(next.id)}
        size="sm"
        data-testid="advance-next-assignments"
      >
        {t('judgingAdmin.advance.nextAssignments', { next: title })}
      </Anchor>
    </Stack>
  );
}
