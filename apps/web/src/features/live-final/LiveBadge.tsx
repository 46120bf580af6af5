import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether the page hears changes as they happen, or is catching up after a dropped line. */
export function LiveBadge({ live, refusal = null }: { live: boolean; refusal?: string | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={live ? 'teal' : 'orange'}
      variant={live ? 'dot' : 'light'}
      title={refusal ?? undefined}
      style={{ flexShrink: 0 }}
      aria-live="polite"
      data-testid="live-badge"
      data-live={live}
    >
      {t(live ? 'live.connection.live' : 'live.connection.reconnecting')}
    </Badge>
  );
}
