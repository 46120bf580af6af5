import type { UnitParticipation } from '@contest/contracts';
import { Card, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber, formatPercent } from '../../lib/format';

export function ParticipationSummary({ participation }: { participation: UnitParticipation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rate = participation.participationRate;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t('myUnit.headcount')} value={formatNumber(participation.headcount, language)} />
        <Stat label={t('myUnit.registered')} value={formatNumber(participation.registered, language)} />
        <Stat
          label={t('myUnit.participants')}
          value={formatNumber(participation.participants.length, language)}
        />
        <Stat label={t('myUnit.rate')} value={formatPercent(rate, language)} />
      </SimpleGrid>
      <Progress
        value={Math.min(100, rate * 100)}
        size="lg"
        aria-label={t('myUnit.rate')}
        color={rate >= 0.8 ? 'teal' : rate >= 0.5 ? 'yellow' : 'red'}
      />
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}
