import type { AttemptResult } from '@contest/contracts';
import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatClock, formatDateTime } from '../../lib/format';
import { scoreState } from '../../shared/attempt-score';
import { AttemptStatusBadge } from '../../shared/AttemptStatusBadge';
import { paths } from '../../shared/paths';
import { LabeledValue } from '../../shared/LabeledValue';

export function ScoreCard({ result }: { result: AttemptResult }) {
  const { t, i18n } = useTranslation();

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {result.roundName}
          </Title>
          <AttemptStatusBadge status={result.status} testId="result-status" />
        </Group>

        <ScoreArea result={result} />

        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {result.timeTakenMs !== null && (
            <LabeledValue label={t('result.timeTaken')} value={formatClock(result.timeTakenMs / 1000)} />
          )}
          {result.submittedAt !== null && (
            <LabeledValue
              label={t('result.submittedAt')}
              value={formatDateTime(result.submittedAt, i18n.language)}
            />
          )}
          {result.prediction !== null && (
            <LabeledValue label={t('result.prediction')} value={String(result.prediction)} />
          )}
        </SimpleGrid>

        {result.submittedBy === 'system' && (
          <Alert color="blue" variant="light">
            {t('result.submittedBySystem')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function ScoreArea({ result }: { result: AttemptResult }) {
  const { t, i18n } = useTranslation();
  const state = scoreState(result);

  switch (state.kind) {
    case 'score':
      return (
        <Stack gap={0} align="center">
          <Text size="sm" c="dimmed">
            {t('result.score')}
          </Text>
          <Text fz={40} fw={700} lh={1.2} data-testid="result-score">
            {t('result.scoreValue', { score: state.score, total: result.questionCount })}
          </Text>
        </Stack>
      );
    case 'hidden':
      return (
        <Alert color="blue" variant="light" data-testid="result-score-hidden">
          {t('result.scoreHidden', { time: formatDateTime(state.until, i18n.language) })}
        </Alert>
      );
    case 'grading':
      return (
        <Group justify="center" gap="sm">
          <Loader size="sm" />
          <Text>{t('result.grading')}</Text>
        </Group>
      );
    case 'inProgress':
      return (
        <Alert color="yellow" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('result.notSubmitted')}</Text>
            <Button component={Link} to={paths.attempt(result.id)} size="xs">
              {t('home.resume')}
            </Button>
          </Stack>
        </Alert>
      );
  }
}
