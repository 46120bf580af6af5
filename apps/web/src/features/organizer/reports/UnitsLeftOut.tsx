import type { ContestReport } from '@contest/contracts';
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';
import { formatCount } from './report-figures';

/** More than this and the list folds: a province may leave dozens of units without a headcount. */
const SHOWN_FIRST = 8;

/**
 * Units with no headcount (or 0) are not units expected to take part, so "units taking part" and
 * every rate leave them out; the page says how many, and which, instead of letting them vanish.
 */
export function UnitsLeftOut({ units }: { units: ContestReport['unitsWithoutHeadcount'] }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  if (units.length === 0) return null;
  const shown = all ? units : units.slice(0, SHOWN_FIRST);
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('reports.leftOut.title', { count: units.length })}
      data-testid="report-units-left-out"
      data-count={units.length}
    >
      <Stack gap="xs">
        <Text size="sm">{t('reports.leftOut.why')}</Text>
        <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
          {shown.map((unit) => (
            <List.Item key={unit.unitId} data-testid="report-unit-left-out">
              {unit.parentName
                ? t('reports.leftOut.unitWithParent', { name: unit.name, parent: unit.parentName })
                : unit.name}{' '}
              <Text span size="sm" c="dimmed">
                {'· '}
                {unit.headcount === null
                  ? t('reports.leftOut.noHeadcount')
                  : t('reports.leftOut.zeroHeadcount')}
                {unit.participants > 0 &&
                  ` · ${t('reports.leftOut.participants', { number: formatCount(unit.participants, i18n.language) })}`}
              </Text>
            </List.Item>
          ))}
        </List>
        {units.length > SHOWN_FIRST && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setAll((open) => !open)}
            style={{ alignSelf: 'flex-start' }}
            data-testid="report-left-out-toggle"
          >
            {all ? t('reports.leftOut.showFewer') : t('reports.leftOut.showAll', { count: units.length })}
          </Button>
        )}
        <Anchor component={Link} to={paths.units} size="sm">
          {t('reports.leftOut.setHeadcounts')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
