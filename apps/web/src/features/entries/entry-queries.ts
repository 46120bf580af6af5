import type { Entry, EntryInput, MyEntries } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { callApi, queryKeys } from '../../api';
import { isProcessing, withEntry } from './entry-state';

/** While the worker has a file, the entry is asked for again this often. */
const PROCESSING_POLL_MS = 2_000;

export function useMyEntries(trackId: number) {
  return useQuery({
    queryKey: queryKeys.myEntries(trackId),
    queryFn: ({ signal }) => callApi('myEntries', { params: { trackId }, signal }),
  });
}

/** Puts a fresher copy of one entry into the list, without fetching the whole call (rules and all) again. */
export function useStoreEntry(trackId: number) {
  const queryClient = useQueryClient();
  return useCallback(
    (entry: Entry) =>
      queryClient.setQueryData<MyEntries>(queryKeys.myEntries(trackId), (mine) =>
        mine ? withEntry(mine, entry) : mine,
      ),
    [queryClient, trackId],
  );
}

export function useRefreshMyEntries(trackId: number) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: queryKeys.myEntries(trackId) }),
    [queryClient, trackId],
  );
}

/**
 * Polls one entry (a small answer, for a slow line) every 2 s while its file is being processed,
 * and writes each answer into the list, so the card moves on the moment the worker is done.
 */
export function useProcessingPoll(trackId: number, entry: Entry) {
  const store = useStoreEntry(trackId);
  const processing = isProcessing(entry);
  useQuery({
    queryKey: queryKeys.entry(entry.id),
    queryFn: async ({ signal }) => {
      const fresh = await callApi('getEntry', { params: { entryId: entry.id }, signal });
      store(fresh);
      return fresh;
    },
    enabled: processing,
    refetchInterval: processing ? PROCESSING_POLL_MS : false,
    refetchIntervalInBackground: false,
  });
}

export type EntrySave =
  { kind: 'create'; body: EntryInput } | { kind: 'update'; entryId: number; body: EntryInput };

export function useSaveEntry(trackId: number) {
  const store = useStoreEntry(trackId);
  const refresh = useRefreshMyEntries(trackId);
  return useMutation({
    mutationFn: (save: EntrySave) =>
      save.kind === 'create'
        ? callApi('createEntry', { params: { trackId }, body: save.body })
        : callApi('updateEntry', { params: { entryId: save.entryId }, body: save.body }),
    onSuccess: (entry) => {
      store(entry);
      void refresh();
    },
  });
}

export function useWithdrawEntry(trackId: number) {
  const store = useStoreEntry(trackId);
  const refresh = useRefreshMyEntries(trackId);
  return useMutation({
    mutationFn: (entryId: number) => callApi('withdrawEntry', { params: { entryId } }),
    onSuccess: (entry) => {
      store(entry);
      void refresh();
    },
  });
}
