import type { TrackResults } from '@contest/contracts';
import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { ResultsStatusBadge } from '../track-results/ResultsStatusBadge';
import { TrackResultsBody } from '../track-results/TrackResultsBody';
import { isNotPublished, useTrackResults } from '../track-results/use-track-results';

/** Public once published: a track's winners and prizes with amounts, each total traced to its stages. */
export function TrackResultsPage() {
  const trackId = useIdParam('trackId');
  return (
    <Container size="lg" px={0}>
      {trackId === null ? <NotFoundPage /> : <TrackResultsLoader trackId={trackId} />}
    </Container>
  );
}

function TrackResultsLoader({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const results = useTrackResults(trackId);
  if (results.isPending) return <PageLoader />;
  if (results.isError) {
    if (isNotPublished(results.error))
      return (
        <Stack align="center" py="xl" ta="center" data-testid="track-results-not-published">
          <Title order={2} size="h3">
            {t('awards.public.notPublishedTitle')}
          </Title>
          <Text c="dimmed" maw={480}>
            {t('awards.public.notPublishedBody')}
          </Text>
          <Button component={Link} to={paths.gallery(trackId)} variant="light">
            {t('gallery.ranking.backToGallery')}
          </Button>
        </Stack>
      );
    return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  }
  return <PublicResults results={results.data} />;
}

function PublicResults({ results }: { results: TrackResults }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="track-results">
      <Anchor component={Link} to={paths.gallery(results.trackId)} size="sm">
        {t('gallery.ranking.backToGallery')}
      </Anchor>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {results.contestName}
        </Text>
        <Title order={2}>{results.trackTitle}</Title>
        <Group gap="xs" preventGrowOverflow={false}>
          <Text fw={500}>{t('awards.public.title')}</Text>
          {/* An organizer reads the page before publishing too: the badge says it is not public yet. */}
          <ResultsStatusBadge results={results} />
        </Group>
      </Stack>
      <TrackResultsBody results={results} />
    </Stack>
  );
}
