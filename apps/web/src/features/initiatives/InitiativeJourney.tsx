import type { Entry } from '@contest/contracts';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { roundOf } from '../../shared/stage-round';
import { journeySteps, type JourneyStep } from './initiative-state';

const STEP_KEY = {
  in: 'initiatives.journey.in',
  left: 'initiatives.journey.left',
  notIn: 'initiatives.journey.notIn',
} as const satisfies Record<Exclude<JourneyStep, 'passed'>, string>;

/**
 * Every move of the initiative, in the order it happened (sent, returned, sent again, forwarded,
 * accepted, advanced or not), and why: how its author learns it went on, or did not. A stage it
 * was held out of reads "not into", one it was in and left "left".
 */
export function InitiativeJourney({ journey }: { journey: Entry['journey'] }) {
  const { t, i18n } = useTranslation();
  const steps = journeySteps(journey);
  const shown = journey.flatMap((move, i) => {
    const step = steps[i];
    return step === 'passed' ? [] : [{ move, step }];
  });
  if (shown.length === 0) return null;
  return (
    <Timeline
      active={shown.length - 1}
      bulletSize={14}
      lineWidth={2}
      color="teal"
      aria-label={t('initiatives.journey.title')}
      data-testid="initiative-journey"
    >
      {shown.map(({ move, step }, i) => (
        <Timeline.Item
          key={`${i}-${move.stageId}-${move.movedAt}`}
          color={move.state === 'in' ? 'teal' : step === 'notIn' ? 'gray' : 'red'}
          title={
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t(STEP_KEY[step], { round: roundOf(t, move.stageName) })}
            </Text>
          }
          data-state={move.state}
          data-step={step}
        >
          {move.reason && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {move.reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(move.movedAt, i18n.language)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
