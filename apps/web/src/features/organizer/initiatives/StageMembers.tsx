import type { Stage } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';

/** How many entries a stage holds now. */
export function StageMembers({ stage }: { stage: Pick<Stage, 'members'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge color="gray" variant="outline" tt="none" data-testid="stage-members">
      {t('initiativeAdmin.stage.members', {
        count: stage.members,
        shown: formatNumber(stage.members, i18n.language),
      })}
    </Badge>
  );
}
