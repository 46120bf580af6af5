import type { Entry } from '@contest/contracts';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';

/**
 * Each stage the initiative reached or left, and why, in stage order: how its author learns it
 * went on, or did not (the reason is the one recorded when it moved).
 */
export function InitiativeJourney({ journey }: { journey: Entry['journey'] }) {
  const { t, i18n } = useTranslation();
  if (journey.length === 0) return null;
  return (
    <Timeline
      active={journey.length - 1}
      bulletSize={14}
      lineWidth={2}
      color="teal"
      aria-label={t('initiatives.journey.title')}
      data-testid="initiative-journey"
    >
      {journey.map((step) => (
        <Timeline.Item
          key={`${step.stageId}-${step.movedAt}`}
          color={step.state === 'in' ? 'teal' : 'red'}
          title={
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t(step.state === 'in' ? 'initiatives.journey.in' : 'initiatives.journey.out', {
                stage: step.stageName,
              })}
            </Text>
          }
          data-state={step.state}
        >
          {step.reason && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {step.reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(step.movedAt, i18n.language)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
