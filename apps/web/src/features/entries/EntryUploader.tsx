import type { Entry, Track } from '@contest/contracts';
import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ConfirmModal } from './ConfirmModal';
import { acceptFor, formatList } from './file-check';
import { FilePickButton } from './FilePickButton';
import { FileProblemAlert } from './FileProblemAlert';
import { FileRefusal } from './FileRefusal';
import { UploadProgress } from './UploadProgress';
import { useDurationText } from './use-duration-text';
import type { EntryUpload } from './use-entry-upload';
import { useInterruptedUpload } from './use-interrupted-upload';

interface EntryUploaderProps {
  track: Track;
  entry: Entry;
  /** The card's upload session: it outlives this view, so a passing state of the entry cannot stop it. */
  upload: EntryUpload;
  /** A file chosen in the new-entry form, to send as soon as the entry exists. */
  initialFile: File | null;
  onInitialFileTaken(): void;
}

/** Choosing the entry's file (or a replacement), checking it, and sending it with a visible, resumable progress. */
export function EntryUploader({ track, entry, upload, initialFile, onInitialFileTaken }: EntryUploaderProps) {
  const { t, i18n } = useTranslation();
  const duration = useDurationText();
  const { view, session } = upload;
  const interrupted = useInterruptedUpload(entry, view.phase === 'idle');
  const [confirmingCancel, setConfirmingCancel] = useState(false);

  const takeInitialFile = useEffectEvent((file: File) => {
    onInitialFileTaken();
    void session.start(file);
  });
  useEffect(() => {
    if (initialFile) takeInitialFile(initialFile);
  }, [initialFile]);

  const pick = (file: File) => void session.start(file);
  const cancel = () => {
    setConfirmingCancel(false);
    void session.cancel();
  };
  const size = (bytes: number) => formatFileSize(bytes, i18n.language);
  const accept = acceptFor(track.formats);
  const limits = t('entries.upload.limits', {
    formats: formatList(track.formats),
    mb: track.maxMegabytes,
    duration: duration(track.maxDurationSeconds),
  });
  const inFlight = view.phase === 'uploading' || view.phase === 'paused' || view.phase === 'reconnecting';
  // Refused by the api, or broken before it began: the way on is choosing a file again.
  const mustPickAgain = view.phase === 'failed' && !view.resumable;

  return (
    <Stack gap="xs" data-testid="entry-uploader">
      {view.phase === 'checking' && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('entries.upload.checking', { name: view.fileName ?? '' })}</Text>
        </Group>
      )}

      {(inFlight || (view.phase === 'failed' && view.resumable)) && (
        <UploadProgress
          view={view}
          onPause={() => session.pause()}
          onResume={session.resume}
          onCancel={() => setConfirmingCancel(true)}
        />
      )}

      {view.phase === 'failed' && view.error && <ErrorAlert error={view.error} />}

      {view.phase === 'done' && (
        <Alert color="teal" variant="light" role="status" data-testid="upload-done">
          {t('entries.upload.done')}
        </Alert>
      )}

      {(view.phase === 'idle' || mustPickAgain) && (
        <>
          {view.problem && <FileProblemAlert problem={view.problem} />}
          {entry.pendingFile?.status === 'failed' && !view.problem && !mustPickAgain && (
            <FileRefusal
              file={entry.pendingFile}
              maxDurationSeconds={track.maxDurationSeconds}
              keepsEarlier={entry.file !== null}
              editable
            />
          )}
          {interrupted && (
            <Alert color="yellow" variant="light" role="status" data-testid="upload-interrupted">
              {interrupted.sentRatio !== null
                ? t('entries.upload.interruptedAt', {
                    name: interrupted.fileName,
                    size: size(interrupted.bytes),
                    percent: Math.floor(interrupted.sentRatio * 100),
                  })
                : t('entries.upload.interrupted', {
                    name: interrupted.fileName,
                    size: size(interrupted.bytes),
                  })}
            </Alert>
          )}
          <FilePickButton
            accept={accept}
            label={t(
              interrupted
                ? 'entries.upload.pickAgain'
                : entry.file || view.problem || mustPickAgain || entry.pendingFile
                  ? 'entries.upload.pickOther'
                  : 'entries.upload.pick',
            )}
            variant={entry.file ? 'default' : 'filled'}
            fullWidth
            onPick={pick}
            testId="entry-file-input"
          />
          <Text size="xs" c="dimmed">
            {limits}
          </Text>
          {entry.file && (
            <Text size="xs" c="dimmed">
              {t('entries.upload.replaceHint')}
            </Text>
          )}
        </>
      )}

      <ConfirmModal
        opened={confirmingCancel}
        title={t('entries.upload.cancelTitle')}
        keepLabel={t('entries.upload.cancelKeep')}
        confirmLabel={t('entries.upload.cancelConfirm')}
        onClose={() => setConfirmingCancel(false)}
        onConfirm={cancel}
        testId="upload-cancel-confirm"
      >
        {t('entries.upload.cancelBody', { size: size(view.sent) })}
      </ConfirmModal>
    </Stack>
  );
}
