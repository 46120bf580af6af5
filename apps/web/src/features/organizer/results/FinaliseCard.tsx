import { Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { useRoundAdmin } from '../common/use-organizer-data';
import { useFinaliseRound } from './use-finalisation';

/** A round without results yet: finalising computes the prediction's true value, the ranking and prizes. */
export function FinaliseCard({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const round = useRoundAdmin(roundId).data?.round;
  const finalise = useFinaliseRound(roundId);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" align="flex-start">
        <Text fw={500}>{t('organizer.results.notFinalised')}</Text>
        <Text size="sm" c="dimmed">
          {t(
            round && round.status !== 'closed'
              ? 'organizer.results.stillOpen'
              : 'organizer.results.finaliseHint',
          )}
        </Text>
        {finalise.isError && <ErrorAlert error={finalise.error} />}
        <Button
          loading={finalise.isPending}
          onClick={() => finalise.mutate({})}
          data-testid="finalise-button"
        >
          {t('organizer.results.finalise')}
        </Button>
      </Stack>
    </Card>
  );
}
