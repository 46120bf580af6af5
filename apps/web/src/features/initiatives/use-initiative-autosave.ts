import type { Entry, Track } from '@contest/contracts';
import { useEffect, useRef, useState } from 'react';

import { callApi, isTransientError } from '../../api';
import { useStoreEntry } from '../entries/entry-queries';
import { DraftAutosaver, type DraftSaveState } from './draft-autosaver';
import { savedKeyOf, type InitiativeFormValues, type InitiativeTrack } from './initiative-form';

interface AutosaveOptions {
  track: InitiativeTrack & Pick<Track, 'id'>;
  /** The draft being edited; null for a new one, which its first save creates. */
  entry: Entry | null;
  values: InitiativeFormValues;
  onCreated(entry: Entry): void;
}

/** The draft saved as it is typed (see DraftAutosaver), its state for the page, and `flush` before sending. */
export function useInitiativeAutosave({ track, entry, values, onCreated }: AutosaveOptions) {
  const store = useStoreEntry(track.id);
  const [state, setState] = useState<DraftSaveState>(() =>
    entry ? { kind: 'saved', at: entry.updatedAt } : { kind: 'idle' },
  );
  const latest = useRef({ values, track, onCreated, store });
  useEffect(() => {
    latest.current = { values, track, onCreated, store };
  });
  const onScreen = useRef(false);
  const [saver] = useState(
    () =>
      new DraftAutosaver(
        {
          read: () => latest.current,
          send: (request) =>
            request.kind === 'create'
              ? callApi('createInitiative', {
                  params: { trackId: latest.current.track.id },
                  body: request.body,
                })
              : callApi('updateInitiative', { params: { entryId: request.entryId }, body: request.body }),
          onSaved: (saved, request) => {
            latest.current.store(saved);
            // A draft created by the last save of a closed editor joins the list, and reopens nothing.
            if (request.kind === 'create' && onScreen.current) latest.current.onCreated(saved);
          },
          onState: setState,
          isRetryable: isTransientError,
        },
        { entryId: entry?.id ?? null, key: entry ? savedKeyOf(values, track) : null },
        entry?.updatedAt ?? null,
      ),
  );

  useEffect(() => {
    onScreen.current = true;
    saver.start();
    return () => {
      onScreen.current = false;
      saver.stop();
    };
  }, [saver]);
  // Opening a saved draft finds it unchanged; a new one says what it needs before its first save.
  useEffect(() => saver.changed(), [values, saver]);

  const unsaved = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'retrying';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { state, flush: () => saver.flush() };
}
