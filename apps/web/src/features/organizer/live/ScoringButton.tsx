import type { LiveSpot } from '@contest/contracts';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { scoringWindow, type ReceivedControl, type WindowState } from './live-control';
import { useScoringAction } from './use-live-actions';

const STATE_COLORS: Record<WindowState, string> = { not_opened: 'gray', open: 'teal', closed: 'orange' };

interface ScoringButtonProps {
  stageId: number;
  control: ReceivedControl;
  spot: LiveSpot;
  /** Show the window's state, and under it who has not scored yet. */
  withState?: boolean;
}

/** Opens or closes judges' scoring of one team's part, with its state beside the button. */
export function ScoringButton({ stageId, control, spot, withState = false }: ScoringButtonProps) {
  const { t } = useTranslation();
  const scoring = useScoringAction(stageId);
  const part = scoringWindow(control, spot);
  const open = part.state === 'open';
  // Closing on a judge who has not scored asks once more: their phone may still hold the points.
  const [armed, setArmed] = useState(false);
  const mustConfirm = open && part.missing.length > 0 && !armed;
  const click = () => {
    if (mustConfirm) return setArmed(true);
    setArmed(false);
    scoring.mutate({ ...spot, open: !open });
  };
  return (
    <>
      <Group gap="xs" wrap="wrap" align="center" preventGrowOverflow={false}>
        {withState && (
          <Badge color={STATE_COLORS[part.state]} variant="light" data-testid="live-window-state">
            {t(`live.control.window.${part.state}`)}
          </Badge>
        )}
        <Button
          size="xs"
          variant={open ? 'filled' : 'light'}
          color={open ? 'orange' : 'teal'}
          loading={scoring.isPending}
          onClick={click}
          data-testid={open ? 'live-close-scoring' : 'live-open-scoring'}
        >
          {open && armed && part.missing.length > 0
            ? t('live.control.window.closeAnyway', { count: part.missing.length })
            : t(
                open
                  ? 'live.control.window.doClose'
                  : part.state === 'closed'
                    ? 'live.control.window.doReopen'
                    : 'live.control.window.doOpen',
              )}
        </Button>
      </Group>
      {scoring.isError && <ErrorAlert error={scoring.error} />}
    </>
  );
}

/** Who has not scored a part yet, once it has been opened. */
export function MissingJudges({ control, spot }: { control: ReceivedControl; spot: LiveSpot }) {
  const { t } = useTranslation();
  const { state, missing: names } = scoringWindow(control, spot);
  if (state === 'not_opened') return null;
  return names.length === 0 ? (
    <Text size="sm" c="teal.8" data-testid="live-missing-none">
      {t('live.control.window.allScored')}
    </Text>
  ) : (
    <Text size="sm" c="orange.9" style={{ overflowWrap: 'anywhere' }} data-testid="live-missing">
      {t('live.control.window.missing', { count: names.length, names: names.join(', ') })}
    </Text>
  );
}
