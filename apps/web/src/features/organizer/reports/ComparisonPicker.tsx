import type { Contest, EarlierContest } from '@contest/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { nameHasYear } from '../units/contest-choice';
import { comparisonTargetParam, parseComparisonTarget, type ComparisonTarget } from './comparison-choice';

interface ComparisonPickerProps {
  /** The other contests of the system, the one on the page left out. */
  contests: readonly Contest[];
  earlier: readonly EarlierContest[];
  value: ComparisonTarget | null;
  onChange: (target: ComparisonTarget | null) => void;
}

/** Another contest run in the system, or typed-in totals of one run before it. */
export function ComparisonPicker({ contests, earlier, value, onChange }: ComparisonPickerProps) {
  const { t } = useTranslation();
  const label = (contest: Pick<Contest, 'name' | 'year'>) =>
    nameHasYear(contest)
      ? contest.name
      : t('units.contestOption', { name: contest.name, year: contest.year });
  const groups = [
    {
      group: t('reports.comparison.groupContests'),
      items: contests.map((contest) => ({
        value: comparisonTargetParam({ kind: 'contest', id: contest.id }),
        label: label(contest),
      })),
    },
    {
      group: t('reports.comparison.groupTyped'),
      items: earlier.map((entry) => ({
        value: comparisonTargetParam({ kind: 'typed', id: entry.id }),
        label: label(entry),
      })),
    },
  ].filter((group) => group.items.length > 0);
  return (
    <Select
      label={t('reports.comparison.with')}
      placeholder={t('reports.comparison.placeholder')}
      data={groups}
      value={value === null ? null : comparisonTargetParam(value)}
      onChange={(chosen) => onChange(parseComparisonTarget(chosen))}
      clearable
      checkIconPosition="right"
      comboboxProps={{ width: 'target' }}
      w={{ base: '100%', sm: 420 }}
      data-testid="comparison-with"
    />
  );
}
