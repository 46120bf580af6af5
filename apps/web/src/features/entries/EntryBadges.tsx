import type { Entry } from '@contest/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SCREENING_COLOR, STATUS_COLOR } from './entry-state';

/** Where the entry stands: sent or not, and, once sent, what screening made of it. */
export function EntryBadges({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={STATUS_COLOR[entry.status]} variant="light" data-testid="entry-status">
        {t(`entries.status.${entry.status}`)}
      </Badge>
      {entry.status === 'submitted' && (
        <Badge
          color={SCREENING_COLOR[entry.screening]}
          variant={entry.screening === 'rejected' ? 'filled' : 'light'}
          data-testid="entry-screening"
          data-screening={entry.screening}
        >
          {t(`entries.screening.${entry.screening}`)}
        </Badge>
      )}
    </Group>
  );
}
