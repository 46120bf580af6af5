import { MAX_ATTACHMENTS, type Attachment, type Entry } from '@contest/contracts';
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FilePickButton } from '../entries/FilePickButton';
import { ATTACHMENT_ACCEPT, checkAttachment, type AttachmentProblem } from './attachment-check';
import { useAddAttachment, useRemoveAttachment } from './initiative-queries';

interface AttachmentsPanelProps {
  trackId: number;
  entry: Entry;
  maxMb: number;
  /** Which attachments the author may still remove (after sending: only those added in the open stage). */
  removable?(attachment: Attachment): boolean;
}

/** The initiative's documents and pictures: add one (checked here, then by its bytes on the server), see, remove. */
export function AttachmentsPanel({ trackId, entry, maxMb, removable = () => true }: AttachmentsPanelProps) {
  const { t, i18n } = useTranslation();
  const add = useAddAttachment(trackId, entry.id);
  const remove = useRemoveAttachment(trackId, entry.id);
  const [problem, setProblem] = useState<AttachmentProblem | null>(null);
  const attachments = entry.attachments;

  const pick = (file: File) => {
    remove.reset();
    const found = checkAttachment(file, maxMb, attachments.length);
    setProblem(found);
    if (found) {
      add.reset();
      return;
    }
    add.mutate(file);
  };

  return (
    <Stack gap="xs" data-testid="attachments">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('initiatives.attachments.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('initiatives.attachments.hint', { mb: maxMb, max: MAX_ATTACHMENTS })}
        </Text>
      </Stack>
      {attachments.length > 0 && (
        <Stack gap={4}>
          {attachments.map((a) => (
            <Card key={a.id} withBorder padding="xs" data-testid="attachment-row">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Stack gap={0} miw={0}>
                  <Anchor
                    href={a.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {a.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('initiatives.attachments.kindSize', {
                      kind: t(`initiatives.attachments.kind.${a.kind}`),
                      size: formatFileSize(a.bytes, i18n.language),
                    })}
                  </Text>
                </Stack>
                {removable(a) && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    loading={remove.isPending && remove.variables === a.id}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(a.id)}
                    aria-label={t('initiatives.attachments.removeNamed', { name: a.name })}
                    data-testid="attachment-remove"
                  >
                    {t('initiatives.attachments.remove')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {problem && (
        <Alert color="orange" variant="light" role="alert" data-testid="attachment-problem">
          {t(`initiatives.attachments.problem.${problem.kind}`, problem)}
        </Alert>
      )}
      {add.isError && <ErrorAlert error={add.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {add.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('initiatives.attachments.uploading', { name: add.variables?.name ?? '' })}</Text>
        </Group>
      ) : (
        attachments.length < MAX_ATTACHMENTS && (
          <FilePickButton
            accept={ATTACHMENT_ACCEPT}
            label={t('initiatives.attachments.pick')}
            variant="default"
            onPick={pick}
            testId="attachment-input"
          />
        )
      )}
    </Stack>
  );
}
