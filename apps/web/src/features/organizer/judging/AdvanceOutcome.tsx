import type { AdvanceResult } from '@contest/contracts';
import { Alert, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { cutRows } from './advance-form';
import { usePointsFormat } from './use-points-format';

type Row = AdvanceResult['advancing'][number];

/** A preview: who goes on and who stays, and where a top-N cut fell. Nothing has moved yet. */
export function AdvanceOutcome({ result, nextTitle }: { result: AdvanceResult; nextTitle: string }) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  const cut = cutRows(result);

  return (
    <Stack gap="sm" data-testid="advance-outcome">
      <Stack gap={2}>
        <Text fw={600}>{t('judgingAdmin.advance.outcome.title')}</Text>
        <Text size="sm" data-testid="advance-summary">
          {t('judgingAdmin.advance.outcome.summary', {
            advancing: format.count(result.advancing.length),
            staying: format.count(result.staying.length),
            next: nextTitle,
          })}
        </Text>
      </Stack>
      {cut && (
        <Alert
          color={cut.decidedBy === 'tie_break' ? 'yellow' : 'gray'}
          variant="light"
          data-testid="advance-cut"
          data-decided-by={cut.decidedBy}
        >
          {t(`judgingAdmin.advance.outcome.cut.${cut.decidedBy}`, {
            inRank: cut.lastIn.rank,
            inTotal: format.points(cut.lastIn.total),
            outRank: cut.firstOut.rank,
            outTotal: format.points(cut.firstOut.total),
          })}
        </Alert>
      )}
      <OutcomeList
        title={t('judgingAdmin.advance.outcome.advancing')}
        rows={result.advancing}
        testId="advance-advancing"
      />
      <OutcomeList
        title={t('judgingAdmin.advance.outcome.staying')}
        rows={result.staying}
        testId="advance-staying"
      />
    </Stack>
  );
}

/** Rank, title, unit and total: a table, or one card per entry on a phone. */
export function OutcomeList({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: readonly Row[];
  testId: string;
}) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const format = usePointsFormat();

  let list;
  if (rows.length === 0)
    list = (
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.advance.outcome.none')}
      </Text>
    );
  else if (narrow)
    list = (
      <Stack gap="xs">
        {rows.map((row) => (
          <Card key={row.entryId} withBorder padding="xs" data-testid={`${testId}-row`}>
            <Group wrap="nowrap" align="flex-start" gap="xs">
              <Text
                fw={700}
                miw={24}
                ta="right"
                aria-label={t('judgingAdmin.ranking.rankOf', { rank: row.rank })}
              >
                {row.rank}
              </Text>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {row.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {row.unitName}
                </Text>
              </Stack>
              <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {format.points(row.total)}
              </Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  else
    list = (
      <Table.ScrollContainer minWidth={560}>
        {/* Fixed layout: the advancing and staying tables line their columns up one above the other. */}
        <Table verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th fz="xs" ta="right" w={64}>
                {t('judgingAdmin.ranking.rank')}
              </Table.Th>
              <Table.Th fz="xs" w="55%">
                {t('judgingAdmin.ranking.entry')}
              </Table.Th>
              <Table.Th fz="xs">{t('judgingAdmin.advance.outcome.unit')}</Table.Th>
              <Table.Th fz="xs" ta="right" w={96}>
                {t('judgingAdmin.ranking.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.entryId} data-testid={`${testId}-row`}>
                <Table.Td ta="right" fw={700}>
                  {row.rank}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.title}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.unitName}</Table.Td>
                <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {format.points(row.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={600}>
        {title} ({format.count(rows.length)})
      </Text>
      {list}
    </Stack>
  );
}
