import type { ExportRequest } from '@contest/contracts';
import { Button, Stack } from '@mantine/core';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { isExportFinished } from './export-progress';
import { ExportStatus } from './ExportStatus';
import { useExportJob } from './use-export-job';

interface ExportButtonProps {
  request: ExportRequest;
  label: string;
  testId?: string;
}

/** One report: a button that starts the export, its progress, and the file once it is ready. */
export function ExportButton({ request, label, testId }: ExportButtonProps) {
  const { start, job, pollError } = useExportJob(request);
  const running = start.isPending || (job !== undefined && !isExportFinished(job.status));
  return (
    <Stack gap={6}>
      <Button variant="light" loading={running} onClick={() => start.mutate()} data-testid={testId}>
        {label}
      </Button>
      {start.isError && <ErrorAlert error={start.error} />}
      {pollError && <ErrorAlert error={pollError} />}
      {job && <ExportStatus job={job} />}
    </Stack>
  );
}
