import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDong } from '../../lib/format';
import { paths } from '../../shared/paths';
import { CertificateLinks, UnitCertificateLink } from './CertificateLinks';
import { winningEntries } from './results-view';
import { useTrackResults } from './use-track-results';

interface MyPrizesCardProps {
  trackId: number;
  /** The track's results are published (the track says when): before that nothing is asked. */
  published: boolean;
  /** The reader's own entries (an author's, or a unit's). */
  entries: readonly { id: number; title: string; authors: readonly string[] }[];
  /** A unit admin's view: the unit's entries, and its own collective prize with its certificate. */
  unitId?: number;
}

/**
 * Once a track's final results are published: the reader's entries that won, each prize with its
 * amount and the certificates to download. Nothing before publishing, nor for entries that won nothing.
 */
export function MyPrizesCard({ trackId, published, entries, unitId }: MyPrizesCardProps) {
  const { t } = useTranslation();
  const results = useTrackResults(trackId, published && entries.length > 0);
  if (!results.data?.publishedAt) return null;
  const winners = winningEntries(results.data, entries);
  const unitPrize = unitId === undefined ? null : results.data.units.find((u) => u.unitId === unitId)?.prize;
  if (winners.length === 0 && !unitPrize) return null;
  return (
    <Card withBorder padding="md" bg="yellow.0" data-testid="my-prizes">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="baseline">
          <Text fw={700}>{t(unitId === undefined ? 'awards.mine.title' : 'awards.mine.unitTitle')}</Text>
          <Anchor component={Link} to={paths.trackResults(trackId)} size="sm">
            {t('awards.mine.allResults')}
          </Anchor>
        </Group>
        {unitPrize && unitId !== undefined && (
          <Group gap={6} justify="space-between" data-testid="my-unit-prize">
            <PrizeBadge label={unitPrize.label} amount={unitPrize.amount} />
            <UnitCertificateLink trackId={trackId} unitId={unitId} size="sm" />
          </Group>
        )}
        {winners.map(({ entry, awards }) => (
          <Stack key={entry.id} gap={6} data-testid="my-prize">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {entry.title}
            </Text>
            <Group gap={6}>
              {awards.map((award) => (
                <PrizeBadge key={award.label} label={award.label} amount={award.amount} side={award.side} />
              ))}
            </Group>
            <Group>
              <CertificateLinks trackId={trackId} entryId={entry.id} authors={entry.authors} size="sm" />
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

/** One prize won, with its amount: a side prize lighter than a main one. */
function PrizeBadge({ label, amount, side = false }: { label: string; amount: number; side?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge
      color="orange"
      variant={side ? 'light' : 'filled'}
      tt="none"
      size="lg"
      styles={{ root: { maxWidth: '100%', height: 'auto' }, label: { whiteSpace: 'normal' } }}
    >
      {t('awards.mine.award', { label, amount: formatDong(amount, i18n.language) })}
    </Badge>
  );
}
