import type { Question } from '@contest/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The question's id and key under its text; the id stays in sight since a fixed paper is typed as ids. */
export function QuestionKeyLine({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" lineClamp={1}>
      {t('organizer.questions.id', { id: question.id })} ·{' '}
      {t('organizer.questions.key', { answer: question.options[question.correctOption] ?? '?' })}
    </Text>
  );
}
