import type { Track } from '@contest/contracts';
import { Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useSession } from '../auth/session';
import { useTracks } from './gallery-queries';
import { publishedStage, trackLinks } from './track-status';
import { TrackPhaseBadge } from './TrackPhaseBadge';
import { TopicBadge } from './TopicBadge';
import { TrackWindow } from './TrackWindow';

/** Public: every call for entries, newest first, with the way in while open and the gallery after. */
export function ClipTracksListPage() {
  const { t } = useTranslation();
  const tracks = useTracks();
  return (
    <Container size="md" px={0}>
      <Stack gap="md" data-testid="clip-tracks">
        <Stack gap={2}>
          <Title order={2}>{t('gallery.list.title')}</Title>
          <Text c="dimmed">{t('gallery.list.intro')}</Text>
        </Stack>
        {tracks.isPending ? (
          <PageLoader />
        ) : tracks.isError ? (
          <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />
        ) : tracks.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="clip-tracks-empty">
            {t('gallery.list.empty')}
          </Text>
        ) : (
          tracks.data.items.map((track) => <TrackCard key={track.id} track={track} />)
        )}
      </Stack>
    </Container>
  );
}

function TrackCard({ track }: { track: Track }) {
  const { t } = useTranslation();
  const session = useSession();
  // Read once per render: the phase itself comes from the server, only the vote window is checked here.
  const now = Date.now();
  const links = trackLinks(track, now, session.data?.role ?? null);
  const published = publishedStage(track) !== null;
  return (
    <Card withBorder padding="md" data-testid="clip-track" data-track-id={track.id}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {track.contestName}
        </Text>
        <Title order={3} size="h4">
          {track.title}
        </Title>
        <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
          <TrackPhaseBadge phase={track.phase} />
          {links.votingOpen && (
            <Badge color="pink" variant="light">
              {t('gallery.votingOpenBadge')}
            </Badge>
          )}
          {published && (
            <Badge color="teal" variant="filled">
              {t('gallery.publishedBadge')}
            </Badge>
          )}
        </Group>
        <TrackWindow track={track} now={now} />
        {track.topics.length > 0 && (
          <Group
            gap={6}
            wrap="wrap"
            aria-label={t(track.kind === 'initiative' ? 'gallery.areas' : 'gallery.topics')}
            preventGrowOverflow={false}
          >
            {track.topics.map((topic) => (
              <TopicBadge key={topic} topic={topic} variant="outline" />
            ))}
          </Group>
        )}
        {(links.enter || links.gallery) && (
          <Group gap="xs" mt={4} preventGrowOverflow={false}>
            {links.enter && (
              <Button component={Link} to={paths.myEntries(track.id)} data-testid="track-enter">
                {t('gallery.list.enter')}
              </Button>
            )}
            {links.gallery && (
              <Button
                component={Link}
                to={paths.gallery(track.id)}
                variant={links.enter ? 'light' : 'filled'}
                data-testid="track-gallery"
              >
                {published ? t('gallery.list.viewResults') : t('gallery.list.viewGallery')}
              </Button>
            )}
          </Group>
        )}
        {track.phase === 'upcoming' && <Text size="sm">{t('gallery.list.upcomingNote')}</Text>}
      </Stack>
    </Card>
  );
}
