import type { Question, QuestionInput } from '@contest/contracts';
import { Modal } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { QuestionEditor } from './QuestionEditor';

interface QuestionModalProps {
  contestId: number;
  topics: readonly string[];
  /** null: closed; `{ question: null }`: a new question. */
  editing: { question: Question | null } | null;
  onClose: () => void;
}

export function QuestionModal({ contestId, topics, editing, onClose }: QuestionModalProps) {
  const { t } = useTranslation();
  const question = editing?.question ?? null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={t(question ? 'organizer.questions.editTitle' : 'organizer.questions.addTitle')}
      size="lg"
    >
      {editing && (
        <SaveQuestion
          key={question?.id ?? 'new'}
          contestId={contestId}
          topics={topics}
          question={question}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function SaveQuestion({
  contestId,
  topics,
  question,
  onDone,
}: {
  contestId: number;
  topics: readonly string[];
  question: Question | null;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: QuestionInput) =>
      question
        ? callApi('updateQuestion', { params: { questionId: question.id }, body })
        : callApi('createQuestion', { params: { contestId }, body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.questions(contestId) });
      onDone();
    },
  });
  return (
    <QuestionEditor
      question={question}
      topics={topics}
      saving={save.isPending}
      error={save.error}
      onChange={() => save.reset()}
      onSave={(body) => save.mutate(body)}
      onCancel={onDone}
    />
  );
}
