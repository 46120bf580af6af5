import type { Track } from '@contest/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { votingStage } from './track-status';

/** When entries are taken and, where the public votes, when it may. */
export function TrackWindow({ track }: { track: Pick<Track, 'opensAt' | 'closesAt' | 'stages'> }) {
  const { t, i18n } = useTranslation();
  const voting = votingStage(track);
  const time = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('gallery.window', { opens: time(track.opensAt), closes: time(track.closesAt) })}
      </Text>
      {voting?.votesOpenAt && voting.votesCloseAt && (
        <Text size="sm" c="dimmed">
          {t('gallery.voteWindow', { opens: time(voting.votesOpenAt), closes: time(voting.votesCloseAt) })}
        </Text>
      )}
    </>
  );
}
