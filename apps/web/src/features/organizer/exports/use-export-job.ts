import type { ExportRequest } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { callApi, queryKeys } from '../../../api';
import { exportPollInterval } from './export-progress';

/** Starts an export job, then follows it every second until it is done or failed. */
export function useExportJob(request: ExportRequest) {
  const queryClient = useQueryClient();
  const [exportId, setExportId] = useState<number | null>(null);

  const start = useMutation({
    mutationFn: () => callApi('createExport', { body: request }),
    onSuccess: (job) => {
      queryClient.setQueryData(queryKeys.exportJob(job.id), job);
      void queryClient.invalidateQueries({ queryKey: queryKeys.exports, exact: true });
      setExportId(job.id);
    },
  });

  const job = useQuery({
    queryKey: queryKeys.exportJob(exportId ?? 0),
    queryFn: () => callApi('getExport', { params: { exportId: exportId ?? 0 } }),
    enabled: exportId !== null,
    refetchInterval: (query) => exportPollInterval(query.state.data),
  });

  return { start, job: exportId === null ? undefined : job.data, pollError: job.error };
}
