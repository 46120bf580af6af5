import type { Track } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = { upcoming: 'gray', open: 'green', closed: 'blue' } as const;

export function TrackPhaseBadge({ phase }: { phase: Track['phase'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[phase]} variant="light" style={{ flexShrink: 0 }} data-phase={phase}>
      {t(`gallery.phase.${phase}`)}
    </Badge>
  );
}
