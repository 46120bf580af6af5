import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { ReviewList } from './ReviewList';
import { ScoreCard } from './ScoreCard';
import { useAttemptResult, useRefetchWhenGraded } from './use-attempt-result';

export function ResultPage() {
  const attemptId = useIdParam('attemptId');
  return attemptId === null ? <NotFoundPage /> : <AttemptResultView attemptId={attemptId} />;
}

function AttemptResultView({ attemptId }: { attemptId: number }) {
  const { t, i18n } = useTranslation();
  const result = useAttemptResult(attemptId);
  useRefetchWhenGraded(attemptId, result.data !== undefined && result.data.status !== 'graded');

  if (result.isPending) return <PageLoader />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;

  const { review, roundClosesAt } = result.data;
  return (
    <Stack gap="md">
      <Title order={2}>{t('result.title')}</Title>
      <ScoreCard result={result.data} />
      {review ? (
        <ReviewList items={review} />
      ) : (
        <Alert color="gray" variant="light">
          {t('result.reviewLater', { time: formatDateTime(roundClosesAt, i18n.language) })}
        </Alert>
      )}
      <Group>
        <Button component={Link} to={paths.home} variant="light">
          {t('nav.home')}
        </Button>
        <Button component={Link} to={paths.history} variant="default">
          {t('nav.history')}
        </Button>
      </Group>
    </Stack>
  );
}
