import type { Criterion } from '@contest/contracts';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { sheetSum, type SheetDraft } from './score-sheet';

interface SheetFooterProps {
  criteria: readonly Criterion[];
  draft: SheetDraft;
  judgePoints: number;
  readOnly: boolean;
  changed: boolean;
  canSave: boolean;
  saving: boolean;
  error: unknown;
  hasNext: boolean;
  onSave(thenNext: boolean): void;
}

/** Stays in sight under the rubric: the live sum out of the rubric's total, and the save buttons. */
export function SheetFooter(props: SheetFooterProps) {
  const { criteria, draft, judgePoints, readOnly, changed, canSave, saving, error, hasNext, onSave } = props;
  const { t, i18n } = useTranslation();
  const { sum, scored, invalid } = sheetSum(criteria, draft);
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 2 }}
      data-testid="sheet-footer"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="center" gap="xs" wrap="nowrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('judging.sheet.sumLabel')}
            </Text>
            <Text
              fw={700}
              size="lg"
              lh={1.2}
              style={{ whiteSpace: 'nowrap' }}
              data-testid="sheet-sum"
              data-invalid={invalid.length}
            >
              {t('judging.sheet.sum', {
                sum: formatDecimal(sum, i18n.language),
                max: formatDecimal(judgePoints, i18n.language),
              })}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="xs" c="dimmed" ta="right">
              {t('judging.criteriaScored', { scored, count: criteria.length })}
            </Text>
            {!readOnly && (
              <Text size="xs" c={changed ? 'orange.8' : 'dimmed'} ta="right" aria-live="polite">
                {changed ? t('judging.sheet.unsaved') : t('judging.sheet.upToDate')}
              </Text>
            )}
          </Stack>
        </Group>
        {invalid.length > 0 && (
          <Text size="xs" c="red.8" role="status" data-testid="sheet-sum-invalid">
            {t('judging.sheet.notCounted', {
              count: invalid.length,
              criteria: invalid.map((criterion) => `${criterion.position}. ${criterion.name}`).join('; '),
            })}
          </Text>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {!readOnly && (
          <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
            <Button
              onClick={() => onSave(false)}
              disabled={!canSave}
              loading={saving}
              data-testid="sheet-save"
            >
              {t('judging.sheet.save')}
            </Button>
            {hasNext && (
              <Button
                variant="light"
                onClick={() => onSave(true)}
                disabled={!canSave}
                loading={saving}
                data-testid="sheet-save-next"
              >
                {t('judging.sheet.saveNext')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
