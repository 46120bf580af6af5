import { INITIATIVE_TEMPLATES, VIDEO_FORMATS, initiativeTemplate, type Track } from '@contest/contracts';

import { presetAreas } from '../initiatives/initiative-form';
import {
  TRACK_FIELD_BY_PATH,
  asClipDraft,
  asInitiativeDraft,
  asTemplateDraft,
  emptyTrackDraft,
  instantOf,
  trackToDraft,
  validateTrackCreate,
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
  initiative: null,
  stages: [],
};

const initiativeTrack: Track = {
  ...track,
  kind: 'initiative',
  submitter: 'participant',
  topics: presetAreas('province'),
  initiative: {
    forms: ['article'],
    individual: true,
    group: true,
    maxAuthors: 5,
    quotas: [{ level: 'commune', min: 2 }],
    attachmentMegabytes: 10,
  },
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

  it("keeps and edits an initiative call's own settings through the draft", () => {
    const draft = trackToDraft(initiativeTrack);
    expect(draft.initiative?.quotas).toEqual([{ key: 0, level: 'commune', min: 2 }]);
    const edited = {
      ...draft,
      initiative: { ...draft.initiative!, forms: ['article' as const, 'video' as const], maxAuthors: 8 },
    };
    const result = validateTrackDraft(edited);
    expect(result.ok && result.settings.initiative).toEqual({
      ...initiativeTrack.initiative,
      forms: ['article', 'video'],
      maxAuthors: 8,
    });
  });

  it('names the initiative field to fix, also when zod skipped the check for a missing number', () => {
    const draft = trackToDraft(initiativeTrack);
    const result = validateTrackDraft({
      ...draft,
      initiative: {
        ...draft.initiative!,
        individual: false,
        group: false,
        attachmentMegabytes: '',
        quotas: [{ key: 0, level: 'commune', min: 0 }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.sort()).toEqual([
        'initiative.attachmentMegabytes',
        'initiative.authorship',
        'initiative.quotas',
      ]);
    expect(TRACK_FIELD_BY_PATH['settings.initiative.quotas']).toBe('initiative.quotas');
    expect(TRACK_FIELD_BY_PATH['initiative.individual']).toBe('initiative.authorship');
    expect(TRACK_FIELD_BY_PATH['unitDeadline']).toBe('unitDeadline');
  });

  it('turns a new call into an initiative call with a units deadline a week after it closes, and back', () => {
    const clip = {
      ...emptyTrackDraft(['Chủ đề'], new Date('2026-12-02T13:45:00Z')),
      title: 'Sáng kiến 2027',
    };
    const initiative = asInitiativeDraft(clip);
    expect(initiative).toMatchObject({
      submitter: 'participant',
      topics: presetAreas('province'),
      unitDeadline: '2026-12-28T17:00',
    });
    expect(validateTrackCreate(initiative)).toEqual({
      ok: true,
      body: expect.objectContaining({ kind: 'initiative', unitDeadline: '2026-12-28T17:00:00+07:00' }),
    });
    expect(asClipDraft(initiative, ['Chủ đề'])).toMatchObject({ initiative: null, topics: ['Chủ đề'] });
    expect(validateTrackCreate(asClipDraft(initiative, []))).toMatchObject({
      ok: true,
      body: { kind: 'clip', unitDeadline: null, settings: expect.objectContaining({ initiative: null }) },
    });
  });

  it('refuses a units deadline that is missing or not after the call opens', () => {
    const initiative = asInitiativeDraft({
      ...emptyTrackDraft([], new Date('2026-12-02T13:45:00Z')),
      title: 'SK',
    });
    expect(validateTrackCreate({ ...initiative, title: 'Sáng kiến', unitDeadline: '' })).toEqual({
      ok: false,
      problems: ['unitDeadline'],
    });
    expect(
      validateTrackCreate({ ...initiative, title: 'Sáng kiến', unitDeadline: '2026-12-07T08:00' }),
    ).toEqual({
      ok: false,
      problems: ['unitDeadline'],
    });
    expect(validateTrackCreate(initiative)).toEqual({ ok: false, problems: ['title'] });
  });

  it('asks an initiative call for file uploads only when it takes videos', () => {
    const draft = { ...trackToDraft(initiativeTrack), allowFiles: false, allowLinks: false };
    expect(validateTrackDraft(draft).ok).toBe(true);
    const video = { ...draft, initiative: { ...draft.initiative!, forms: ['video' as const] } };
    expect(validateTrackDraft(video)).toEqual({ ok: false, problems: ['media'] });
    expect(validateTrackDraft({ ...video, allowFiles: true }).ok).toBe(true);
  });

  it("fills a new initiative call from a real contest's template and sends its key", () => {
    const words = { name: 'Tìm kiếm sáng kiến', summary: 'Thể lệ tóm tắt' };
    const district = initiativeTemplate('district_search')!;
    const draft = asTemplateDraft(emptyTrackDraft([], new Date('2026-12-06T00:00:00Z')), district, words);
    expect(draft).toMatchObject({
      title: words.name,
      rulesText: words.summary,
      submitter: 'participant',
      entriesPerUnit: 5,
      topics: [...district.areas],
      template: 'district_search',
    });
    expect(draft.initiative?.quotas.map((q) => [q.level, q.min])).toEqual([
      ['department', 1],
      ['commune', 1],
    ]);
    // A district's contest names its district before it starts.
    expect(validateTrackCreate(draft)).toMatchObject({ ok: false, problems: ['scope'] });
    const created = validateTrackCreate({ ...draft, scope: { id: 7, name: 'Huyện Sơn Tịnh' } });
    expect(created.ok && created.body.template).toBe('district_search');
    expect(created.ok && created.body.settings.scopeUnitId).toBe(7);
    // A title already typed stays; a clip call never sends a template.
    const titled = asTemplateDraft(
      { ...asInitiativeDraft(emptyTrackDraft([], new Date())), title: 'Của tôi' },
      district,
      words,
    );
    expect(titled.title).toBe('Của tôi');
    const clip = validateTrackCreate(asClipDraft(draft, []));
    expect(clip.ok && clip.body.template).toBeNull();
    expect(INITIATIVE_TEMPLATES).toHaveLength(4);
  });
});
