import type { GalleryEntry } from '@contest/contracts';
import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../shared/use-error-message';
import { loginPathFor } from '../auth/redirects';
import { useVote } from './gallery-queries';

/** Who is looking: a visitor signs in to vote, staff may not vote at all. */
export type Voter = 'guest' | 'staff' | 'voter';

interface VoteControlProps {
  trackId: number;
  entry: GalleryEntry;
  votingOpen: boolean;
  /** Counts mean something only where the stage gives points for votes. */
  showCount: boolean;
  voter: Voter;
}

export function VoteControl({ trackId, entry, votingOpen, showCount, voter }: VoteControlProps) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const vote = useVote(trackId);
  const errorMessage = useErrorMessage();
  const count = showCount && (
    <Text size="sm" c="dimmed" data-testid="vote-count">
      {t('gallery.votes', { votes: formatNumber(entry.votes, i18n.language) })}
    </Text>
  );
  const cast = () =>
    vote.mutate(entry.id, {
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
    });

  let action = null;
  if (votingOpen && entry.votedByMe) {
    action = (
      <Badge color="pink" variant="light" size="lg" style={{ textTransform: 'none' }} data-testid="voted">
        {t('gallery.voted')}
      </Badge>
    );
  } else if (votingOpen && voter === 'guest') {
    action = (
      <Button component={Link} to={loginPathFor(location)} size="xs" variant="light" color="pink">
        {t('gallery.signInToVote')}
      </Button>
    );
  } else if (votingOpen && voter === 'voter') {
    action = (
      <Button size="xs" color="pink" onClick={cast} loading={vote.isPending} data-testid="vote">
        {t('gallery.vote')}
      </Button>
    );
  }
  if (!count && !action) return null;
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" preventGrowOverflow={false}>
      {count || <span />}
      {action}
    </Group>
  );
}
