import type { Stage, TrackResults } from '@contest/contracts';
import { Alert, Button, Card, Divider, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { asCount } from '../common/quotas';
import {
  MAX_MAIN_PRIZES,
  MAX_UNIT_PRIZES,
  draftToRules,
  fieldOfPath,
  problemKind,
  rulesToDraft,
  statedRulesFixed,
  type AwardDraft,
  type AwardField,
} from './award-form';
import { CombinationInput } from './CombinationInput';
import { PrizeRowsEditor } from './PrizeRowsEditor';
import { SidePrizesEditor } from './SidePrizesEditor';
import { TrackTieBreakInput } from './TrackTieBreakInput';
import { useSaveAwardRules } from './use-awards';

interface AwardRulesFormProps {
  trackId: number;
  /** The track's scored stages, in order: one weight each, and the stages a side prize is judged on. */
  stages: readonly Stage[];
  results: TrackResults;
}

/**
 * The award rules: how the total is made and how ties break (fixed once the last stage is scored),
 * the prizes with amounts (until the results are published).
 */
export function AwardRulesForm({ trackId, stages, results }: AwardRulesFormProps) {
  const { t } = useTranslation();
  const save = useSaveAwardRules(trackId);
  const [draft, setDraft] = useState<AwardDraft>(() => rulesToDraft(results.rules, stages.length));
  const [problems, setProblems] = useState<AwardField[]>([]);
  const [saved, setSaved] = useState(false);
  const published = results.publishedAt !== null;
  const fixed = published || statedRulesFixed(stages);

  const serverIssues = isApiError(save.error) ? save.error.issues : [];
  const errorFor = (field: AwardField): string | undefined => {
    if (problems.includes(field)) return t(`awards.rules.errors.${problemKind(field)}`);
    const issue = serverIssues.find(
      (candidate) => fieldOfPath(candidate.path.split('.').filter((part) => part !== 'body')) === field,
    );
    return issue?.message;
  };
  const update = (change: Partial<AwardDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    const keys = Object.keys(change);
    setProblems((current) =>
      current.filter((field) => !keys.some((key) => field === key || field.startsWith(`${key}.`))),
    );
    setSaved(false);
  };
  const submit = () => {
    const result = draftToRules(draft, stages.length);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    save.mutate(result.rules, { onSuccess: () => setSaved(true) });
  };

  return (
    <Card withBorder padding="md" data-testid="award-rules">
      <Stack gap="md">
        <Text fw={600}>{t('awards.rules.title')}</Text>
        {published ? (
          <Alert color="gray" variant="light" data-testid="award-rules-published">
            {t('awards.rules.published')}
          </Alert>
        ) : (
          fixed && (
            <Alert color="blue" variant="light" data-testid="award-rules-fixed">
              {t('awards.rules.fixed')}
            </Alert>
          )
        )}
        {stages.length === 0 && (
          <Alert color="yellow" variant="light">
            {t('awards.rules.noStages')}
          </Alert>
        )}
        <CombinationInput
          stages={stages}
          value={draft}
          onChange={(value) => update(value)}
          disabled={fixed}
          error={errorFor('weights') ?? errorFor('combination')}
        />
        <TrackTieBreakInput
          value={draft.tieBreaks}
          onChange={(tieBreaks) => update({ tieBreaks })}
          disabled={fixed}
          error={errorFor('tieBreaks')}
        />
        <Divider />
        <PrizeRowsEditor
          field="main"
          value={draft.main}
          onChange={(main) => update({ main })}
          disabled={published}
          errorFor={errorFor}
          title={t('awards.rules.main')}
          hint={t('awards.rules.mainHint')}
          max={MAX_MAIN_PRIZES}
          groupMultiplier={draft.groupMultiplier}
          header={
            <NumberInput
              label={t('awards.rules.groupMultiplier')}
              description={t('awards.rules.groupMultiplierHint')}
              min={1}
              max={10}
              step={0.05}
              decimalScale={2}
              allowNegative={false}
              decimalSeparator={t('awards.rules.decimalSeparator')}
              value={draft.groupMultiplier}
              disabled={published}
              onChange={(value) => update({ groupMultiplier: asCount(value) })}
              error={errorFor('groupMultiplier')}
              w={{ base: '100%', xs: 280 }}
              data-testid="group-multiplier"
            />
          }
        />
        <Divider />
        <SidePrizesEditor
          stages={stages}
          value={draft.side}
          onChange={(side) => update({ side })}
          disabled={published}
          errorFor={errorFor}
        />
        <Divider />
        <PrizeRowsEditor
          field="units"
          value={draft.units}
          onChange={(units) => update({ units })}
          disabled={published}
          errorFor={errorFor}
          title={t('awards.rules.units')}
          hint={t('awards.rules.unitsHint')}
          max={MAX_UNIT_PRIZES}
        />
        {problems.length > 0 && (
          <Text size="sm" c="red" role="alert" data-testid="award-rules-problems">
            {t('awards.rules.fixFields')}
          </Text>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        {!published && (
          <Group gap="sm">
            <Button onClick={submit} loading={save.isPending} data-testid="award-rules-save">
              {t('awards.rules.save')}
            </Button>
            {saved && (
              <Text size="sm" c="teal" role="status">
                {t('awards.rules.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
