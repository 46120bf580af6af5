import { COLLECTIVE_COMPONENTS, UNIT_LEVELS, type CollectivePrizes } from '@contest/contracts';
import { Alert, Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { asCount } from '../common/quotas';
import { PrizeRowsInput } from './PrizeRowsInput';
import {
  defaultRuleDraft,
  draftToRule,
  fieldOfPath,
  problemKind,
  ruleToDraft,
  type RuleDraft,
  type RuleField,
} from './rule-form';
import { TieBreakInput } from './TieBreakInput';
import { useSaveCollectiveRule } from './use-collective-prizes';

interface CollectiveRuleFormProps {
  contestId: number;
  data: CollectivePrizes;
}

/** The formula, the prizes and the tie-break; read-only once the contest's last weekly round has closed. */
export function CollectiveRuleForm({ contestId, data }: CollectiveRuleFormProps) {
  const { t } = useTranslation();
  const save = useSaveCollectiveRule(contestId);
  const [draft, setDraft] = useState<RuleDraft>(() =>
    data.rule
      ? ruleToDraft(data.rule)
      : defaultRuleDraft([
          t('collective.rule.defaultPrizes.first'),
          t('collective.rule.defaultPrizes.second'),
          t('collective.rule.defaultPrizes.third'),
        ]),
  );
  const [problems, setProblems] = useState<RuleField[]>([]);
  const [saved, setSaved] = useState(false);
  const locked = data.ruleLocked;

  const serverIssues = isApiError(save.error) ? save.error.issues : [];
  const errorFor = (field: RuleField): string | undefined => {
    if (problems.includes(field)) return t(`collective.rule.errors.${problemKind(field)}`);
    const issue = serverIssues.find(
      (candidate) => fieldOfPath(candidate.path.split('.').filter((part) => part !== 'body')) === field,
    );
    return issue?.message;
  };

  const update = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems((current) => current.filter((field) => field !== key && !field.startsWith(`${key}.`)));
    setSaved(false);
  };

  const submit = () => {
    const result = draftToRule(draft);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    save.mutate(result.rule, { onSuccess: () => setSaved(true) });
  };

  return (
    <Card withBorder padding="md" data-testid="collective-rule">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>{t('collective.rule.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('collective.rule.formula')}
          </Text>
        </Stack>
        {locked ? (
          <Alert color="gray" variant="light" data-testid="collective-rule-locked">
            {t('collective.rule.locked')}
          </Alert>
        ) : (
          !data.rule && (
            <Alert color="blue" variant="light">
              {t('collective.rule.notSet')}
            </Alert>
          )
        )}

        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('collective.rule.weights')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {COLLECTIVE_COMPONENTS.map((component) => (
              <NumberInput
                key={component}
                label={t(`collective.criteria.${component}`)}
                description={t(`collective.rule.weightHint.${component}`)}
                min={0}
                max={1000}
                decimalScale={2}
                allowNegative={false}
                value={draft.weights[component]}
                disabled={locked}
                onChange={(weight) => update('weights', { ...draft.weights, [component]: asCount(weight) })}
                data-testid={`weight-${component}`}
              />
            ))}
          </SimpleGrid>
          {errorFor('weights') && (
            <Text size="sm" c="red" role="alert">
              {errorFor('weights')}
            </Text>
          )}
        </Stack>

        <NumberInput
          label={t('collective.rule.minHeadcount')}
          description={t('collective.rule.minHeadcountHint')}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          value={draft.minHeadcount}
          disabled={locked}
          onChange={(value) => update('minHeadcount', asCount(value))}
          error={errorFor('minHeadcount')}
          w={{ base: '100%', sm: 320 }}
          data-testid="min-headcount"
        />

        <Checkbox.Group
          label={t('collective.rule.levels')}
          description={t('collective.rule.levelsHint')}
          value={draft.levels}
          onChange={(levels) =>
            update(
              'levels',
              UNIT_LEVELS.filter((level) => levels.includes(level)),
            )
          }
          error={errorFor('levels')}
        >
          <Group gap="md" mt={6}>
            {UNIT_LEVELS.map((level) => (
              <Checkbox key={level} value={level} label={t(`units.levels.${level}`)} disabled={locked} />
            ))}
          </Group>
        </Checkbox.Group>

        <PrizeRowsInput
          value={draft.prizes}
          onChange={(prizes) => update('prizes', prizes)}
          disabled={locked}
          errorFor={errorFor}
        />

        <TieBreakInput
          value={draft.tieBreak}
          onChange={(tieBreak) => update('tieBreak', tieBreak)}
          disabled={locked}
          error={errorFor('tieBreak')}
        />

        {save.isError && <ErrorAlert error={save.error} />}
        {!locked && (
          <Group gap="sm">
            <Button onClick={submit} loading={save.isPending} data-testid="collective-rule-save">
              {t('collective.rule.save')}
            </Button>
            {saved && (
              <Text size="sm" c="teal" role="status">
                {t('collective.rule.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
