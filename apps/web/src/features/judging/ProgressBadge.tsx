import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EntryProgress } from './judge-progress';

const COLORS = { todo: 'gray', started: 'yellow', done: 'teal', conflict: 'red' } as const;

export function ProgressBadge({ progress }: { progress: EntryProgress }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[progress]}
      variant={progress === 'done' ? 'filled' : 'light'}
      style={{ flexShrink: 0 }}
      data-progress={progress}
    >
      {t(`judging.progress.${progress}`)}
    </Badge>
  );
}
