import type { Criterion, Standing } from '@contest/contracts';
import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import { useNarrowScreen } from '../../shared/use-narrow-screen';

interface JudgeSheetsProps {
  sheets: Standing['sheets'];
  criteria: readonly Criterion[];
  /** The z-score method: each judge's total is shown beside its value on the common scale. */
  normalised: boolean;
}

/** Every judge's points on every criterion for one entry, so the total can be checked by hand. */
export function JudgeSheets({ sheets, criteria, normalised }: JudgeSheetsProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const points = (value: number | null) => (value === null ? '—' : formatDecimal(value, i18n.language));
  const scoreOf = (sheet: Standing['sheets'][number], criterionId: number) =>
    sheet.scores.find((s) => s.criterionId === criterionId)?.points ?? null;

  if (sheets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('gallery.ranking.noSheets')}
      </Text>
    );
  if (narrow) {
    return (
      <Stack gap="xs" data-testid="judge-sheets">
        {sheets.map((sheet) => (
          <Card key={sheet.judgeId} withBorder padding="xs" data-testid="judge-sheet">
            <Text size="sm" fw={600} mb={4}>
              {sheet.judgeName}
            </Text>
            <Stack gap={2}>
              {criteria.map((criterion) => (
                <Group key={criterion.id} justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" miw={0}>
                    {criterion.name}
                  </Text>
                  <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {points(scoreOf(sheet, criterion.id))} / {points(criterion.maxPoints)}
                  </Text>
                </Group>
              ))}
            </Stack>
            <SimpleGrid cols={normalised ? 2 : 1} mt={6} spacing="xs">
              <Text size="sm" fw={700}>
                {t('gallery.ranking.judgeTotal', { total: points(sheet.total) })}
              </Text>
              {normalised && (
                <Text size="sm" ta="right">
                  {t('gallery.ranking.normalisedValue', { value: points(sheet.normalised) })}
                </Text>
              )}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" data-testid="judge-sheets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('gallery.ranking.judge')}</Table.Th>
            {criteria.map((criterion) => (
              <Table.Th key={criterion.id} ta="right">
                <Stack gap={0}>
                  <span>{criterion.name}</span>
                  <Text span size="xs" c="dimmed" fw={400}>
                    {t('gallery.ranking.outOf', { max: points(criterion.maxPoints) })}
                  </Text>
                </Stack>
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('gallery.ranking.total')}</Table.Th>
            {normalised && <Table.Th ta="right">{t('gallery.ranking.normalised')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheets.map((sheet) => (
            <Table.Tr key={sheet.judgeId} data-testid="judge-sheet">
              <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                {sheet.judgeName}
              </Table.Td>
              {criteria.map((criterion) => (
                <Table.Td key={criterion.id} ta="right">
                  {points(scoreOf(sheet, criterion.id))}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {points(sheet.total)}
              </Table.Td>
              {normalised && <Table.Td ta="right">{points(sheet.normalised)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
