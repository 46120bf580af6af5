import type { Stage, Track } from '@contest/contracts';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';

type TrackPage = 'screening' | 'settings' | 'gallery';

/** The ways from one track page to the others; the page itself is left out. */
export function TrackLinks({ track, except }: { track: Pick<Track, 'id'>; except?: TrackPage }) {
  const { t } = useTranslation();
  const links: { page: TrackPage; to: string; variant: string }[] = [
    { page: 'screening', to: paths.screening(track.id), variant: 'light' },
    { page: 'settings', to: paths.trackSettings(track.id), variant: 'default' },
    { page: 'gallery', to: paths.gallery(track.id), variant: 'subtle' },
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
            {t(`clipsAdmin.links.${link.page}`)}
          </Button>
        ))}
    </Group>
  );
}

/** A judging stage's own pages, built beside this console: who judges what, and the ranking. */
export function StageLinks({ stage }: { stage: Pick<Stage, 'id'> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button component={Link} to={paths.assignments(stage.id)} variant="light" size="xs">
        {t('clipsAdmin.links.assignments')}
      </Button>
      <Button component={Link} to={paths.stageResults(stage.id)} variant="default" size="xs">
        {t('clipsAdmin.links.results')}
      </Button>
    </Group>
  );
}
