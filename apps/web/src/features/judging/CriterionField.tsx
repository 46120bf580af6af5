import type { Criterion } from '@contest/contracts';
import { Card, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import type { CriterionDraft, PointsProblem } from './score-sheet';

interface CriterionFieldProps {
  criterion: Criterion;
  value: CriterionDraft;
  problem: PointsProblem | null;
  readOnly: boolean;
  onChange(value: CriterionDraft): void;
}

/** One line of the rubric: what the criterion asks for, the judge's points out of its maximum, a remark. */
export function CriterionField({ criterion, value, problem, readOnly, onChange }: CriterionFieldProps) {
  const { t, i18n } = useTranslation();
  const max = formatDecimal(criterion.maxPoints, i18n.language);
  const inputId = `criterion-${criterion.id}`;
  return (
    <Card withBorder padding="sm" data-testid="sheet-criterion" data-criterion-id={criterion.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text component="label" htmlFor={readOnly ? undefined : inputId} fw={600} size="sm">
            {criterion.position}. {criterion.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('judging.sheet.maxPoints', { max })}
          </Text>
        </Group>
        {criterion.guidance && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {criterion.guidance}
          </Text>
        )}
        {readOnly ? (
          <ReadOnlyScore value={value} max={max} />
        ) : (
          <>
            <TextInput
              id={inputId}
              value={value.points}
              onChange={(event) => onChange({ ...value, points: event.currentTarget.value })}
              // Plain text read by readPoints: a number input would quietly drop a decimal mark it did not expect.
              inputMode="decimal"
              autoComplete="off"
              rightSection={
                <Text size="xs" c="dimmed" pr={4} style={{ whiteSpace: 'nowrap' }}>
                  / {max}
                </Text>
              }
              rightSectionWidth={56}
              maw={200}
              placeholder={t('judging.sheet.pointsPlaceholder')}
              error={problem && t(`judging.sheet.problem.${problem}`, { max })}
              data-testid="sheet-points"
            />
            <Textarea
              label={t('judging.sheet.comment')}
              value={value.comment}
              onChange={(event) => onChange({ ...value, comment: event.currentTarget.value })}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={2000}
              size="sm"
              data-testid="sheet-comment"
            />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A locked (or not yet open) sheet shows what was given as text, not as fields that look editable. */
function ReadOnlyScore({ value, max }: { value: CriterionDraft; max: string }) {
  const { t } = useTranslation();
  const given = value.points.trim() !== '';
  return (
    <Stack gap={2} data-testid="sheet-points-readonly">
      <Text size="sm" fw={given ? 700 : 400} c={given ? undefined : 'dimmed'}>
        {given ? `${value.points} / ${max}` : t('judging.sheet.notScored')}
      </Text>
      {value.comment.trim() && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {t('judging.sheet.yourComment', { comment: value.comment.trim() })}
        </Text>
      )}
    </Stack>
  );
}
