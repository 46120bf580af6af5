import type { Contest } from '@contest/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { nameHasYear } from './contest-choice';

interface ContestSelectProps {
  contests: readonly Contest[];
  value: number;
  onChange: (contestId: number) => void;
  label: string;
}

export function ContestSelect({ contests, value, onChange, label }: ContestSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={contests.map((contest) => ({
        value: String(contest.id),
        label: nameHasYear(contest)
          ? contest.name
          : t('units.contestOption', { name: contest.name, year: contest.year }),
      }))}
      value={String(value)}
      onChange={(chosen) => chosen && onChange(Number(chosen))}
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ width: 'target' }}
      w={{ base: '100%', sm: 520 }}
      data-testid="contest-select"
    />
  );
}
