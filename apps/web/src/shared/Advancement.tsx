import type { StageResults } from '@contest/contracts';
import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { roundOf } from './stage-round';

type Advancement = NonNullable<StageResults['advancement']>;

/** Once, above a ranking: how many went on to the next stage, and the rule that took them. */
export function AdvancementNote({ advancement }: { advancement: Advancement }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      title={t('advancement.note', {
        count: advancement.entryIds.length,
        round: roundOf(t, advancement.nextStage.name),
      })}
      data-testid="advancement-note"
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('advancement.rule', { reason: advancement.reason })}
      </Text>
    </Alert>
  );
}

/** On an entry of the ranking that went on: "Vào vòng «Chung khảo»". */
export function AdvancedBadge({ nextStageName }: { nextStageName: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="teal"
      variant="filled"
      tt="none"
      h="auto"
      py={2}
      maw="100%"
      styles={{ label: { whiteSpace: 'normal' } }}
      data-testid="advanced-badge"
    >
      {t('advancement.badge', { round: roundOf(t, nextStageName) })}
    </Badge>
  );
}

/** The entries that went on, for marking rows: empty while nothing has advanced. */
export const advancedIds = (advancement: StageResults['advancement']): ReadonlySet<number> =>
  new Set(advancement?.entryIds ?? []);
