import type { ExportJob } from '@contest/contracts';
import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl } from '../../../api';
import { formatFileSize } from '../../../lib/format';
import { exportPercent } from './export-progress';

/** A job's progress bar, then its download link (or why it failed). */
export function ExportStatus({ job }: { job: ExportJob }) {
  const { t, i18n } = useTranslation();
  if (job.status === 'done') {
    return (
      <Group gap="xs">
        <Anchor
          href={routeUrl('downloadExport', { params: { exportId: job.id } })}
          download={job.fileName}
          size="sm"
          data-testid="export-download"
        >
          {t('organizer.exports.download', { file: job.fileName })}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('organizer.exports.rowsAndSize', {
            rows: job.rows,
            size: formatFileSize(job.byteSize, i18n.language),
          })}
        </Text>
      </Group>
    );
  }
  if (job.status === 'failed') {
    return (
      <Text size="sm" c="red" role="alert">
        {job.error ?? t('organizer.exports.failed')}
      </Text>
    );
  }
  const percent = exportPercent(job);
  return (
    <Stack gap={2}>
      <Progress value={percent} striped animated size="md" aria-label={t('organizer.exports.progress')} />
      <Text size="xs" c="dimmed">
        {t(`organizer.exports.status.${job.status}`)} · {percent}%
      </Text>
    </Stack>
  );
}
