import type { Track } from '@contest/contracts';
import { Anchor, Chip, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatNumber } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { OriginalityItemCard } from './OriginalityItemCard';
import {
  ORIGINALITY_FILTERS,
  filterOriginality,
  originalityCounts,
  sortForReview,
  type OriginalityFilter,
} from './originality-view';
import { useTrackOriginality } from './use-initiative-admin';
import { InitiativeTrackPage } from './InitiativeTrackPage';

export function OriginalityPage() {
  const { t } = useTranslation();
  return (
    <InitiativeTrackPage title={t('initiativeAdmin.originality.title')} page="originality">
      {(track) => <OriginalityBody track={track} />}
    </InitiativeTrackPage>
  );
}

/** Every initiative sent to a unit, against the others and the register: the closest first. */
function OriginalityBody({ track }: { track: Track }) {
  const { t, i18n } = useTranslation();
  const list = useTrackOriginality(track.id);
  const [filter, setFilter] = useState<OriginalityFilter>('all');

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;

  const { items, registerSize } = list.data;
  const counts = originalityCounts(items);
  const shown = sortForReview(filterOriginality(items, filter));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('initiativeAdmin.originality.hint', { register: formatNumber(registerSize, i18n.language) })}{' '}
        <Anchor component={Link} to={paths.initiativeRegister} size="sm">
          {t('initiativeAdmin.originality.registerLink')}
        </Anchor>
      </Text>
      <Chip.Group multiple={false} value={filter} onChange={(value) => setFilter(value as OriginalityFilter)}>
        <Group gap="xs" data-testid="originality-filter">
          {ORIGINALITY_FILTERS.map((key) => (
            <Chip key={key} value={key} size="sm" data-testid={`originality-filter-${key}`}>
              {t(`initiativeAdmin.originality.filter.${key}`, { count: counts[key] })}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Stack gap="sm" data-testid="originality-list">
        {shown.length === 0 ? (
          <Text c="dimmed" data-testid="originality-empty">
            {t(
              items.length === 0
                ? 'initiativeAdmin.originality.empty'
                : 'initiativeAdmin.originality.noneHere',
            )}
          </Text>
        ) : (
          shown.map((item) => <OriginalityItemCard key={item.entryId} trackId={track.id} item={item} />)
        )}
      </Stack>
    </Stack>
  );
}
