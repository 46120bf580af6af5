import type { Question } from '@contest/contracts';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { useErrorMessage } from '../../../shared/use-error-message';

interface QuestionActionsProps {
  contestId: number;
  question: Question;
  onEdit: (question: Question) => void;
}

/** Edit a question, or retire it from the bank (and restore it). */
export function QuestionActions({ contestId, question, onEdit }: QuestionActionsProps) {
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
  );
}
