import type { Question } from '@contest/contracts';
import { Card, Group, Stack, Text } from '@mantine/core';

import { QuestionActions } from './QuestionActions';
import { DifficultyBadge, QuestionStateBadges } from './QuestionBadges';
import { QuestionKeyLine } from './QuestionKeyLine';

/** A question with its place in the whole filtered list, which "#" shows instead of the id. */
export interface NumberedQuestion {
  number: number;
  question: Question;
}

interface QuestionCardsProps {
  contestId: number;
  questions: readonly NumberedQuestion[];
  onEdit: (question: Question) => void;
}

/** The bank on a phone: one card per question, numbered as the table's rows are. */
export function QuestionCards({ contestId, questions, onEdit }: QuestionCardsProps) {
  return (
    <Stack gap="xs" data-testid="questions-table">
      {questions.map(({ number, question }) => (
        <Card
          key={question.id}
          withBorder
          padding="sm"
          data-testid="question-row"
          data-question-id={question.id}
        >
          <Stack gap={6}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text c="dimmed" size="sm" miw={28}>
                {number}
              </Text>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                  {question.text}
                </Text>
                <QuestionKeyLine question={question} />
                <Text size="xs" c="dimmed">
                  {question.topic}
                </Text>
              </Stack>
            </Group>
            <Group justify="space-between" gap="xs">
              <Group gap={4}>
                <DifficultyBadge question={question} />
                <QuestionStateBadges question={question} />
              </Group>
              <QuestionActions contestId={contestId} question={question} onEdit={onEdit} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
