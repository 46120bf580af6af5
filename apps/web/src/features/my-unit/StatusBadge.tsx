import type { PersonStatus } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const STATUS_COLOR: Record<PersonStatus, string> = {
  taken_part: 'teal',
  in_progress: 'blue',
  not_yet: 'gray',
};

export function PersonStatusBadge({ status }: { status: PersonStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`myUnit.status.${status}`)}
    </Badge>
  );
}
