import type { Contest, Question, QuestionListQuery } from '@contest/contracts';
import { Anchor, Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, queryKeys } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { useIdParam } from '../../../shared/use-id-param';
import { useContest } from '../common/use-organizer-data';
import { ImportPanel } from './ImportPanel';
import { QuestionFilters, type QuestionFilterValues } from './QuestionFilters';
import { QuestionModal } from './QuestionModal';
import { QuestionsTable } from './QuestionsTable';
import { TopicSummary } from './TopicSummary';

const PAGE_SIZE = 50;

export function QuestionBankPage() {
  const contestId = useIdParam('contestId');
  return contestId === null ? <NotFoundPage /> : <QuestionBank contestId={contestId} />;
}

function QuestionBank({ contestId }: { contestId: number }) {
  const contest = useContest(contestId);
  if (contest.isPending) return <PageLoader />;
  if (contest.isError) return <ErrorState error={contest.error} onRetry={() => void contest.refetch()} />;
  return <QuestionBankView contest={contest.data} />;
}

/** Which question the modal edits: a new one, one of the bank, or none (closed). */
type Editing = { question: Question | null } | null;

function QuestionBankView({ contest }: { contest: Contest }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<QuestionFilterValues>({
    topic: null,
    difficulty: null,
    status: 'active',
    q: '',
  });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [q] = useDebouncedValue(filters.q.trim(), 300);

  const query: Partial<QuestionListQuery> = {
    topic: filters.topic ?? undefined,
    difficulty: filters.difficulty ?? undefined,
    status: filters.status,
    q: q || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const questions = useQuery({
    queryKey: queryKeys.questionPage(contest.id, query),
    queryFn: () => callApi('listQuestions', { params: { contestId: contest.id }, query }),
    placeholderData: keepPreviousData,
  });

  const changeFilters = (next: QuestionFilterValues) => {
    setFilters(next);
    setPage(1);
  };
  const pageCount = Math.max(1, Math.ceil((questions.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.contest(contest.id)} size="sm">
          {contest.name}
        </Anchor>
        <Group justify="space-between" align="flex-end">
          <Title order={2}>{t('organizer.questions.title')}</Title>
          <Button onClick={() => setEditing({ question: null })} data-testid="question-add">
            {t('organizer.questions.add')}
          </Button>
        </Group>
      </Stack>

      {questions.data && <TopicSummary topics={questions.data.topics} />}
      <ImportPanel contestId={contest.id} />

      <QuestionFilters topics={contest.topics} value={filters} onChange={changeFilters} />
      {questions.isPending ? (
        <PageLoader />
      ) : questions.isError && !questions.data ? (
        <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />
      ) : (
        <Stack gap="sm">
          {questions.isError && <ErrorAlert error={questions.error} />}
          <Text size="sm" c="dimmed" data-testid="questions-total">
            {t('organizer.questions.total', { count: questions.data.total })}
          </Text>
          <QuestionsTable
            contestId={contest.id}
            questions={questions.data.items}
            page={page}
            pageSize={PAGE_SIZE}
            onEdit={(question) => setEditing({ question })}
          />
          {pageCount > 1 && <Pagination total={pageCount} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}

      <QuestionModal
        contestId={contest.id}
        topics={contest.topics}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
