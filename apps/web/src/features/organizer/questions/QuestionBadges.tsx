import type { Question } from '@contest/contracts';
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const DIFFICULTY_COLOR = { easy: 'teal', medium: 'yellow', hard: 'red' } as const;

export function DifficultyBadge({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <Badge color={DIFFICULTY_COLOR[question.difficulty]} variant="light">
      {t(`difficulty.${question.difficulty}`)}
    </Badge>
  );
}

/** In use or retired, and locked once a round that opened has shown it. */
export function QuestionStateBadges({ question }: { question: Question }) {
  const { t } = useTranslation();
  const retired = question.retiredAt !== null;
  return (
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
  );
}
