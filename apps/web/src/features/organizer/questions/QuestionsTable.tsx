import type { Question } from '@contest/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { rowNumber } from '../common/row-number';
import { QuestionActions } from './QuestionActions';
import { DifficultyBadge, QuestionStateBadges } from './QuestionBadges';
import { QuestionCards } from './QuestionCards';
import { QuestionKeyLine } from './QuestionKeyLine';

interface QuestionsTableProps {
  contestId: number;
  questions: readonly Question[];
  /** Where the rows sit in the whole list, so that "#" counts on across pages. */
  page: number;
  pageSize: number;
  onEdit: (question: Question) => void;
}

export function QuestionsTable({ contestId, questions, page, pageSize, onEdit }: QuestionsTableProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (questions.length === 0) return <Text c="dimmed">{t('organizer.questions.noMatch')}</Text>;
  const numbered = questions.map((question, index) => ({
    number: rowNumber(page, pageSize, index),
    question,
  }));
  if (narrow) return <QuestionCards contestId={contestId} questions={numbered} onEdit={onEdit} />;
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
          {numbered.map(({ number, question }) => (
            <Table.Tr key={question.id} data-testid="question-row" data-question-id={question.id}>
              <Table.Td c="dimmed">{number}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={question.text} style={{ overflowWrap: 'anywhere' }}>
                  {question.text}
                </Text>
                <QuestionKeyLine question={question} />
              </Table.Td>
              <Table.Td>{question.topic}</Table.Td>
              <Table.Td>
                <DifficultyBadge question={question} />
              </Table.Td>
              <Table.Td>
                <QuestionStateBadges question={question} />
              </Table.Td>
              <Table.Td>
                <QuestionActions contestId={contestId} question={question} onEdit={onEdit} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
