import type { ReportRound } from '@contest/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const WHOLE_CONTEST = 'contest';

interface RoundScopeSelectProps {
  rounds: readonly ReportRound[];
  value: number | null;
  onChange: (roundId: number | null) => void;
}

/** The whole contest so far, or one weekly round. */
export function RoundScopeSelect({ rounds, value, onChange }: RoundScopeSelectProps) {
  const { t } = useTranslation();
  const data = [
    { value: WHOLE_CONTEST, label: t('reports.scope.contest') },
    ...[...rounds]
      .sort((a, b) => a.weekNumber - b.weekNumber)
      .map((round) => ({
        value: String(round.id),
        label: t('reports.scope.round', { week: round.weekNumber, name: round.name }),
      })),
  ];
  return (
    <Select
      label={t('reports.scope.label')}
      data={data}
      value={value === null ? WHOLE_CONTEST : String(value)}
      onChange={(chosen) => onChange(!chosen || chosen === WHOLE_CONTEST ? null : Number(chosen))}
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ width: 'target' }}
      w={{ base: '100%', sm: 280 }}
      data-testid="report-scope"
    />
  );
}
