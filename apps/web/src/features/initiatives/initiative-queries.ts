import type { Attachment, Entry, MyEntries, UnitInbox, UnitReviewDecision } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { callApi, queryKeys, uploadFile } from '../../api';
import { useStoreEntry } from '../entries/entry-queries';

export function useSendInitiative(trackId: number) {
  const store = useStoreEntry(trackId);
  return useMutation({
    mutationFn: (entryId: number) => callApi('sendInitiative', { params: { entryId } }),
    onSuccess: store,
  });
}

/** The entry in the author's list with one attachment more, or one fewer. */
function useStoreAttachments(trackId: number) {
  const queryClient = useQueryClient();
  return useCallback(
    (entryId: number, change: (items: Attachment[]) => Attachment[]) =>
      queryClient.setQueryData<MyEntries>(queryKeys.myEntries(trackId), (mine) =>
        mine
          ? {
              ...mine,
              items: mine.items.map((e) =>
                e.id === entryId ? { ...e, attachments: change(e.attachments) } : e,
              ),
            }
          : mine,
      ),
    [queryClient, trackId],
  );
}

/** A file goes up as the request's raw body; the server reads its kind from its bytes. */
export function useAddAttachment(trackId: number, entryId: number) {
  const storeAttachments = useStoreAttachments(trackId);
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile('addAttachment', { params: { entryId }, query: { name: file.name }, file }),
    onSuccess: (added) => storeAttachments(entryId, (items) => [...items, added]),
  });
}

export function useRemoveAttachment(trackId: number, entryId: number) {
  const storeAttachments = useStoreAttachments(trackId);
  return useMutation({
    mutationFn: (attachmentId: number) => callApi('removeAttachment', { params: { attachmentId } }),
    onSuccess: (_nothing, attachmentId) =>
      storeAttachments(entryId, (items) => items.filter((a) => a.id !== attachmentId)),
  });
}

// ---- The unit admin's inbox ----

export function useUnitInbox(trackId: number) {
  return useQuery({
    queryKey: queryKeys.unitInbox(trackId),
    queryFn: ({ signal }) => callApi('unitInbox', { params: { trackId }, signal }),
  });
}

/** The inbox with one entry as the server now has it; the forwarded count moves with it. */
export function withReviewed(inbox: UnitInbox, entry: Entry): UnitInbox {
  const items = inbox.items.map((e) => (e.id === entry.id ? { ...e, ...entry } : e));
  return { ...inbox, items, forwarded: items.filter((e) => e.unitReview?.state === 'forwarded').length };
}

export function useUnitReview(trackId: number, entryId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: UnitReviewDecision) =>
      callApi('unitReview', { params: { entryId }, body: decision }),
    onSuccess: (entry) => {
      queryClient.setQueryData<UnitInbox>(queryKeys.unitInbox(trackId), (inbox) =>
        inbox ? withReviewed(inbox, entry) : inbox,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.unitInbox(trackId) });
    },
  });
}
