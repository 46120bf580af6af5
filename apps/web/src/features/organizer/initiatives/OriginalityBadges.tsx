import type { Originality, OriginalityMatch } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const LEVEL_COLOR = { likely_duplicate: 'red', similar: 'orange' } as const;
const DECISION_COLOR = { unchecked: 'gray', original: 'green', duplicate: 'red' } as const;
const WRAPPING = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' as const } };

export function OriginalityLevelBadge({ level }: { level: OriginalityMatch['level'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={LEVEL_COLOR[level]}
      variant="light"
      tt="none"
      styles={WRAPPING}
      data-testid="originality-level"
    >
      {t(`initiativeAdmin.originality.level.${level}`)}
    </Badge>
  );
}

export function OriginalityDecisionBadge({ decision }: { decision: Originality['decision'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={DECISION_COLOR[decision]}
      variant={decision === 'unchecked' ? 'outline' : 'filled'}
      tt="none"
      styles={WRAPPING}
      data-testid="originality-decision"
      data-decision={decision}
    >
      {t(`initiativeAdmin.originality.decision.${decision}`)}
    </Badge>
  );
}
