import type { Stage, Track } from '@contest/contracts';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';
import { StagePhaseBadge } from './StagePhaseBadge';

type StagePage = 'assignments' | 'results' | 'live';

/** Title of a judging stage's page: the track as the way back, the stage and its phase, its sibling pages. */
export function StageHeader({
  title,
  stage,
  track,
  current,
}: {
  title: string;
  stage: Stage | undefined;
  track: Pick<Track, 'id' | 'title' | 'contestName'> | undefined;
  current: StagePage;
}) {
  const { t } = useTranslation();
  const links = stage
    ? [
        { key: 'settings', to: paths.trackSettings(stage.trackId), label: t('judgingAdmin.nav.settings') },
        { key: 'screening', to: paths.screening(stage.trackId), label: t('judgingAdmin.nav.screening') },
        { key: 'assignments', to: paths.assignments(stage.id), label: t('judgingAdmin.nav.assignments') },
        { key: 'results', to: paths.stageResults(stage.id), label: t('judgingAdmin.nav.results') },
        ...(stage.kind === 'live_final'
          ? [{ key: 'live', to: paths.liveControl(stage.id), label: t('judgingAdmin.nav.live') }]
          : []),
      ]
    : [];
  return (
    <Stack gap={6}>
      {/* A track's title can be longer than a phone is wide: let it wrap. */}
      <Breadcrumbs
        styles={{ root: { flexWrap: 'wrap' }, breadcrumb: { whiteSpace: 'normal', lineHeight: 1.4 } }}
      >
        <Anchor component={Link} to={paths.clipTracks} size="sm">
          {t('judgingAdmin.nav.tracks')}
        </Anchor>
        {track && (
          <Anchor component={Link} to={paths.trackSettings(track.id)} size="sm">
            {track.title}
          </Anchor>
        )}
      </Breadcrumbs>
      <Title order={2}>{title}</Title>
      {stage && (
        <Group gap="xs">
          <Text fw={500}>{stage.name}</Text>
          <StagePhaseBadge phase={stage.phase} />
          {track && (
            <Text size="sm" c="dimmed">
              {track.contestName}
            </Text>
          )}
        </Group>
      )}
      {links.length > 0 && (
        <Group gap={6} component="nav" aria-label={t('judgingAdmin.nav.label')}>
          {links.map((link) => (
            <Button
              key={link.key}
              component={Link}
              to={link.to}
              size="compact-sm"
              variant={link.key === current ? 'filled' : 'default'}
              aria-current={link.key === current ? 'page' : undefined}
            >
              {link.label}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
