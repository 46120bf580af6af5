import type { Track } from '@contest/contracts';
import { Anchor, Badge, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatDecimal } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { StageMembers } from '../initiatives/StageMembers';
import { LiveFinalBadge, StagePhaseBadge, TrackPhaseBadge } from './ClipBadges';
import { isScoredKind } from './stage-kind';
import { StageLinks, TrackLinks } from './TrackLinks';
import { TrackEntryCounts } from './TrackEntryCounts';

/** One call for entries in the list: its window, who sends, how many entries, and its judging stages. */
export function TrackCard({ track }: { track: Track }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="track-card" data-track-id={track.id}>
      <Stack gap="sm">
        {/* On a phone the badge drops below the title rather than squeezing it. */}
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Anchor component={Link} to={paths.trackSettings(track.id)} fw={700} size="lg">
              {track.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {track.contestName}
            </Text>
          </Stack>
          <Group gap={6}>
            {track.kind === 'initiative' && (
              <Badge color="grape" variant="light" data-testid="track-kind">
                {t('initiativeAdmin.kindBadge')}
              </Badge>
            )}
            <TrackPhaseBadge phase={track.phase} />
          </Group>
        </Group>
        <Stack gap={2}>
          <Text size="sm">
            {t('clipsAdmin.window', {
              opens: formatDateTime(track.opensAt, i18n.language),
              closes: formatDateTime(track.closesAt, i18n.language),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('clipsAdmin.list.rules', {
              submitter: t(`clipsAdmin.submitter.${track.submitter}`),
              count: track.entriesPerUnit,
            })}
          </Text>
        </Stack>
        <TrackEntryCounts trackId={track.id} />
        <TrackLinks track={track} />
        {track.stages.map((stage) => (
          <Stack key={stage.id} gap={6} data-testid="track-stage">
            <Divider />
            <Group justify="space-between" gap="xs">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={500}>{stage.name}</Text>
                  {isScoredKind(stage.kind) && <StagePhaseBadge phase={stage.phase} />}
                  {stage.kind === 'live_final' && <LiveFinalBadge />}
                  {track.kind === 'initiative' && <StageMembers stage={stage} />}
                </Group>
                <Text size="xs" c="dimmed">
                  {isScoredKind(stage.kind)
                    ? t('clipsAdmin.list.stageSummary', {
                        criteria: stage.criteria.length,
                        points: formatDecimal(stage.judgePoints, i18n.language),
                        method: t(`clipsAdmin.method.${stage.aggregation}.label`),
                      })
                    : stage.closesAt
                      ? t(`initiativeAdmin.list.closes.${stage.kind}`, {
                          at: formatDateTime(stage.closesAt, i18n.language),
                        })
                      : t(`initiativeAdmin.list.noClose.${stage.kind}`)}
                </Text>
              </Stack>
              {isScoredKind(stage.kind) && <StageLinks stage={stage} />}
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
