import type { AttemptResult } from '@contest/contracts';
import { Badge, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ReviewItem = NonNullable<AttemptResult['review']>[number];

export function ReviewList({ items }: { items: readonly ReviewItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('result.review.title')}
      </Title>
      {items.map((item, index) => (
        <ReviewCard key={item.position} item={item} number={index + 1} />
      ))}
    </Stack>
  );
}

function ReviewCard({ item, number }: { item: ReviewItem; number: number }) {
  const { t } = useTranslation();
  const answeredRight = item.chosen === item.correct;

  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('result.review.question', { number })}
          </Text>
          <Badge color={answeredRight ? 'teal' : 'red'} variant="light">
            {t(answeredRight ? 'result.review.right' : 'result.review.wrong')}
          </Badge>
        </Group>
        <Text fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {item.text}
        </Text>
        {item.options.map((option, index) => {
          const isCorrect = index === item.correct;
          const isChosen = index === item.chosen;
          const color = isCorrect ? 'teal' : isChosen ? 'red' : undefined;
          return (
            <Paper
              key={index}
              withBorder
              p="xs"
              bg={color && `var(--mantine-color-${color}-light)`}
              style={color && { borderColor: `var(--mantine-color-${color}-filled)` }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {option}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {isChosen && (
                    <Badge size="xs" variant="filled" color={isCorrect ? 'teal' : 'red'}>
                      {t('result.review.yourAnswer')}
                    </Badge>
                  )}
                  {isCorrect && (
                    <Badge size="xs" variant="outline" color="teal">
                      {t('result.review.correctAnswer')}
                    </Badge>
                  )}
                </Group>
              </Group>
            </Paper>
          );
        })}
        {item.chosen === null && (
          <Text size="sm" c="dimmed">
            {t('result.review.notAnswered')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
