import type { Entry } from '@contest/contracts';
import { AspectRatio, Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The clip played in the page, or for an entry sent as a link, a way to open it on its own site. */
export function EntryMedia({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (entry.videoUrl) {
    return (
      <AspectRatio
        ratio={16 / 9}
        bg="black"
        style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
      >
        <video
          controls
          preload="metadata"
          playsInline
          src={entry.videoUrl}
          poster={entry.thumbnailUrl ?? undefined}
          data-testid="sheet-video"
          style={{ width: '100%', height: '100%', objectFit: 'contain' }}
        >
          {t('judging.sheet.noVideoSupport')}
        </video>
      </AspectRatio>
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
