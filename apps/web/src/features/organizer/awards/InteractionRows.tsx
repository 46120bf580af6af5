import type { InteractionRow } from '@contest/contracts';
import { Card, Group, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatDecimal } from '../../../lib/format';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { asCount } from '../common/quotas';
import type { CountDraft, CountDrafts } from './interaction-form';

interface InteractionRowsProps {
  rows: readonly InteractionRow[];
  drafts: CountDrafts;
  onChange: (entryId: number, draft: CountDraft) => void;
  disabled: boolean;
}

/** One line per entry of the stage: likes and shares to type, the capped points they gave, who entered them. */
export function InteractionRows({ rows, drafts, onChange, disabled }: InteractionRowsProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const lang = i18n.language;
  // Whole numbers, grouped as the reader writes them; the two separators must differ.
  const thousands = lang === 'en' ? ',' : '.';
  const decimal = lang === 'en' ? '.' : ',';

  const count = (row: InteractionRow, field: keyof CountDraft) => {
    const draft = drafts[row.entryId] ?? { likes: row.likes, shares: row.shares };
    const changed = draft[field] !== row[field];
    return (
      <NumberInput
        aria-label={t(`awards.interactions.${field}For`, { title: row.title })}
        label={narrow ? t(`awards.interactions.${field}`) : undefined}
        min={0}
        max={100_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={thousands}
        decimalSeparator={decimal}
        value={draft[field]}
        disabled={disabled}
        onChange={(value) => onChange(row.entryId, { ...draft, [field]: asCount(value) })}
        error={draft[field] === '' ? t('awards.interactions.blank') : undefined}
        styles={changed ? { input: { borderColor: 'var(--mantine-color-orange-6)' } } : undefined}
        w={narrow ? undefined : 130}
        data-testid={`interaction-${field}`}
      />
    );
  };
  const entered = (row: InteractionRow) =>
    row.enteredBy && row.enteredAt
      ? t('awards.interactions.enteredBy', { name: row.enteredBy, time: formatDateTime(row.enteredAt, lang) })
      : t('awards.interactions.notEntered');

  if (narrow)
    return (
      <Stack gap={6} data-testid="interaction-rows">
        {rows.map((row) => (
          <Card key={row.entryId} withBorder padding="xs" data-testid="interaction-row">
            <Stack gap={6}>
              <Stack gap={0} style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm" fw={600}>
                  {row.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.unitName}
                </Text>
              </Stack>
              <SimpleGrid cols={2} spacing="xs">
                {count(row, 'likes')}
                {count(row, 'shares')}
              </SimpleGrid>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {t('awards.interactions.pointsValue', { points: formatDecimal(row.points, lang) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {entered(row)}
                </Text>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    );

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing={6} data-testid="interaction-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs">{t('awards.results.entry')}</Table.Th>
            <Table.Th fz="xs">{t('awards.interactions.likes')}</Table.Th>
            <Table.Th fz="xs">{t('awards.interactions.shares')}</Table.Th>
            <Table.Th fz="xs" ta="right">
              {t('awards.interactions.points')}
            </Table.Th>
            <Table.Th fz="xs">{t('awards.interactions.entered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.entryId} data-testid="interaction-row">
              <Table.Td miw={220}>
                <Text size="sm" fw={500}>
                  {row.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.unitName}
                </Text>
              </Table.Td>
              <Table.Td>{count(row, 'likes')}</Table.Td>
              <Table.Td>{count(row, 'shares')}</Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatDecimal(row.points, lang)}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {entered(row)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
