import type { Originality, OriginalityMatch } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { originalityStatus, type OriginalityStatus } from './originality-view';

const LEVEL_COLOR = { likely_duplicate: 'red', similar: 'orange' } as const;
const STATUS_COLOR: Record<OriginalityStatus, string> = {
  to_decide: 'orange',
  no_match: 'gray',
  original: 'green',
  duplicate: 'red',
};
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

/**
 * The decision, or "to decide" for an undecided initiative something came near (those the "to
 * decide" filter counts), or "nothing near" for one with nothing to compare.
 */
export function OriginalityDecisionBadge({
  decision,
  hasMatch,
}: {
  decision: Originality['decision'];
  hasMatch: boolean;
}) {
  const { t } = useTranslation();
  const status = originalityStatus(decision, hasMatch);
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'to_decide' ? 'outline' : status === 'no_match' ? 'light' : 'filled'}
      tt="none"
      styles={WRAPPING}
      data-testid="originality-decision"
      data-decision={decision}
      data-status={status}
    >
      {t(`initiativeAdmin.originality.status.${status}`)}
    </Badge>
  );
}
