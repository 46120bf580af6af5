import type { PaperQuestion } from '@contest/contracts';
import { Badge, Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface QuestionNavigatorProps {
  questions: readonly PaperQuestion[];
  answered: ReadonlyMap<number, number>;
  current: number;
  onSelect(index: number): void;
}

export function QuestionNavigator({ questions, answered, current, onSelect }: QuestionNavigatorProps) {
  const { t } = useTranslation();

  return (
    <Card withBorder padding="md" component="nav" aria-label={t('quiz.navigator.title')}>
      <Text size="sm" fw={500} mb="xs">
        {t('quiz.navigator.title')}
      </Text>
      <SimpleGrid cols={{ base: 6, xs: 8, sm: 10 }} spacing={6} verticalSpacing={6}>
        {questions.map((question, index) => {
          const isAnswered = answered.has(question.position);
          const isCurrent = index === current;
          return (
            <Button
              key={question.position}
              px={0}
              size="sm"
              variant={isCurrent ? 'filled' : isAnswered ? 'light' : 'default'}
              aria-current={isCurrent ? 'step' : undefined}
              aria-label={t(isAnswered ? 'quiz.navigator.answered' : 'quiz.navigator.unanswered', {
                number: index + 1,
              })}
              onClick={() => onSelect(index)}
            >
              {index + 1}
            </Button>
          );
        })}
      </SimpleGrid>
      <Group gap="xs" mt="sm">
        <Badge variant="filled" size="sm">
          {t('quiz.navigator.legendCurrent')}
        </Badge>
        <Badge variant="light" size="sm">
          {t('quiz.navigator.legendAnswered')}
        </Badge>
        <Badge variant="default" size="sm">
          {t('quiz.navigator.legendUnanswered')}
        </Badge>
      </Group>
    </Card>
  );
}
