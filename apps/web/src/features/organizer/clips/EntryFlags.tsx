import type { ScreeningEntry } from '@contest/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatPercent } from '../../../lib/format';

const WRAPPING = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' as const } };

/** Signs of a duplicate: the same file bytes as another entry, or a nearly identical title. */
export function EntryFlags({ entry }: { entry: Pick<ScreeningEntry, 'sameFileAs' | 'similarTitleTo'> }) {
  const { t, i18n } = useTranslation();
  if (entry.sameFileAs.length === 0 && entry.similarTitleTo.length === 0) return null;
  return (
    <Group gap={6} data-testid="entry-flags">
      {entry.sameFileAs.map((id) => (
        <Badge
          key={`file-${id}`}
          color="red"
          variant="light"
          tt="none"
          size="md"
          styles={WRAPPING}
          data-testid="flag-same-file"
        >
          ⚠ {t('clipsAdmin.flags.sameFile', { id })}
        </Badge>
      ))}
      {entry.similarTitleTo.map(({ entryId, similarity }) => (
        <Badge
          key={`title-${entryId}`}
          color="orange"
          variant="light"
          tt="none"
          size="md"
          styles={WRAPPING}
          data-testid="flag-similar-title"
        >
          ⚠{' '}
          {t('clipsAdmin.flags.similarTitle', {
            id: entryId,
            similarity: formatPercent(similarity, i18n.language),
          })}
        </Badge>
      ))}
    </Group>
  );
}
