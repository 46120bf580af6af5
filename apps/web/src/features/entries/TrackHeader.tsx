import type { Track } from '@contest/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { WindowCountdown } from './WindowCountdown';

const PHASE_COLOR: Record<Track['phase'], string> = { upcoming: 'blue', open: 'teal', closed: 'gray' };

interface TrackHeaderProps {
  track: Track;
  unitName: string | null;
  onPhaseDue(): void;
}

/** The call: its title, whose page this is, and its window with the time left. */
export function TrackHeader({ track, unitName, onPhaseDue }: TrackHeaderProps) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {track.contestName}
      </Text>
      <Title
        order={2}
        fz={{ base: 'h3', sm: 'h2' }}
        style={{ overflowWrap: 'anywhere' }}
        data-testid="track-title"
      >
        {track.title}
      </Title>
      {unitName && (
        <Text fw={500} data-testid="entries-unit">
          {t('entries.forUnit', { unit: unitName })}
        </Text>
      )}
      <Text size="sm">
        {t('entries.window.range', { opensAt: at(track.opensAt), closesAt: at(track.closesAt) })}
      </Text>
      <Group gap="xs" mt={2}>
        <Badge color={PHASE_COLOR[track.phase]} variant="light" data-testid="track-phase">
          {t(`entries.phase.${track.phase}`)}
        </Badge>
        {track.phase === 'open' && (
          <WindowCountdown target={track.closesAt} kind="closes" onReached={onPhaseDue} />
        )}
        {track.phase === 'upcoming' && (
          <WindowCountdown target={track.opensAt} kind="opens" onReached={onPhaseDue} />
        )}
      </Group>
    </Stack>
  );
}
