import type { Screening, StagePhase, Track } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const TRACK_PHASE_COLOR = { upcoming: 'gray', open: 'green', closed: 'dark' } as const;
const STAGE_PHASE_COLOR = { setup: 'gray', judging: 'blue', locked: 'orange', published: 'teal' } as const;
const SCREENING_COLOR = { pending: 'yellow', accepted: 'green', rejected: 'red' } as const;

export function TrackPhaseBadge({ phase }: { phase: Track['phase'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={TRACK_PHASE_COLOR[phase]} variant="light" data-testid="track-phase">
      {t(`clipsAdmin.trackPhase.${phase}`)}
    </Badge>
  );
}

export function StagePhaseBadge({ phase }: { phase: StagePhase }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_PHASE_COLOR[phase]} variant="light" data-testid="stage-phase">
      {t(`clipsAdmin.stagePhase.${phase}`)}
    </Badge>
  );
}

export function ScreeningBadge({ screening }: { screening: Screening }) {
  const { t } = useTranslation();
  return (
    <Badge color={SCREENING_COLOR[screening]} variant="filled" data-testid="screening-state">
      {t(`clipsAdmin.screeningState.${screening}`)}
    </Badge>
  );
}

/** Marks a stage performed in a hall as a live final, among judged stages that look alike. */
export function LiveFinalBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" data-testid="stage-live-final">
      {t('clipsAdmin.stage.liveFinal')}
    </Badge>
  );
}
