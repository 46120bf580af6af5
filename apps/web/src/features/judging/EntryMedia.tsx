import type { Entry } from '@contest/contracts';
import { Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ClipVideo } from '../../shared/ClipVideo';
import { viewableMedia } from '../../shared/entry-media';

/** The clip played in the page, or for an entry sent as a link, a way to open it on its own site. */
export function EntryMedia({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { videoUrl, thumbnailUrl } = viewableMedia(entry);
  if (entry.status === 'withdrawn') {
    return (
      <Card withBorder padding="md" bg="gray.0" data-testid="sheet-withdrawn">
        <Text size="sm" c="dimmed">
          {t('judging.sheet.withdrawn')}
        </Text>
      </Card>
    );
  }
  if (videoUrl) {
    return (
      <ClipVideo
        src={videoUrl}
        poster={thumbnailUrl}
        width={entry.file?.width}
        height={entry.file?.height}
        label={entry.title}
        testId="sheet-video"
      >
        {t('judging.sheet.noVideoSupport')}
      </ClipVideo>
    );
  }
  if (entry.linkUrl) {
    return (
      <Card withBorder padding="md" bg="gray.0" data-testid="sheet-link">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('judging.sheet.linkIntro')}</Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {entry.linkUrl}
          </Text>
          <Button
            component="a"
            href={entry.linkUrl}
            target="_blank"
            rel="noopener noreferrer"
            variant="light"
          >
            {t('judging.sheet.openLink')}
          </Button>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder padding="md" bg="gray.0">
      <Text size="sm" c="dimmed">
        {t('judging.sheet.noMedia')}
      </Text>
    </Card>
  );
}
