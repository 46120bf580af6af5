import type { TrackResults } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';

/** "Published at …" once frozen; until then "provisional" (a stage is still open) or "ready to publish". */
export function ResultsStatusBadge({
  results,
}: {
  results: Pick<TrackResults, 'provisional' | 'publishedAt'>;
}) {
  const { t, i18n } = useTranslation();
  if (results.publishedAt)
    return (
      <Badge color="teal" variant="light" size="lg" tt="none" data-testid="results-published">
        {t('awards.status.published', { time: formatDateTime(results.publishedAt, i18n.language) })}
      </Badge>
    );
  return (
    <Badge
      color={results.provisional ? 'orange' : 'blue'}
      variant="light"
      size="lg"
      tt="none"
      data-testid="results-provisional"
    >
      {t(results.provisional ? 'awards.status.provisional' : 'awards.status.final')}
    </Badge>
  );
}
