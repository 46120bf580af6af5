import type { Attachment } from '@contest/contracts';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../lib/format';

/** The attachments as links that open (pictures) or download (documents) them, with kind and size. */
export function AttachmentLinks({ attachments }: { attachments: readonly Attachment[] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('initiatives.attachments.none')}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="attachment-links">
      {attachments.map((a) => (
        <Group key={a.id} gap={6} wrap="nowrap" align="baseline">
          <Anchor
            href={a.url}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            style={{ overflowWrap: 'anywhere', minWidth: 0 }}
            data-testid="attachment-link"
          >
            {a.name}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('initiatives.attachments.kindSize', {
              kind: t(`initiatives.attachments.kind.${a.kind}`),
              size: formatFileSize(a.bytes, i18n.language),
            })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
