import type { StageResults } from '@contest/contracts';
import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { isApiError } from '../../api';
import { formatDateTime } from '../../lib/format';
import { AdvancementNote } from '../../shared/Advancement';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { useStageResults } from './gallery-queries';
import { PublishedStageLinks } from './PublishedStageLinks';
import { RankingMethod } from './RankingMethod';
import { StandingsAccordion } from './StandingsAccordion';
import { publishedStages } from './track-status';

/**
 * Public once published (and for the stage's judges once locked): the ranking with every total
 * traced to each judge's criterion points and the votes.
 */
export function RankingPage() {
  const stageId = useIdParam('stageId');
  return (
    <Container size="md" px={0}>
      {stageId === null ? <NotFoundPage /> : <RankingLoader stageId={stageId} />}
    </Container>
  );
}

function RankingLoader({ stageId }: { stageId: number }) {
  const { t } = useTranslation();
  const results = useStageResults(stageId);
  if (results.isPending) return <PageLoader />;
  if (results.isError) {
    if (isApiError(results.error, 404)) {
      return (
        <Stack align="center" py="xl" ta="center" data-testid="ranking-not-published">
          <Title order={2} size="h3">
            {t('gallery.ranking.notPublishedTitle')}
          </Title>
          <Text c="dimmed" maw={480}>
            {t('gallery.ranking.notPublishedBody')}
          </Text>
          <Button component={Link} to={paths.clips} variant="light">
            {t('gallery.backToList')}
          </Button>
        </Stack>
      );
    }
    return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  }
  return <Ranking results={results.data} />;
}

function Ranking({ results }: { results: StageResults }) {
  const { t, i18n } = useTranslation();
  const { track, stage } = results;
  return (
    <Stack gap="md" data-testid="ranking">
      <Anchor component={Link} to={paths.gallery(track.id)} size="sm">
        {t('gallery.ranking.backToGallery')}
      </Anchor>
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {track.contestName}
        </Text>
        <Title order={2}>{track.title}</Title>
        <Text fw={500}>{t('gallery.ranking.title', { stage: stage.name })}</Text>
        {results.published && stage.publishedAt && (
          <Text size="sm" c="dimmed">
            {t('gallery.ranking.publishedAt', { time: formatDateTime(stage.publishedAt, i18n.language) })}
          </Text>
        )}
      </Stack>
      {!results.published && (
        <Alert color="orange" variant="light" data-testid="ranking-unpublished">
          {t('gallery.ranking.lockedOnly', {
            time: stage.lockedAt ? formatDateTime(stage.lockedAt, i18n.language) : '—',
          })}
          {results.incomplete > 0 && ` ${t('gallery.ranking.incomplete', { count: results.incomplete })}`}
        </Alert>
      )}
      <PublishedStageLinks stages={publishedStages(track)} currentId={stage.id} />
      <RankingMethod stage={stage} />
      {results.advancement && <AdvancementNote advancement={results.advancement} />}
      <Group justify="space-between" align="baseline" preventGrowOverflow={false}>
        <Title order={3} size="h4">
          {t('gallery.ranking.standings')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('gallery.ranking.expandHint')}
        </Text>
      </Group>
      <StandingsAccordion results={results} />
    </Stack>
  );
}
