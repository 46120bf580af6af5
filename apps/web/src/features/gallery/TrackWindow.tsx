import type { Track } from '@contest/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { voteWindowState, votingStage } from './track-status';

interface TrackWindowProps {
  track: Pick<Track, 'opensAt' | 'closesAt' | 'stages'>;
  /** Read once per render by the page: the phases themselves come from the server. */
  now: number;
}

/** When entries are taken and, where the public votes, where the vote stands: to come, open, or closed. */
export function TrackWindow({ track, now }: TrackWindowProps) {
  const { t, i18n } = useTranslation();
  const vote = voteWindowState(votingStage(track), now);
  const time = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('gallery.window', { opens: time(track.opensAt), closes: time(track.closesAt) })}
      </Text>
      {vote.kind !== 'none' && (
        <Text size="sm" c="dimmed" data-testid="vote-window" data-vote={vote.kind}>
          {vote.kind === 'upcoming'
            ? t('gallery.voteWindow', { opens: time(vote.opensAt), closes: time(vote.closesAt) })
            : vote.kind === 'open'
              ? t('gallery.voteOpenUntil', { closes: time(vote.closesAt) })
              : t(vote.early ? 'gallery.voteClosedByLock' : 'gallery.voteClosed', {
                  at: time(vote.closedAt),
                })}
        </Text>
      )}
    </>
  );
}
