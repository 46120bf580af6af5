import type { Entry, Track } from '@contest/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from './ConfirmModal';
import { EntryBadges } from './EntryBadges';
import { EntryDetails } from './EntryDetails';
import { EntryForm } from './EntryForm';
import { EntryMedia } from './EntryMedia';
import { useProcessingPoll, useRefreshMyEntries, useWithdrawEntry } from './entry-queries';
import { isEditable, isProcessing, mayUploadFile } from './entry-state';
import { holdsUpload } from './entry-upload-session';
import { EntryUploader } from './EntryUploader';
import { FileRefusal } from './FileRefusal';
import { ScreeningRejected } from './ScreeningRejected';
import { useEntryUpload } from './use-entry-upload';

interface EntryCardProps {
  track: Track;
  entry: Entry;
  initialFile: File | null;
  onInitialFileTaken(): void;
}

/** One entry of the unit: where it stands, its video, and (while the window is open) edit, file and withdraw. */
export function EntryCard({ track, entry, initialFile, onInitialFileTaken }: EntryCardProps) {
  const { t, i18n } = useTranslation();
  useProcessingPoll(track.id, entry);
  const refresh = useRefreshMyEntries(track.id);
  const filesMark = `${entry.file?.id}:${entry.pendingFile?.id}:${entry.pendingFile?.status}`;
  const upload = useEntryUpload(entry.id, track, filesMark, () => void refresh());
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useWithdrawEntry(track.id);
  const editable = isEditable(track, entry);
  // An upload under way stays on screen whatever the entry's state says meanwhile.
  const uploads = mayUploadFile(track, entry) || holdsUpload(upload.view.phase);
  const withdrawn = entry.status === 'withdrawn';

  const confirmWithdraw = () =>
    withdraw.mutate(entry.id, {
      onSuccess: () => {
        setWithdrawing(false);
        notifications.show({ color: 'teal', message: t('entries.withdraw.done', { title: entry.title }) });
      },
    });

  return (
    <Card
      withBorder
      padding={withdrawn ? 'sm' : 'md'}
      data-testid={`entry-${entry.id}`}
      data-status={entry.status}
      style={withdrawn ? { opacity: 0.75 } : undefined}
    >
      <Stack gap="sm">
        <Stack gap={6}>
          <Title
            order={3}
            size={withdrawn ? 'h5' : 'h4'}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="entry-title-text"
          >
            {entry.title}
          </Title>
          <EntryBadges entry={entry} />
          {entry.submittedAt && !withdrawn && (
            <Text size="xs" c="dimmed">
              {t('entries.details.submittedAt', { at: formatDateTime(entry.submittedAt, i18n.language) })}
            </Text>
          )}
        </Stack>

        {entry.screening === 'rejected' && entry.status === 'submitted' && (
          <ScreeningRejected reason={entry.screeningReason} editable={editable} />
        )}

        {/* A withdrawn entry stays as a one-line record. */}
        {editing ? (
          <EntryForm
            track={track}
            entry={entry}
            onCancel={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
        ) : (
          !withdrawn && <EntryDetails entry={entry} />
        )}

        {!withdrawn && <EntryMedia entry={entry} editable={editable} />}

        {uploads && (
          <EntryUploader
            track={track}
            entry={entry}
            upload={upload}
            initialFile={initialFile}
            onInitialFileTaken={onInitialFileTaken}
          />
        )}
        {!uploads && !withdrawn && !isProcessing(entry) && entry.pendingFile?.status === 'failed' && (
          <FileRefusal
            file={entry.pendingFile}
            maxDurationSeconds={track.maxDurationSeconds}
            keepsEarlier={entry.file !== null}
            editable={false}
          />
        )}

        {withdrawn && (
          <Text size="sm" c="dimmed">
            {t('entries.withdraw.withdrawnNote')}
          </Text>
        )}

        {editable && !editing && (
          <Group gap="xs" grow preventGrowOverflow={false}>
            <Button variant="light" onClick={() => setEditing(true)} data-testid="entry-edit">
              {t('entries.actions.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              onClick={() => setWithdrawing(true)}
              data-testid="entry-withdraw"
            >
              {t('entries.actions.withdraw')}
            </Button>
          </Group>
        )}
      </Stack>

      <ConfirmModal
        opened={withdrawing}
        title={t('entries.withdraw.title')}
        keepLabel={t('entries.withdraw.keep')}
        confirmLabel={t('entries.withdraw.confirm')}
        busy={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          setWithdrawing(false);
          withdraw.reset();
        }}
        onConfirm={confirmWithdraw}
        testId="entry-withdraw-confirm"
      >
        {t('entries.withdraw.body', { title: entry.title })}
      </ConfirmModal>
    </Card>
  );
}
