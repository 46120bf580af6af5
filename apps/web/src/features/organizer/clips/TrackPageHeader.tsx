import type { Track } from '@contest/contracts';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { TrackPhaseBadge } from './ClipBadges';
import { TrackLinks, type TrackPage } from './TrackLinks';

/** Title of a page about one call: the way back to all calls, what the page is, and the call's window. */
export function TrackPageHeader({ track, title, page }: { track: Track; title: string; page: TrackPage }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6}>
      <Anchor component={Link} to={paths.clipTracks} size="sm">
        {t('initiativeAdmin.back')}
      </Anchor>
      <Title order={2}>{title}</Title>
      <Stack gap={2}>
        <Group gap="xs" align="flex-start">
          <Text fw={500} style={{ minWidth: 0 }} data-testid="track-heading">
            {track.title}
          </Text>
          <TrackPhaseBadge phase={track.phase} />
        </Group>
        <Text size="sm" c="dimmed">
          {track.contestName}
        </Text>
        <Text size="sm">
          {t('clipsAdmin.window', {
            opens: formatDateTime(track.opensAt, i18n.language),
            closes: formatDateTime(track.closesAt, i18n.language),
          })}
        </Text>
      </Stack>
      <TrackLinks track={track} except={page} />
    </Stack>
  );
}
