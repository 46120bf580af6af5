import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';

import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { useContests } from '../common/use-organizer-data';

/** The bank belongs to a contest: go straight to it when there is one contest, else pick one. */
export function QuestionBanksPage() {
  const { t } = useTranslation();
  const contests = useContests();

  if (contests.isPending) return <PageLoader />;
  if (contests.isError) return <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />;
  const { items } = contests.data;
  if (items.length === 1) return <Navigate to={paths.questionBank(items[0].id)} replace />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('organizer.questions.title')}</Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('organizer.contests.empty')}</Text>
      ) : (
        <>
          <Text c="dimmed">{t('organizer.questions.pickContest')}</Text>
          {items.map((contest) => (
            <Anchor key={contest.id} component={Link} to={paths.questionBank(contest.id)}>
              {contest.name} ({contest.year})
            </Anchor>
          ))}
        </>
      )}
    </Stack>
  );
}
