import type { Entry } from '@contest/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { InitiativeBadges, InitiativeText } from './InitiativeText';
import { InitiativeVideoPlayer } from './InitiativeVideoPlayer';

/**
 * An initiative as a judge reads it beside the rubric: title, unit, area and form, the authors'
 * names (the server sends no contacts to judges), the video if any, every part, the attachments.
 */
export function InitiativeSheetEntry({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const details = entry.initiative;
  if (!details) return null;
  return (
    <Stack gap="md" data-testid="sheet-initiative">
      <Stack gap={6}>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }} data-testid="sheet-title">
          {entry.title}
        </Title>
        <Text size="sm" fw={500}>
          {entry.unitName}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="sheet-authors">
          {t('judging.sheet.authors', { names: details.authors.map((a) => a.name).join(', ') })}
        </Text>
        <InitiativeBadges details={details} />
      </Stack>
      {entry.status === 'withdrawn' ? (
        <Text size="sm" c="dimmed">
          {t('initiatives.judge.withdrawn')}
        </Text>
      ) : (
        <>
          <InitiativeVideoPlayer entry={entry} />
          {details.form === 'video' && !entry.videoUrl && (
            <Text size="sm" c="dimmed">
              {t('initiatives.judge.noVideo')}
            </Text>
          )}
          <InitiativeText entry={entry} withAuthors={false} />
        </>
      )}
    </Stack>
  );
}
