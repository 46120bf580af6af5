import type { AttemptStatus } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR = { in_progress: 'gray', submitted: 'yellow', graded: 'teal' } as const;

export function AttemptStatusBadge({ status, testId }: { status: AttemptStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    // Never shrinks beside a long round name: a cut status ("ĐANG …") says nothing.
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ flexShrink: 0 }} data-testid={testId}>
      {t(`attemptStatus.${status}`)}
    </Badge>
  );
}
