import type { Entry, EntryFile, MyEntries, Track } from '@contest/contracts';

import {
  entriesInOrder,
  hasInterruptedUpload,
  isEditable,
  isProcessing,
  mayUploadFile,
  newEntryState,
  withEntry,
} from './entry-state';

const file = (status: EntryFile['status']): EntryFile => ({
  id: 9,
  status,
  originalName: 'clip.mp4',
  bytes: 100,
  rejection: null,
  durationSeconds: null,
  width: null,
  height: null,
  uploadedAt: '2026-12-01T00:00:00.000Z',
});

const entry = (over: Partial<Entry> = {}): Entry => ({
  id: 1,
  trackId: 2,
  unitId: 5,
  unitName: 'Sở Nội vụ',
  title: 'Clip',
  description: '',
  topic: null,
  authors: ['A B'],
  linkUrl: null,
  status: 'draft',
  screening: 'pending',
  screeningReason: null,
  file: null,
  pendingFile: null,
  videoUrl: null,
  thumbnailUrl: null,
  submittedAt: null,
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

const track = (over: Partial<Track> = {}) =>
  ({ phase: 'open', allowFiles: true, submitter: 'unit_admin', entriesPerUnit: 2, ...over }) as Track;

describe('isProcessing and hasInterruptedUpload', () => {
  it('polls while the worker has the first file or a replacement', () => {
    expect(isProcessing(entry({ status: 'processing' }))).toBe(true);
    expect(isProcessing(entry({ status: 'submitted', pendingFile: file('processing') }))).toBe(true);
    expect(isProcessing(entry({ status: 'submitted', pendingFile: file('failed') }))).toBe(false);
    expect(isProcessing(entry({ pendingFile: file('uploading') }))).toBe(false);
  });

  it('knows an upload left half-way', () => {
    expect(hasInterruptedUpload(entry({ pendingFile: file('uploading') }))).toBe(true);
    expect(hasInterruptedUpload(entry({ pendingFile: file('failed') }))).toBe(false);
  });
});

describe('isEditable and mayUploadFile', () => {
  it('allows changes only while the window is open and the entry is not withdrawn', () => {
    expect(isEditable(track(), entry())).toBe(true);
    expect(isEditable(track({ phase: 'closed' }), entry())).toBe(false);
    expect(isEditable(track(), entry({ status: 'withdrawn' }))).toBe(false);
  });

  it('allows a file unless the entry is a link, the worker has one, or the track takes none', () => {
    expect(mayUploadFile(track(), entry())).toBe(true);
    expect(mayUploadFile(track(), entry({ status: 'submitted', pendingFile: file('failed') }))).toBe(true);
    expect(mayUploadFile(track(), entry({ linkUrl: 'https://youtu.be/x' }))).toBe(false);
    expect(mayUploadFile(track(), entry({ status: 'processing' }))).toBe(false);
    expect(mayUploadFile(track({ allowFiles: false }), entry())).toBe(false);
    expect(mayUploadFile(track({ phase: 'closed' }), entry())).toBe(false);
  });
});

describe('newEntryState', () => {
  const mine = (over: Partial<MyEntries>, trackOver: Partial<Track> = {}) => ({
    track: track(trackOver),
    unitId: 5,
    remaining: 1,
    mayEnter: true,
    ...over,
  });

  it('says why a new entry cannot be sent', () => {
    expect(newEntryState(mine({ mayEnter: false, unitId: null }))).toEqual({
      kind: 'notEntrant',
      reason: 'noUnit',
    });
    expect(newEntryState(mine({ mayEnter: false }))).toEqual({
      kind: 'notEntrant',
      reason: 'unitAdminsOnly',
    });
    expect(newEntryState(mine({ mayEnter: false }, { submitter: 'participant' }))).toEqual({
      kind: 'notEntrant',
      reason: 'participantsOnly',
    });
    // The server still counts what is left on a closed track; the window decides.
    expect(newEntryState(mine({ remaining: 1 }, { phase: 'closed' }))).toEqual({ kind: 'notOpen' });
    expect(newEntryState(mine({ remaining: 0 }))).toEqual({ kind: 'limitReached', limit: 2 });
    expect(newEntryState(mine({ remaining: 1 }))).toEqual({ kind: 'allowed', remaining: 1 });
  });
});

describe('entriesInOrder and withEntry', () => {
  it('lists live entries first, withdrawn ones last', () => {
    const items = [
      entry({ id: 1, status: 'withdrawn' }),
      entry({ id: 2 }),
      entry({ id: 3, status: 'withdrawn' }),
    ];
    expect(entriesInOrder(items).map((e) => e.id)).toEqual([2, 3, 1]);
  });

  it('moves what is left to send with a new entry and a withdrawal', () => {
    const list = { track: track(), unitId: 5, unitName: 'X', items: [], remaining: 2, mayEnter: true };
    const added = withEntry(list, entry({ id: 7 }));
    expect(added.items.map((e) => e.id)).toEqual([7]);
    expect(added.remaining).toBe(1);
    const withdrawn = withEntry(added, entry({ id: 7, status: 'withdrawn' }));
    expect(withdrawn.remaining).toBe(2);
    const edited = withEntry(added, entry({ id: 7, title: 'New' }));
    expect(edited.remaining).toBe(1);
    expect(edited.items[0].title).toBe('New');
  });
});
