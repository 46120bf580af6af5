import type { GalleryEntry } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ClipVideo } from '../../shared/ClipVideo';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { TopicBadge } from './TopicBadge';
import { VoteControl, type Voter } from './VoteControl';

interface PlayerModalProps {
  trackId: number;
  entry: GalleryEntry | null;
  votingOpen: boolean;
  showVotes: boolean;
  voter: Voter;
  onClose(): void;
}

/** The clip playing over the gallery, with what its unit wrote about it and the vote. */
export function PlayerModal({ trackId, entry, votingOpen, showVotes, voter, onClose }: PlayerModalProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      size="xl"
      fullScreen={narrow}
      title={entry?.title}
      styles={{ title: { fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('gallery.closePlayer') }}
      data-testid="player"
    >
      {entry && (
        <Stack gap="sm">
          {entry.videoUrl ? (
            <ClipVideo
              key={entry.id}
              src={entry.videoUrl}
              poster={entry.thumbnailUrl}
              autoPlay
              maxHeight={narrow ? '72dvh' : '70dvh'}
              label={entry.title}
              testId="player-video"
            >
              {t('gallery.noVideoSupport')}
            </ClipVideo>
          ) : (
            entry.linkUrl && (
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('gallery.linkIntro')}</Text>
                <Button component="a" href={entry.linkUrl} target="_blank" rel="noopener noreferrer">
                  {t('gallery.openLink')}
                </Button>
              </Stack>
            )
          )}
          <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
            <Text size="sm" fw={500}>
              {entry.unitName}
            </Text>
            {entry.topic && <TopicBadge topic={entry.topic} />}
          </Group>
          <Text size="sm" c="dimmed">
            {t('gallery.authors', { names: entry.authors.join(', ') })}
          </Text>
          {entry.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.description}
            </Text>
          )}
          <VoteControl
            trackId={trackId}
            entry={entry}
            votingOpen={votingOpen}
            showCount={showVotes}
            voter={voter}
          />
        </Stack>
      )}
    </Modal>
  );
}
