import type { Standing } from '@contest/contracts';
import { Checkbox, NumberInput, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import { ADVANCE_KINDS, type AdvanceDraft, type AdvanceField, type AdvanceKind } from './advance-form';
import { usePointsFormat } from './use-points-format';

/** The three ways to advance, and the one field (or list and reason) the chosen way needs. */
export function AdvanceRuleFields({
  draft,
  onChange,
  problems,
  standings,
}: {
  draft: AdvanceDraft;
  onChange: (draft: AdvanceDraft) => void;
  problems: readonly AdvanceField[];
  standings: readonly Standing[];
}) {
  const { t, i18n } = useTranslation();
  const format = usePointsFormat();
  const update = <K extends keyof AdvanceDraft>(key: K, value: AdvanceDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const errorFor = (field: AdvanceField) =>
    problems.includes(field) ? t(`judgingAdmin.advance.errors.${field}`) : undefined;
  const highest = standings.reduce((max, s) => Math.max(max, s.total), 0);

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('judgingAdmin.advance.rule')}
        value={draft.kind}
        onChange={(value) => update('kind', value as AdvanceKind)}
        data-testid="advance-kind"
      >
        <Stack gap="xs" mt="xs">
          {ADVANCE_KINDS.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={t(`judgingAdmin.advance.kinds.${kind}`)}
              data-testid={`advance-kind-${kind}`}
            />
          ))}
        </Stack>
      </Radio.Group>

      {draft.kind === 'top' && (
        <NumberInput
          required
          label={t('judgingAdmin.advance.count')}
          description={t('judgingAdmin.advance.countHint', { field: format.count(standings.length) })}
          min={1}
          max={standings.length}
          allowDecimal={false}
          allowNegative={false}
          value={draft.count}
          onChange={(value) => update('count', asCount(value))}
          error={errorFor('count')}
          maw={320}
          data-testid="advance-count"
        />
      )}

      {draft.kind === 'threshold' && (
        <NumberInput
          required
          label={t('judgingAdmin.advance.minTotal')}
          description={t('judgingAdmin.advance.minTotalHint', { max: format.points(highest) })}
          min={0}
          max={10_000}
          decimalScale={2}
          decimalSeparator={i18n.language === 'en' ? '.' : ','}
          allowNegative={false}
          value={draft.minTotal}
          onChange={(value) => update('minTotal', asCount(value))}
          error={errorFor('minTotal')}
          maw={520}
          data-testid="advance-min-total"
        />
      )}

      {draft.kind === 'hand' && (
        <>
          <Checkbox.Group
            label={t('judgingAdmin.advance.picked')}
            description={t('judgingAdmin.advance.pickedHint', {
              count: format.count(draft.entryIds.length),
              field: format.count(standings.length),
            })}
            value={draft.entryIds.map(String)}
            onChange={(values) => update('entryIds', values.map(Number))}
            error={errorFor('entryIds')}
            data-testid="advance-picked"
          >
            <Stack gap="xs" mt="xs">
              {standings.map((standing) => (
                <Checkbox
                  key={standing.entryId}
                  value={String(standing.entryId)}
                  label={`${standing.rank}. ${standing.title}`}
                  description={t('judgingAdmin.advance.pickedEntry', {
                    unit: standing.unitName,
                    total: format.points(standing.total),
                  })}
                  styles={{ label: { overflowWrap: 'anywhere' }, description: { overflowWrap: 'anywhere' } }}
                  data-testid="advance-pick"
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea
            required
            label={t('judgingAdmin.advance.reason')}
            description={t('judgingAdmin.advance.reasonHint')}
            autosize
            minRows={2}
            maxLength={1000}
            value={draft.reason}
            onChange={(event) => update('reason', event.currentTarget.value)}
            error={errorFor('reason')}
            data-testid="advance-reason"
          />
        </>
      )}
    </Stack>
  );
}
