import type { StagePhase } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PHASE_COLORS: Record<StagePhase, string> = {
  setup: 'gray',
  judging: 'blue',
  locked: 'orange',
  published: 'teal',
};

export function StagePhaseBadge({ phase }: { phase: StagePhase }) {
  const { t } = useTranslation();
  return (
    <Badge color={PHASE_COLORS[phase]} variant="light" tt="none" data-testid="stage-phase" data-phase={phase}>
      {t(`judgingAdmin.phase.${phase}`)}
    </Badge>
  );
}
