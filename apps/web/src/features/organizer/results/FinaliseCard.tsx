import { Button, Card, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { useRoundAdmin } from '../common/use-organizer-data';
import { ConfirmDialog } from './ConfirmDialog';
import { useFinaliseRound } from './use-finalisation';
import { FINALISE_POINTS } from './what-becomes-public';

/** A round without results yet: finalising computes the prediction's true value, the ranking and prizes. */
export function FinaliseCard({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const round = useRoundAdmin(roundId).data?.round;
  const finalise = useFinaliseRound(roundId);
  const [confirming, confirm] = useDisclosure(false);
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
        <Button onClick={confirm.open} data-testid="finalise-button">
          {t('organizer.results.finalise')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={() => {
          finalise.reset();
          confirm.close();
        }}
        title={t('organizer.results.finaliseTitle')}
        points={FINALISE_POINTS}
        roundId={roundId}
        confirmLabel={t('organizer.results.finalise')}
        onConfirm={() => finalise.mutate({})}
        pending={finalise.isPending}
        error={finalise.error}
        testId="finalise"
      />
    </Card>
  );
}
