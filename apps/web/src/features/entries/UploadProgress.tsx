import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../lib/format';
import type { UploadView } from './entry-upload-session';
import { percentSent, roughTimeLeft, secondsLeft } from './upload-stats';

interface UploadProgressProps {
  view: UploadView;
  onPause(): void;
  onResume(): void;
  onCancel(): void;
}

/** Percent, megabytes, speed and time left of a running upload, with pause, resume and cancel. */
export function UploadProgress({ view, onPause, onResume, onCancel }: UploadProgressProps) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) => formatFileSize(bytes, i18n.language);
  const percent = percentSent(view.sent, view.total);
  const running = view.phase === 'uploading';
  const left = running ? secondsLeft(view.sent, view.total, view.bytesPerSecond) : null;
  const rough = left === null ? null : roughTimeLeft(left);

  const stats = [
    t('entries.upload.bytes', { sent: size(view.sent), total: size(view.total) }),
    running && view.bytesPerSecond !== null
      ? t('entries.upload.speed', { speed: size(view.bytesPerSecond) })
      : null,
    rough ? t(`entries.upload.timeLeft.${rough.unit}`, rough) : null,
  ].filter(Boolean);

  return (
    <Stack gap={6} data-testid="upload-progress" data-phase={view.phase}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} truncate="end" miw={0}>
          {view.fileName}
        </Text>
        <Text
          size="sm"
          fw={700}
          style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}
          data-testid="upload-percent"
        >
          {t('entries.upload.percent', { percent })}
        </Text>
      </Group>
      <Progress
        value={percent}
        size="lg"
        radius="sm"
        striped={running}
        animated={running}
        color={view.phase === 'reconnecting' ? 'yellow' : view.phase === 'paused' ? 'gray' : 'blue'}
        aria-label={t('entries.upload.progressLabel', { percent })}
      />
      <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="upload-stats">
        {stats.join(' · ')}
      </Text>
      {view.resumedFrom !== null && (
        <Text size="sm" c="teal.8" fw={500} data-testid="upload-resumed">
          {t('entries.upload.resumedFrom', { percent: Math.floor(view.resumedFrom * 100) })}
        </Text>
      )}
      {view.phase === 'paused' && (
        <Text size="sm" c="dimmed">
          {t('entries.upload.paused')}
        </Text>
      )}
      {view.phase === 'reconnecting' && (
        <Text size="sm" c="yellow.9" fw={500} aria-live="polite" data-testid="upload-reconnecting">
          {t('entries.upload.reconnecting')}
        </Text>
      )}
      <Group gap="xs" grow preventGrowOverflow={false}>
        {running ? (
          <Button variant="default" onClick={onPause} data-testid="upload-pause">
            {t('entries.upload.pause')}
          </Button>
        ) : (
          <Button variant="light" onClick={onResume} data-testid="upload-resume">
            {t(view.phase === 'reconnecting' ? 'entries.upload.retryNow' : 'entries.upload.resume')}
          </Button>
        )}
        <Button variant="subtle" color="red" onClick={onCancel} data-testid="upload-cancel">
          {t('entries.upload.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
