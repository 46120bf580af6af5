import type { Gallery } from '@contest/contracts';
import { Alert, Anchor, Button, Chip, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { loginPathFor } from '../auth/redirects';
import { useSession } from '../auth/session';
import { GalleryCard } from './GalleryCard';
import { GalleryResults } from './GalleryResults';
import { FinalResultsLink } from './FinalResultsLink';
import { useGallery } from './gallery-queries';
import { PlayerModal } from './PlayerModal';
import { publishedStage, trackLinks, votingStage } from './track-status';
import { TrackPhaseBadge } from './TrackPhaseBadge';
import { TrackRules } from './TrackRules';
import { TrackWindow } from './TrackWindow';
import type { Voter } from './VoteControl';

const ALL_TOPICS = '';

/** A long area name wraps inside the chip rather than pushing the page wider than a phone. */
const WRAPPING_CHIP = {
  root: { maxWidth: '100%' },
  label: {
    maxWidth: '100%',
    height: 'auto',
    minHeight: 'var(--chip-size)',
    lineHeight: 1.35,
    paddingBlock: 4,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
} as const;

/** Public: a call's accepted entries to watch and vote on, and once published its results. */
export function GalleryPage() {
  const trackId = useIdParam('trackId');
  return trackId === null ? <NotFoundPage /> : <GalleryLoader trackId={trackId} />;
}

function GalleryLoader({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const gallery = useGallery(trackId);
  return (
    <Container size="md" px={0}>
      <Stack gap="md">
        <Anchor component={Link} to={paths.clips} size="sm">
          {t('gallery.backToList')}
        </Anchor>
        {gallery.isPending ? (
          <PageLoader />
        ) : gallery.isError ? (
          <ErrorState error={gallery.error} onRetry={() => void gallery.refetch()} />
        ) : (
          <GalleryView gallery={gallery.data} />
        )}
      </Stack>
    </Container>
  );
}

function GalleryView({ gallery }: { gallery: Gallery }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [openId, setOpenId] = useState<number | null>(null);
  const [topic, setTopic] = useState(ALL_TOPICS);
  const { track, entries, votingOpen, results } = gallery;
  const role = session.data?.role;
  const voter: Voter = !role ? 'guest' : role === 'organizer' || role === 'judge' ? 'staff' : 'voter';
  const showVotes = votingStage(track) !== null;
  const now = Date.now();
  const links = trackLinks(track, now, role ?? null);
  const published = publishedStage(track);
  const topics = track.topics.filter((name) => entries.some((entry) => entry.topic === name));
  // An initiative call sorts its entries by reform area, a clip call by topic.
  const initiative = track.kind === 'initiative';
  const shown = topic === ALL_TOPICS ? entries : entries.filter((entry) => entry.topic === topic);
  const open = entries.find((entry) => entry.id === openId) ?? null;

  return (
    <Stack gap="lg" data-testid="gallery">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {track.contestName}
        </Text>
        <Title order={2}>{track.title}</Title>
        <Group gap="xs" preventGrowOverflow={false}>
          <TrackPhaseBadge phase={track.phase} />
        </Group>
        <TrackWindow track={track} now={now} />
        {links.enter && (
          <Group preventGrowOverflow={false}>
            <Button
              component={Link}
              to={paths.myEntries(track.id)}
              variant="light"
              data-testid="gallery-enter"
            >
              {t('gallery.enterLink')}
            </Button>
          </Group>
        )}
        {track.rulesText && <TrackRules text={track.rulesText} />}
      </Stack>

      <FinalResultsLink trackId={track.id} published={track.resultsPublishedAt !== null} />
      {results && published && <GalleryResults rows={results} stage={published} track={track} />}

      <Stack gap="sm">
        <Title order={3}>{t('gallery.entries', { count: entries.length })}</Title>
        {votingOpen && (
          <Alert color="pink" variant="light" data-testid="vote-note">
            {voter === 'guest' ? (
              <>
                {t('gallery.voteNote.guest')}{' '}
                <Anchor component={Link} to={loginPathFor(location)} fw={500}>
                  {t('gallery.voteNote.signIn')}
                </Anchor>
              </>
            ) : voter === 'staff' ? (
              t('gallery.voteNote.staff')
            ) : (
              t('gallery.voteNote.voter')
            )}
          </Alert>
        )}
        {topics.length > 1 && (
          <Chip.Group value={topic} onChange={(value) => setTopic(value as string)}>
            <Group
              gap={6}
              wrap="wrap"
              aria-label={t(initiative ? 'gallery.areaFilter' : 'gallery.topicFilter')}
              preventGrowOverflow={false}
              data-testid="gallery-topic-filter"
            >
              <Chip value={ALL_TOPICS} size="sm" styles={WRAPPING_CHIP}>
                {t(initiative ? 'gallery.allAreas' : 'gallery.allTopics')}
              </Chip>
              {topics.map((name) => (
                <Chip key={name} value={name} size="sm" styles={WRAPPING_CHIP}>
                  {name}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
        {entries.length === 0 ? (
          <Text c="dimmed" data-testid="gallery-empty">
            {track.phase === 'closed'
              ? t('gallery.noEntries')
              : t('gallery.notOpenYet', { time: formatDateTime(track.closesAt, i18n.language) })}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" data-testid="gallery-grid">
            {shown.map((entry) => (
              <GalleryCard
                key={entry.id}
                trackId={track.id}
                entry={entry}
                votingOpen={votingOpen}
                showVotes={showVotes}
                voter={voter}
                isArticle={initiative && entry.videoUrl === null && entry.linkUrl === null}
                onOpen={() => setOpenId(entry.id)}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <PlayerModal
        trackId={track.id}
        entry={open}
        votingOpen={votingOpen}
        showVotes={showVotes}
        voter={voter}
        onClose={() => setOpenId(null)}
      />
    </Stack>
  );
}
