import type { Stage, Track } from '@contest/contracts';
import { Anchor, Box, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatDecimal } from '../../lib/format';
import { AdvancementNote } from '../../shared/Advancement';
import { paths } from '../../shared/paths';
import { EntryPrizeBadge } from './EntryPrizeBadge';
import { useStageAdvancement } from './gallery-queries';
import { groupByPrize } from './prize-groups';
import { PublishedStageLinks } from './PublishedStageLinks';
import { ResultsTable, type ResultRow } from './ResultsTable';
import { advancedFrom, publishedStages } from './track-status';

/**
 * After publishing: the winners first, prize by prize, then everyone, then the way to every judge's
 * points, and to the rankings of the stages published before this one.
 */
export function GalleryResults({
  rows,
  stage,
  track,
}: {
  rows: readonly ResultRow[];
  /** The stage the rows rank: the last one published. */
  stage: Stage;
  track: Pick<Track, 'stages'>;
}) {
  const { t, i18n } = useTranslation();
  const groups = groupByPrize(rows, stage.prizes);
  const advancement = useStageAdvancement(stage.id, advancedFrom(track, stage)).data ?? null;
  return (
    <Stack gap="md" data-testid="gallery-results">
      <Stack gap={2}>
        <Title order={3}>{t('gallery.results.title')}</Title>
        {stage.publishedAt && (
          <Text size="sm" c="dimmed">
            {t('gallery.results.publishedAt', {
              stage: stage.name,
              time: formatDateTime(stage.publishedAt, i18n.language),
            })}
          </Text>
        )}
      </Stack>
      {groups.length === 0 ? (
        <Text c="dimmed">{t('gallery.results.noWinners')}</Text>
      ) : (
        groups.map((group) => (
          <Stack key={group.label} gap="xs" data-testid="prize-group">
            <Group gap="xs" preventGrowOverflow={false}>
              <EntryPrizeBadge label={group.label} prizes={stage.prizes} />
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
              {group.winners.map((winner) => (
                <Card key={winner.entryId} withBorder padding="sm" data-testid="winner">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    {winner.thumbnailUrl ? (
                      <Image src={winner.thumbnailUrl} alt="" w={88} h={50} radius="sm" fit="cover" />
                    ) : (
                      <Box
                        w={88}
                        h={50}
                        bg="gray.2"
                        style={{ borderRadius: 'var(--mantine-radius-sm)', flexShrink: 0 }}
                      />
                    )}
                    <Stack gap={2} miw={0}>
                      <Text size="sm" fw={600} lineClamp={2}>
                        {winner.title}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {winner.unitName}
                      </Text>
                      <Text size="xs" fw={500}>
                        {t('gallery.results.totalValue', {
                          total: formatDecimal(winner.total, i18n.language),
                        })}
                      </Text>
                    </Stack>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
      <Stack gap="xs">
        <Title order={4}>{t('gallery.results.fullRanking')}</Title>
        {advancement && <AdvancementNote advancement={advancement} />}
        <ResultsTable
          rows={rows}
          prizes={stage.prizes}
          withVotes={stage.votePoints > 0}
          advancement={advancement}
        />
      </Stack>
      <Anchor component={Link} to={paths.galleryRanking(stage.id)} fw={500} data-testid="ranking-link">
        {t('gallery.results.traceLink')}
      </Anchor>
      <PublishedStageLinks stages={publishedStages(track)} currentId={stage.id} />
    </Stack>
  );
}
