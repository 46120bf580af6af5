import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { useScreening } from './use-clip-tracks';

const SHOWN = ['submitted', 'pending', 'accepted', 'rejected', 'drafts'] as const;

/**
 * How many entries a call holds, by screening state. The track list carries no counts, so each
 * card reads its track's screening list (the same query the screening page uses, so it is cached).
 */
export function TrackEntryCounts({ trackId }: { trackId: number }) {
  const { t, i18n } = useTranslation();
  const screening = useScreening(trackId);
  if (screening.isPending) return <Loader size="xs" aria-label={t('common.loading')} />;
  if (screening.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('clipsAdmin.list.countsUnavailable')}
      </Text>
    );
  const { counts } = screening.data;
  return (
    <Group gap="md" data-testid="track-counts">
      {SHOWN.map((key) => (
        <Text key={key} size="sm" c={key === 'pending' && counts.pending > 0 ? 'orange.8' : undefined}>
          <Text span fw={700}>
            {formatNumber(counts[key], i18n.language)}
          </Text>{' '}
          {t(`clipsAdmin.counts.${key}`)}
        </Text>
      ))}
    </Group>
  );
}
