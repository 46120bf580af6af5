import type { RoundAdmin } from '@contest/contracts';
import { Button, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';

/** A round's own pages, each with a button beside the round. */
const ROUND_PAGES = [
  { page: 'dashboard', path: paths.roundDashboard },
  { page: 'overrides', path: paths.roundOverrides },
  { page: 'results', path: paths.roundResults },
] as const;

interface RoundActionsProps {
  round: RoundAdmin;
  onEdit: (round: RoundAdmin) => void;
  /** In a table row the buttons stay on one line; on a card they wrap. */
  wrap: boolean;
}

/** Edit the round, or open its dashboard, overrides or results. */
export function RoundActions({ round, onEdit, wrap }: RoundActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap={wrap ? 'wrap' : 'nowrap'}>
      <Tooltip
        label={t('organizer.roundEdit.locked')}
        disabled={round.status === 'upcoming'}
        multiline
        w={260}
      >
        <Button size="compact-sm" variant="default" onClick={() => onEdit(round)} data-testid="round-edit">
          {t('common.edit')}
        </Button>
      </Tooltip>
      {ROUND_PAGES.map(({ page, path }) => (
        <Button
          key={page}
          size="compact-sm"
          variant="light"
          component={Link}
          to={path(round.id)}
          data-testid={`round-${page}`}
        >
          {t(`organizer.rounds.${page}`)}
        </Button>
      ))}
    </Group>
  );
}
