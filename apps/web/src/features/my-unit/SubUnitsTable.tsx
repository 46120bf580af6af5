import type { UnitFigures } from '@contest/contracts';
import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE, countText, rankOf, rateText, scoreText, subUnitsByRate } from './figures';
import { unitAreaHref } from './unit-area-params';

/** The direct sub-units over their own subtrees, best participation first; each opens its own area. */
export function SubUnitsTable({ subUnits }: { subUnits: readonly UnitFigures[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (subUnits.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="sub-units-empty">
        {t('myUnit.figures.noSubUnits')}
      </Text>
    );
  }
  const ordered = subUnitsByRate(subUnits);
  return narrow ? <SubUnitCards units={ordered} /> : <SubUnitRows units={ordered} />;
}

function useCells() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (unit: UnitFigures) => {
    const rank = rankOf(unit);
    return {
      headcount: countText(unit.headcount, language),
      participants: countText(unit.participants, language),
      rate: rateText(unit.participationRate, language),
      average: scoreText(unit.averageScore, language),
      fullMarks: rateText(unit.fullMarksShare, language),
      rank: rank ? `${rank.rank}/${rank.of}` : NO_FIGURE,
    };
  };
}

function UnitLink({ unit }: { unit: UnitFigures }) {
  return (
    <Anchor component={Link} to={unitAreaHref(unit.unitId, 'figures')} size="sm" fw={500}>
      {unit.name}
    </Anchor>
  );
}

function RateBar({ rate }: { rate: number | null }) {
  return <Progress value={rate === null ? 0 : Math.min(100, rate * 100)} size="sm" color="teal" />;
}

function SubUnitRows({ units }: { units: readonly UnitFigures[] }) {
  const { t } = useTranslation();
  const cells = useCells();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} data-testid="sub-units-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myUnit.figures.unit')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.headcountShort')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.participantsShort')}</Table.Th>
            <Table.Th w={160}>{t('myUnit.figures.rate')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.averageScore')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.fullMarks')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.figures.rankShort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => {
            const cell = cells(unit);
            return (
              <Table.Tr key={unit.unitId} data-testid="sub-unit-row">
                <Table.Td>
                  <UnitLink unit={unit} />
                </Table.Td>
                <Table.Td ta="right">{cell.headcount}</Table.Td>
                <Table.Td ta="right">{cell.participants}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" w={52} ta="right">
                      {cell.rate}
                    </Text>
                    <div style={{ flex: 1 }}>
                      <RateBar rate={unit.participationRate} />
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{cell.average}</Table.Td>
                <Table.Td ta="right">{cell.fullMarks}</Table.Td>
                <Table.Td ta="right">{cell.rank}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SubUnitCards({ units }: { units: readonly UnitFigures[] }) {
  const { t } = useTranslation();
  const cells = useCells();
  return (
    <Stack gap="xs" data-testid="sub-units-cards">
      {units.map((unit) => {
        const cell = cells(unit);
        return (
          <Card key={unit.unitId} withBorder padding="xs" data-testid="sub-unit-row">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <UnitLink unit={unit} />
              <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                {cell.rate}
              </Text>
            </Group>
            <RateBar rate={unit.participationRate} />
            <SimpleGrid cols={2} spacing={4} verticalSpacing={0} mt={6}>
              <Text size="xs">
                {t('myUnit.figures.headcountShort')}: <b>{cell.headcount}</b>
              </Text>
              <Text size="xs">
                {t('myUnit.figures.participantsShort')}: <b>{cell.participants}</b>
              </Text>
              <Text size="xs">
                {t('myUnit.figures.averageScore')}: <b>{cell.average}</b>
              </Text>
              <Text size="xs">
                {t('myUnit.figures.fullMarks')}: <b>{cell.fullMarks}</b>
              </Text>
              <Text size="xs">
                {t('myUnit.figures.rankShort')}: <b>{cell.rank}</b>
              </Text>
            </SimpleGrid>
          </Card>
        );
      })}
    </Stack>
  );
}
