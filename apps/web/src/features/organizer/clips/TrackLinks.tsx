import type { Stage, Track } from '@contest/contracts';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';

export type TrackPage = 'screening' | 'settings' | 'gallery' | 'quotas' | 'originality' | 'awards';

/** The ways from one track page to the others; the page itself is left out. */
export function TrackLinks({ track, except }: { track: Pick<Track, 'id' | 'kind'>; except?: TrackPage }) {
  const { t } = useTranslation();
  const initiative = track.kind === 'initiative';
  const links: { page: TrackPage; to: string; variant: string; label: string }[] = [
    ...(initiative
      ? [
          {
            page: 'quotas' as const,
            to: paths.quotas(track.id),
            variant: 'light',
            label: t('initiativeAdmin.links.quotas'),
          },
        ]
      : []),
    {
      page: 'screening',
      to: paths.screening(track.id),
      variant: 'light',
      label: t('clipsAdmin.links.screening'),
    },
    ...(initiative
      ? [
          {
            page: 'originality' as const,
            to: paths.originality(track.id),
            variant: 'light',
            label: t('initiativeAdmin.links.originality'),
          },
        ]
      : []),
    { page: 'awards', to: paths.awards(track.id), variant: 'light', label: t('awards.links.awards') },
    {
      page: 'settings',
      to: paths.trackSettings(track.id),
      variant: 'default',
      label: t('clipsAdmin.links.settings'),
    },
    { page: 'gallery', to: paths.gallery(track.id), variant: 'subtle', label: t('clipsAdmin.links.gallery') },
  ];
  return (
    <Group gap="xs">
      {links
        .filter((link) => link.page !== except)
        .map((link) => (
          <Button
            key={link.page}
            component={Link}
            to={link.to}
            variant={link.variant}
            size="xs"
            data-testid={`track-link-${link.page}`}
          >
            {link.label}
          </Button>
        ))}
    </Group>
  );
}

/**
 * A judging stage's own pages, built beside this console: who judges what, and the ranking; for a
 * live final its control screen first, since that is where the day is run.
 */
export function StageLinks({ stage }: { stage: Pick<Stage, 'id' | 'kind' | 'votePoints'> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {stage.kind === 'live_final' && (
        <Button
          component={Link}
          to={paths.liveControl(stage.id)}
          variant="filled"
          size="xs"
          data-testid="stage-link-live"
        >
          {t('clipsAdmin.links.live')}
        </Button>
      )}
      <Button component={Link} to={paths.assignments(stage.id)} variant="light" size="xs">
        {t('clipsAdmin.links.assignments')}
      </Button>
      <Button component={Link} to={paths.stageResults(stage.id)} variant="default" size="xs">
        {t('clipsAdmin.links.results')}
      </Button>
      {/* Public points may come from likes and shares typed in rather than the gallery's votes. */}
      {stage.votePoints > 0 && (
        <Button
          component={Link}
          to={paths.interactions(stage.id)}
          variant="subtle"
          size="xs"
          data-testid="stage-link-interactions"
        >
          {t('awards.links.interactions')}
        </Button>
      )}
    </Group>
  );
}
