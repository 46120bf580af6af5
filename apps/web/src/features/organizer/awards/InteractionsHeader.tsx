import type { Stage, Track } from '@contest/contracts';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';
import { StagePhaseBadge } from '../judging/StagePhaseBadge';

/** Title of a stage's likes-and-shares page: the way back to the track, the stage, its results and the awards. */
export function InteractionsHeader({ stage, track }: { stage: Stage; track: Track }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Breadcrumbs
        styles={{ root: { flexWrap: 'wrap' }, breadcrumb: { whiteSpace: 'normal', lineHeight: 1.4 } }}
      >
        <Anchor component={Link} to={paths.clipTracks} size="sm">
          {t('judgingAdmin.nav.tracks')}
        </Anchor>
        <Anchor component={Link} to={paths.trackSettings(track.id)} size="sm">
          {track.title}
        </Anchor>
      </Breadcrumbs>
      <Title order={2}>{t('awards.interactions.title')}</Title>
      <Group gap="xs">
        <Text fw={500}>{stage.name}</Text>
        <StagePhaseBadge phase={stage.phase} />
        <Text size="sm" c="dimmed">
          {track.contestName}
        </Text>
      </Group>
      <Group gap={6}>
        <Button component={Link} to={paths.stageResults(stage.id)} size="compact-sm" variant="default">
          {t('judgingAdmin.nav.results')}
        </Button>
        <Button component={Link} to={paths.awards(track.id)} size="compact-sm" variant="default">
          {t('awards.links.awards')}
        </Button>
      </Group>
    </Stack>
  );
}
