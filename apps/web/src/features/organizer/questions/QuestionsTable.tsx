import type { Question } from '@contest/contracts';
import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { useErrorMessage } from '../../../shared/use-error-message';

const DIFFICULTY_COLOR = { easy: 'teal', medium: 'yellow', hard: 'red' } as const;

interface QuestionsTableProps {
  contestId: number;
  questions: readonly Question[];
  onEdit: (question: Question) => void;
}

export function QuestionsTable({ contestId, questions, onEdit }: QuestionsTableProps) {
  const { t } = useTranslation();
  if (questions.length === 0) return <Text c="dimmed">{t('organizer.questions.noMatch')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" data-testid="questions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>#</Table.Th>
            <Table.Th>{t('organizer.questions.text')}</Table.Th>
            <Table.Th w={170}>{t('organizer.questions.topic')}</Table.Th>
            <Table.Th miw={130}>{t('organizer.questions.difficulty')}</Table.Th>
            <Table.Th miw={140}>{t('organizer.questions.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((question) => (
            <QuestionRow key={question.id} contestId={contestId} question={question} onEdit={onEdit} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function QuestionRow({
  contestId,
  question,
  onEdit,
}: {
  contestId: number;
  question: Question;
  onEdit: (q: Question) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const retired = question.retiredAt !== null;

  const toggle = useMutation({
    mutationFn: () =>
      callApi(retired ? 'restoreQuestion' : 'retireQuestion', { params: { questionId: question.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.questions(contestId) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  return (
    <Table.Tr data-testid="question-row" data-question-id={question.id}>
      <Table.Td c="dimmed">{question.id}</Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2} title={question.text} style={{ overflowWrap: 'anywhere' }}>
          {question.text}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {t('organizer.questions.key', { answer: question.options[question.correctOption] ?? '?' })}
        </Text>
      </Table.Td>
      <Table.Td>{question.topic}</Table.Td>
      <Table.Td>
        <Badge color={DIFFICULTY_COLOR[question.difficulty]} variant="light">
          {t(`difficulty.${question.difficulty}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge color={retired ? 'gray' : 'teal'} variant="light">
            {t(retired ? 'organizer.questions.status.retired' : 'organizer.questions.status.active')}
          </Badge>
          {question.locked && (
            <Tooltip label={t('organizer.questions.lockedHint')} multiline w={260}>
              <Badge color="orange" variant="outline" data-testid="question-locked">
                {t('organizer.questions.locked')}
              </Badge>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" justify="flex-end">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onEdit(question)}
            data-testid="question-edit"
          >
            {t('common.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color={retired ? 'teal' : 'red'}
            loading={toggle.isPending}
            onClick={() => toggle.mutate()}
            data-testid={retired ? 'question-restore' : 'question-retire'}
          >
            {t(retired ? 'organizer.questions.restore' : 'organizer.questions.retire')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
