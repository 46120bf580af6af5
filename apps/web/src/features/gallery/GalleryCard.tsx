import type { GalleryEntry } from '@contest/contracts';
import { Card, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ClipThumbnail } from './ClipThumbnail';
import classes from './GalleryCard.module.css';
import { TopicBadge } from './TopicBadge';
import { VoteControl, type Voter } from './VoteControl';

interface GalleryCardProps {
  trackId: number;
  entry: GalleryEntry;
  votingOpen: boolean;
  showVotes: boolean;
  voter: Voter;
  /** An initiative written as an article: its tile is a page, not a clip's still. */
  isArticle: boolean;
  onOpen(): void;
}

/** One accepted entry: its still opens the player; the vote stays on the card. */
export function GalleryCard({
  trackId,
  entry,
  votingOpen,
  showVotes,
  voter,
  isArticle,
  onOpen,
}: GalleryCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="gallery-entry" data-entry-id={entry.id}>
      <Card.Section>
        <UnstyledButton
          onClick={onOpen}
          className={classes.play}
          aria-label={t(isArticle ? 'gallery.read' : 'gallery.play', { title: entry.title })}
          data-testid="gallery-play"
        >
          <ClipThumbnail
            src={entry.thumbnailUrl}
            durationSeconds={entry.durationSeconds}
            isLink={entry.videoUrl === null && entry.linkUrl !== null}
            isArticle={isArticle}
          />
          {entry.videoUrl !== null && (
            <span className={classes.playMark} aria-hidden>
              ▶
            </span>
          )}
        </UnstyledButton>
      </Card.Section>
      <Stack gap={6} mt="sm" style={{ flex: 1 }}>
        <UnstyledButton onClick={onOpen}>
          <Text fw={600} size="sm" lineClamp={2}>
            {entry.title}
          </Text>
        </UnstyledButton>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {entry.unitName}
        </Text>
        {entry.topic && <TopicBadge topic={entry.topic} />}
      </Stack>
      <Stack mt="sm" gap={0}>
        <VoteControl
          trackId={trackId}
          entry={entry}
          votingOpen={votingOpen}
          showCount={showVotes}
          voter={voter}
        />
      </Stack>
    </Card>
  );
}
