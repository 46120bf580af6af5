import type { Entry } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { roundOf } from '../../shared/stage-round';
import { STATE_COLOR, initiativeState } from './initiative-state';

/** Where the initiative stands, in a word: draft, with the unit, returned, forwarded, in a stage… */
export function InitiativeStateBadge({
  entry,
}: {
  entry: Pick<Entry, 'status' | 'screening' | 'screeningReason' | 'unitReview' | 'journey'>;
}) {
  const { t } = useTranslation();
  const state = initiativeState(entry);
  const round = state.kind === 'inStage' || state.kind === 'stopped' ? roundOf(t, state.stageName) : '';
  return (
    <Badge
      color={STATE_COLOR[state.kind]}
      variant={state.kind === 'rejected' || state.kind === 'returned' ? 'filled' : 'light'}
      h="auto"
      py={2}
      maw="100%"
      styles={{ label: { textTransform: 'none', whiteSpace: 'normal', overflow: 'visible' } }}
      data-testid="initiative-state"
      data-state={state.kind}
    >
      {t(`initiatives.state.${state.kind}`, { round })}
    </Badge>
  );
}
