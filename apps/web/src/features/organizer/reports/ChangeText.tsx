import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { changeTone, formatChangeRatio, formatDelta, type FigureChange } from './comparison-figures';

const TONE_COLOR = { up: 'teal.8', down: 'red.8', same: 'dimmed', unknown: 'dimmed' } as const;

/** A change coloured by its direction: "+19 (+12,5 %)", or the delta or the percentage alone. */
export function ChangeText({
  change,
  show = 'both',
  label,
  ...props
}: {
  change: FigureChange | null;
  show?: 'both' | 'delta' | 'percent';
  /** Words of its own (a change of rate in points), coloured by `change`. */
  label?: string;
} & TextProps) {
  const { t, i18n } = useTranslation();
  const delta = formatDelta(change, i18n.language);
  const percent = formatChangeRatio(change, i18n.language);
  const text =
    label ??
    (show === 'delta'
      ? delta
      : show === 'percent'
        ? percent
        : change === null || change.ratio === null
          ? delta
          : t('reports.comparison.totals.change', { delta, percent }));
  return (
    <Text span inherit c={TONE_COLOR[changeTone(change)]} {...props}>
      {text}
    </Text>
  );
}
