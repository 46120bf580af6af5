import { VOTE_ANOMALY_RULES } from '@contest/contracts';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabeledValue } from '../../../shared/LabeledValue';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { usePointsFormat } from './use-points-format';
import { waveSlot, type FreshWave } from './vote-audit';

const FLAGGED_BG = 'var(--mantine-color-red-light)';

/** Accounts that voted within an hour of registering, by the 10 minutes they registered in. */
export function FreshWaveList({
  waves,
  onVoid,
}: {
  waves: readonly FreshWave[];
  /** Absent while voiding is not possible (the stage is locked). */
  onVoid?: (wave: FreshWave) => void;
}) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const format = usePointsFormat();
  const slot = (wave: FreshWave) => t('judgingAdmin.votes.waves.slotText', waveSlot(wave.registeredFrom));

  if (waves.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="vote-waves-empty">
        {t('judgingAdmin.votes.waves.empty')}
      </Text>
    );

  const flag = (wave: FreshWave) =>
    wave.flagged ? (
      <Badge color="red" variant="light" tt="none" size="sm" data-testid="vote-wave-flag">
        {t('judgingAdmin.votes.waves.flag', { count: VOTE_ANOMALY_RULES.freshWaveAccounts })}
      </Badge>
    ) : null;
  const voidButton = (wave: FreshWave) =>
    onVoid ? (
      <Button
        variant="light"
        color="red"
        size="compact-sm"
        onClick={() => onVoid(wave)}
        aria-label={t('judgingAdmin.votes.waves.voidOf', { slot: slot(wave) })}
        data-testid="vote-wave-void"
      >
        {t('judgingAdmin.votes.voidButton')}
      </Button>
    ) : null;

  if (narrow)
    return (
      <Stack gap="xs" data-testid="vote-waves">
        {waves.map((wave) => (
          <Card
            key={wave.registeredFrom}
            withBorder
            padding="xs"
            bg={wave.flagged ? FLAGGED_BG : undefined}
            data-testid="vote-wave-row"
            data-flagged={wave.flagged || undefined}
          >
            <Stack gap={6}>
              <Group gap="xs" justify="space-between" align="flex-start">
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {slot(wave)}
                </Text>
                {flag(wave)}
              </Group>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
                <LabeledValue
                  label={t('judgingAdmin.votes.waves.accounts')}
                  value={format.count(wave.accounts)}
                />
                <LabeledValue label={t('judgingAdmin.votes.waves.votes')} value={format.count(wave.votes)} />
              </SimpleGrid>
              {onVoid && <Group justify="flex-end">{voidButton(wave)}</Group>}
            </Stack>
          </Card>
        ))}
      </Stack>
    );

  const figure = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  const heading = { fz: 'xs', style: { verticalAlign: 'bottom' as const } };
  return (
    <Table.ScrollContainer minWidth={onVoid ? 680 : 560}>
      <Table verticalSpacing={6} data-testid="vote-waves">
        <Table.Thead>
          <Table.Tr>
            <Table.Th {...heading}>{t('judgingAdmin.votes.waves.slot')}</Table.Th>
            <Table.Th {...heading} ta="right">
              {t('judgingAdmin.votes.waves.accounts')}
            </Table.Th>
            <Table.Th {...heading} ta="right">
              {t('judgingAdmin.votes.waves.votes')}
            </Table.Th>
            {onVoid && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {waves.map((wave) => (
            <Table.Tr
              key={wave.registeredFrom}
              bg={wave.flagged ? FLAGGED_BG : undefined}
              data-testid="vote-wave-row"
              data-flagged={wave.flagged || undefined}
            >
              <Table.Td miw={240}>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" fw={500}>
                    {slot(wave)}
                  </Text>
                  {flag(wave)}
                </Stack>
              </Table.Td>
              <Table.Td
                {...figure}
                fw={wave.flagged ? 700 : undefined}
                c={wave.flagged ? 'red.8' : undefined}
              >
                {format.count(wave.accounts)}
              </Table.Td>
              <Table.Td {...figure}>{format.count(wave.votes)}</Table.Td>
              {onVoid && <Table.Td ta="right">{voidButton(wave)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
