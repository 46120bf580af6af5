import type { MergedUnit, UnitNode } from '@contest/contracts';
import { Card, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { mergedUnitLines } from './merged-units';

/** Units merged away: gone from the tree, their history counted under the unit they went into. */
export function MergedUnitsList({
  merged,
  units,
}: {
  merged: readonly MergedUnit[];
  units: readonly UnitNode[];
}) {
  const { t, i18n } = useTranslation();
  const lines = useMemo(() => mergedUnitLines(merged, units), [merged, units]);
  return (
    <Card withBorder padding="md">
      <Stack gap="xs" data-testid="merged-units">
        <Text fw={500}>{t('units.merged.title', { count: lines.length })}</Text>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('units.merged.none')}
          </Text>
        ) : (
          lines.map(({ unit, intoName, successorName }) => (
            <Stack key={unit.id} gap={0} data-testid="merged-unit">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={500}>
                  {unit.name}
                </Text>{' '}
                <Text span c="dimmed" size="xs" ff="monospace">
                  ({unit.code})
                </Text>{' '}
                {t('units.merged.into', { into: intoName })}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`units.levels.${unit.level}`)} · {formatDateTime(unit.mergedAt, i18n.language)}
                {successorName && ` · ${t('units.merged.countsUnder', { name: successorName })}`}
              </Text>
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}
