import { VOTE_ANOMALY_RULES } from '@contest/contracts';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { LabeledValue } from '../../../shared/LabeledValue';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { usePointsFormat } from './use-points-format';
import type { VoteAddress } from './vote-audit';

const FLAGGED_BG = 'var(--mantine-color-red-light)';

/** Votes by network address, the flagged ones first; a table, or one card per address on a phone. */
export function VoteAddressList({
  addresses,
  onVoid,
}: {
  addresses: readonly VoteAddress[];
  /** Absent while voiding is not possible (the stage is locked). */
  onVoid?: (address: VoteAddress) => void;
}) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const format = usePointsFormat();
  const time = (iso: string) => formatDateTime(iso, i18n.language);

  if (addresses.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="vote-addresses-empty">
        {t('judgingAdmin.votes.addresses.empty')}
      </Text>
    );

  const flag = (address: VoteAddress) =>
    address.flagged ? (
      <Badge color="red" variant="light" tt="none" size="sm" data-testid="vote-address-flag">
        {t('judgingAdmin.votes.addresses.flag', { count: VOTE_ANOMALY_RULES.burstVotes })}
      </Badge>
    ) : null;
  const voidButton = (address: VoteAddress) =>
    onVoid ? (
      <Button
        variant="light"
        color="red"
        size="compact-sm"
        onClick={() => onVoid(address)}
        aria-label={t('judgingAdmin.votes.addresses.voidOf', { ip: address.ip })}
        data-testid="vote-address-void"
      >
        {t('judgingAdmin.votes.voidButton')}
      </Button>
    ) : null;

  if (narrow)
    return (
      <Stack gap="xs" data-testid="vote-addresses">
        {addresses.map((address) => (
          <Card
            key={address.ip}
            withBorder
            padding="xs"
            bg={address.flagged ? FLAGGED_BG : undefined}
            data-testid="vote-address-row"
            data-flagged={address.flagged || undefined}
          >
            <Stack gap={6}>
              <Group gap="xs" justify="space-between" align="flex-start">
                <Text size="sm" fw={600} ff="monospace" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {address.ip}
                </Text>
                {flag(address)}
              </Group>
              <SimpleGrid cols={3} spacing="xs" verticalSpacing={4}>
                <LabeledValue
                  label={t('judgingAdmin.votes.addresses.votes')}
                  value={format.count(address.votes)}
                />
                <LabeledValue
                  label={t('judgingAdmin.votes.addresses.accounts')}
                  value={format.count(address.accounts)}
                />
                <LabeledValue
                  label={t('judgingAdmin.votes.addresses.peak')}
                  value={format.count(address.peak10Min)}
                />
              </SimpleGrid>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
                <LabeledValue
                  label={t('judgingAdmin.votes.addresses.firstAt')}
                  value={time(address.firstAt)}
                />
                <LabeledValue label={t('judgingAdmin.votes.addresses.lastAt')} value={time(address.lastAt)} />
              </SimpleGrid>
              {onVoid && <Group justify="flex-end">{voidButton(address)}</Group>}
            </Stack>
          </Card>
        ))}
      </Stack>
    );

  const figure = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  const heading = { fz: 'xs', style: { verticalAlign: 'bottom' as const } };
  return (
    <Table.ScrollContainer minWidth={onVoid ? 860 : 740}>
      <Table verticalSpacing={6} data-testid="vote-addresses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th {...heading}>{t('judgingAdmin.votes.addresses.ip')}</Table.Th>
            <Table.Th {...heading} ta="right">
              {t('judgingAdmin.votes.addresses.votes')}
            </Table.Th>
            <Table.Th {...heading} ta="right">
              {t('judgingAdmin.votes.addresses.accounts')}
            </Table.Th>
            <Table.Th {...heading} ta="right">
              {t('judgingAdmin.votes.addresses.peak')}
            </Table.Th>
            <Table.Th {...heading}>{t('judgingAdmin.votes.addresses.firstAt')}</Table.Th>
            <Table.Th {...heading}>{t('judgingAdmin.votes.addresses.lastAt')}</Table.Th>
            {onVoid && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {addresses.map((address) => (
            <Table.Tr
              key={address.ip}
              bg={address.flagged ? FLAGGED_BG : undefined}
              data-testid="vote-address-row"
              data-flagged={address.flagged || undefined}
            >
              <Table.Td miw={200}>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" fw={500} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {address.ip}
                  </Text>
                  {flag(address)}
                </Stack>
              </Table.Td>
              <Table.Td {...figure}>{format.count(address.votes)}</Table.Td>
              <Table.Td {...figure}>{format.count(address.accounts)}</Table.Td>
              <Table.Td
                {...figure}
                fw={address.flagged ? 700 : undefined}
                c={address.flagged ? 'red.8' : undefined}
              >
                {format.count(address.peak10Min)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(address.firstAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(address.lastAt)}</Table.Td>
              {onVoid && <Table.Td ta="right">{voidButton(address)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
