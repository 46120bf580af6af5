import type { Track } from '@contest/contracts';
import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { paths } from '../../shared/paths';

/** Before and after the window: why nothing can change now, and, once closed, where the entries are shown. */
export function TrackWindowNote({ track }: { track: Track }) {
  const { t, i18n } = useTranslation();
  if (track.phase === 'open') return null;
  if (track.phase === 'upcoming')
    return (
      <Alert color="blue" variant="light" role="note" data-testid="track-upcoming">
        {t('entries.window.upcomingNote', { opensAt: formatDateTime(track.opensAt, i18n.language) })}
      </Alert>
    );
  return (
    <Alert
      color="gray"
      variant="light"
      role="note"
      title={t('entries.window.closedTitle')}
      data-testid="track-closed"
    >
      <Text size="sm">
        {t('entries.window.closedNote', { closesAt: formatDateTime(track.closesAt, i18n.language) })}
      </Text>
      <Anchor
        component={Link}
        to={paths.gallery(track.id)}
        size="sm"
        fw={600}
        mt={6}
        display="inline-block"
        data-testid="gallery-link"
      >
        {t('entries.window.galleryLink')}
      </Anchor>
    </Alert>
  );
}
