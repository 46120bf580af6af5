import type { Criterion } from '@contest/contracts';
import { Paper, Spoiler, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import type { CriterionDraft, PointsProblem } from './score-sheet';

interface LivePointsFieldProps {
  criterion: Criterion;
  value: CriterionDraft;
  problem: PointsProblem | null;
  readOnly: boolean;
  onChange(value: CriterionDraft): void;
}

/** One criterion on a judge's phone in the hall: a large points field, and an optional remark. */
export function LivePointsField({ criterion, value, problem, readOnly, onChange }: LivePointsFieldProps) {
  const { t, i18n } = useTranslation();
  const max = formatDecimal(criterion.maxPoints, i18n.language);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="live-criterion" data-criterion-id={criterion.id}>
      <Stack gap="xs">
        <TextInput
          size="lg"
          label={criterion.name}
          description={t('judging.sheet.maxPoints', { max })}
          value={value.points}
          onChange={(event) => onChange({ ...value, points: event.currentTarget.value })}
          // Text read by readPoints, as on the desk's sheet: "7,5" and "7.5" both read, nothing is silently dropped.
          inputMode="decimal"
          autoComplete="off"
          readOnly={readOnly}
          placeholder={readOnly ? undefined : t('judging.sheet.pointsPlaceholder')}
          rightSection={
            <Text size="sm" c="dimmed" pr={6} style={{ whiteSpace: 'nowrap' }}>
              / {max}
            </Text>
          }
          rightSectionWidth={64}
          error={problem && t(`judging.sheet.problem.${problem}`, { max })}
          styles={{ label: { overflowWrap: 'anywhere', whiteSpace: 'normal' } }}
          data-testid="live-points"
        />
        {criterion.guidance && (
          <Spoiler
            maxHeight={40}
            showLabel={t('judging.sheet.showMore')}
            hideLabel={t('judging.sheet.showLess')}
          >
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {criterion.guidance}
            </Text>
          </Spoiler>
        )}
        <Textarea
          label={t('judging.sheet.comment')}
          value={value.comment}
          onChange={(event) => onChange({ ...value, comment: event.currentTarget.value })}
          readOnly={readOnly}
          autosize
          minRows={1}
          maxRows={5}
          maxLength={2000}
          data-testid="live-comment"
        />
      </Stack>
    </Paper>
  );
}
