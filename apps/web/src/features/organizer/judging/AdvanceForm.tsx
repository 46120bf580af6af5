import type { AdvanceResult, AdvanceRule, StageResults } from '@contest/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { PointsConfirmDialog } from '../common/PointsConfirmDialog';
import { AdvanceOutcome } from './AdvanceOutcome';
import { AdvanceRuleFields } from './AdvanceRuleFields';
import {
  emptyAdvanceDraft,
  sameRule,
  validateAdvanceDraft,
  type AdvanceDraft,
  type AdvanceField,
} from './advance-form';
import { useApplyAdvance, usePreviewAdvance } from './use-advance';

/** The rule, its preview, and the apply step (asked for) once that very rule has been previewed. */
export function AdvanceForm({
  data,
  nextTitle,
  onApplied,
}: {
  data: StageResults;
  nextTitle: string;
  onApplied: (result: AdvanceResult) => void;
}) {
  const { t } = useTranslation();
  const stageId = data.stage.id;
  const preview = usePreviewAdvance(stageId);
  const apply = useApplyAdvance(stageId);
  const [draft, setDraft] = useState<AdvanceDraft>(emptyAdvanceDraft);
  const [problems, setProblems] = useState<AdvanceField[]>([]);
  const [previewed, setPreviewed] = useState<AdvanceRule | null>(null);
  const [confirming, setConfirming] = useState(false);

  const change = (next: AdvanceDraft) => {
    setDraft(next);
    setProblems([]);
    // A preview speaks for the rule it was made with: any change asks for a new one.
    setPreviewed(null);
    preview.reset();
  };

  const runPreview = () => {
    const checked = validateAdvanceDraft(draft);
    if (!checked.ok) return setProblems(checked.problems);
    setPreviewed(null);
    preview.mutate(checked.rule, { onSuccess: () => setPreviewed(checked.rule) });
  };

  const checked = validateAdvanceDraft(draft);
  const outcome = previewed && checked.ok && sameRule(previewed, checked.rule) ? preview.data : undefined;

  const confirmApply = () => {
    if (!outcome) return;
    apply.mutate(outcome.rule, {
      onSuccess: (result) => {
        setConfirming(false);
        notifications.show({
          color: 'teal',
          message: t('judgingAdmin.advance.applied', { count: result.advancing.length, next: nextTitle }),
        });
        onApplied(result);
      },
    });
  };

  // Another organizer advanced meanwhile: the card turns to "already done" once the board refetches.
  const refusal = isApiError(preview.error) ? preview.error : null;

  return (
    <Stack gap="md" data-testid="advance-form">
      <AdvanceRuleFields draft={draft} onChange={change} problems={problems} standings={data.standings} />
      <Group gap="sm">
        <Button
          variant="light"
          onClick={runPreview}
          loading={preview.isPending}
          data-testid="advance-preview"
        >
          {t('judgingAdmin.advance.preview')}
        </Button>
        <Button
          color="orange"
          disabled={!outcome}
          onClick={() => {
            apply.reset();
            setConfirming(true);
          }}
          data-testid="advance-apply"
        >
          {t('judgingAdmin.advance.apply')}
        </Button>
      </Group>
      {!outcome && !preview.isError && (
        <Text size="sm" c="dimmed">
          {t('judgingAdmin.advance.previewFirst')}
        </Text>
      )}
      {refusal?.code === 'advance_already_done' ? (
        <Alert color="blue" variant="light" data-testid="advance-done">
          {refusal.message}
        </Alert>
      ) : (
        preview.isError && <ErrorAlert error={preview.error} />
      )}
      {outcome && <AdvanceOutcome result={outcome} nextTitle={nextTitle} />}
      {outcome && (
        <PointsConfirmDialog
          opened={confirming}
          onClose={() => setConfirming(false)}
          title={t('judgingAdmin.advance.confirm.title')}
          points={[
            t('judgingAdmin.advance.confirm.move', { count: outcome.advancing.length, next: nextTitle }),
            ...(outcome.staying.length > 0
              ? [t('judgingAdmin.advance.confirm.stay', { count: outcome.staying.length })]
              : []),
            t('judgingAdmin.advance.confirm.reason'),
            t('judgingAdmin.advance.confirm.once'),
          ]}
          confirmLabel={t('judgingAdmin.advance.confirm.button')}
          confirmColor="orange"
          onConfirm={confirmApply}
          pending={apply.isPending}
          error={apply.error}
          testId="advance-dialog"
        />
      )}
    </Stack>
  );
}
