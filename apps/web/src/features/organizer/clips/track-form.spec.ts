import { VIDEO_FORMATS, type Track } from '@contest/contracts';

import {
  TRACK_FIELD_BY_PATH,
  emptyTrackDraft,
  instantOf,
  trackToDraft,
  validateTrackDraft,
} from './track-form';

const track: Track = {
  id: 2,
  contestId: 1,
  contestName: 'Cải cách hành chính 2026',
  kind: 'clip',
  title: 'Clip “Chuyển đổi số vì người dân”',
  rulesText: 'Dòng 1\nDòng 2',
  opensAt: '2026-11-30T01:00:00.000Z',
  closesAt: '2026-12-14T10:00:00.000Z',
  phase: 'open',
  submitter: 'unit_admin',
  entriesPerUnit: 2,
  topics: ['Chuyển đổi số'],
  allowFiles: true,
  allowLinks: false,
  maxMegabytes: 500,
  maxDurationSeconds: 300,
  formats: ['webm', 'mp4'],
  stages: [],
};

describe('track form', () => {
  it('shows the window in Vietnam time and the formats in the contract order', () => {
    expect(trackToDraft(track)).toMatchObject({
      opensAt: '2026-11-30T08:00',
      closesAt: '2026-12-14T17:00',
      formats: ['mp4', 'webm'],
      rulesText: 'Dòng 1\nDòng 2',
    });
  });

  it('sends the window back as instants with the +07:00 offset', () => {
    const result = validateTrackDraft(trackToDraft(track));
    expect(result).toEqual({
      ok: true,
      settings: expect.objectContaining({
        opensAt: '2026-11-30T08:00:00+07:00',
        closesAt: '2026-12-14T17:00:00+07:00',
        entriesPerUnit: 2,
      }),
    });
  });

  it('starts a new call next Monday at 08:00 for two weeks, with the contest topics and every format', () => {
    const draft = emptyTrackDraft(['A', 'B'], new Date('2026-12-02T13:45:00Z'));
    expect(draft).toMatchObject({
      opensAt: '2026-12-07T08:00',
      closesAt: '2026-12-21T17:00',
      topics: ['A', 'B'],
      formats: [...VIDEO_FORMATS],
    });
    // Everything but the title is ready to send.
    expect(validateTrackDraft(draft)).toEqual({ ok: false, problems: ['title'] });
    expect(validateTrackDraft({ ...draft, title: 'Clip mới' }).ok).toBe(true);
  });

  it('names each field to fix, including a window that closes before it opens', () => {
    const draft = {
      ...trackToDraft(track),
      closesAt: '2026-11-29T08:00',
      entriesPerUnit: '' as const,
      allowFiles: false,
      formats: [],
    };
    const result = validateTrackDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.sort()).toEqual(['closesAt', 'entriesPerUnit', 'formats', 'media']);
  });

  it('marks a date that does not exist and a repeated topic', () => {
    const result = validateTrackDraft({
      ...trackToDraft(track),
      opensAt: '2026-02-30T08:00',
      topics: ['A', 'A'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['opensAt', 'topics']);
  });

  it('maps the api issue paths of an update and of a new call to the same fields', () => {
    expect(TRACK_FIELD_BY_PATH['maxMegabytes']).toBe('maxMegabytes');
    expect(TRACK_FIELD_BY_PATH['settings.allowLinks']).toBe('media');
    expect(TRACK_FIELD_BY_PATH['settings.closesAt']).toBe('closesAt');
  });

  it('keeps a saved instant to the second when its minute was left as it was', () => {
    const saved = { ...track, opensAt: '2026-11-30T13:43:11.476Z' };
    const draft = trackToDraft(saved);
    expect(draft.opensAt).toBe('2026-11-30T20:43');
    const kept = validateTrackDraft(draft, saved);
    expect(kept.ok && kept.settings.opensAt).toBe('2026-11-30T13:43:11.476Z');
    const moved = validateTrackDraft({ ...draft, opensAt: '2026-11-30T20:45' }, saved);
    expect(moved.ok && moved.settings.opensAt).toBe('2026-11-30T20:45:00+07:00');
    expect(instantOf('2026-11-30T20:43', null)).toBe('2026-11-30T20:43:00+07:00');
  });
});
