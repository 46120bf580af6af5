import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatPercent } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { OriginalityDecisionBadge, OriginalityLevelBadge } from './OriginalityBadges';
import { needsDecision, type OriginalityItem } from './originality-view';

const WRAP = { overflowWrap: 'anywhere' } as const;

/** One compared initiative: its closest match, how many came near, and what was decided. */
export function OriginalityItemCard({ trackId, item }: { trackId: number; item: OriginalityItem }) {
  const { t, i18n } = useTranslation();
  const { closest, originality } = item;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="originality-item"
      data-entry-id={item.entryId}
      style={needsDecision(item) ? { borderLeft: '4px solid var(--mantine-color-orange-5)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} style={{ flex: '1 1 220px', minWidth: 0, ...WRAP }}>
            <Text span c="dimmed" fw={500}>
              #{item.entryId}
            </Text>{' '}
            {item.title}
          </Text>
          {/* Nothing near: the line below says so, and there is nothing to decide. */}
          {(closest !== null || originality.decision !== 'unchecked') && (
            <OriginalityDecisionBadge decision={originality.decision} hasMatch={closest !== null} />
          )}
        </Group>
        <Text size="sm" c="dimmed" style={WRAP}>
          {item.unitName}
        </Text>
        {closest ? (
          <Text component="div" size="sm" style={WRAP} data-testid="originality-closest">
            <OriginalityLevelBadge level={closest.level} />{' '}
            {t('initiativeAdmin.originality.closest', {
              title: closest.title,
              source: t(`initiativeAdmin.originality.source.${closest.source}`, { id: closest.id }),
              similarity: formatPercent(closest.similarity, i18n.language),
            })}
            {item.matches > 1 && (
              <Text span size="sm" c="dimmed">
                {' '}
                {t('initiativeAdmin.originality.moreMatches', { count: item.matches - 1 })}
              </Text>
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" data-testid="originality-no-match">
            {t('initiativeAdmin.originality.noMatch')}
          </Text>
        )}
        {originality.decidedAt && (
          <Text size="xs" c="dimmed" style={WRAP}>
            {t('initiativeAdmin.originality.decidedBy', {
              name: originality.decidedByName ?? '—',
              at: formatDateTime(originality.decidedAt, i18n.language),
            })}
            {originality.reason && ` · ${originality.reason}`}
          </Text>
        )}
        <Group gap="xs">
          <Button
            component={Link}
            to={paths.entryOriginality(trackId, item.entryId)}
            size="xs"
            variant={needsDecision(item) ? 'filled' : 'light'}
            data-testid="originality-open"
          >
            {t(closest ? 'initiativeAdmin.originality.compare' : 'initiativeAdmin.originality.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
