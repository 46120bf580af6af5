import type { InitiativeDraft, InitiativeSettings } from '@contest/contracts';

import {
  authorChangeRefusal,
  forwardQuotaOf,
  initiativeGaps,
  initiativeShapeRefusal,
  INITIATIVE_MIN_TEXT,
  stageTakingMaterial,
} from './initiatives';

const text = 'x'.repeat(INITIATIVE_MIN_TEXT);
const author = (name: string, more: Partial<InitiativeDraft['authors'][number]> = {}) => ({
  name,
  unitName: 'UBND xã Tân Lập',
  position: '',
  phone: '0912345678',
  email: `${name}@example.vn`,
  representative: false,
  ...more,
});
const draft = (more: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  title: 'Số hóa hồ sơ một cửa',
  area: 'Cải cách thủ tục hành chính',
  form: 'article',
  summary: text,
  problem: text,
  solution: text,
  application: text,
  results: text,
  authors: [author('an')],
  ...more,
});
const settings: InitiativeSettings = {
  forms: ['article'],
  individual: true,
  group: true,
  maxAuthors: 3,
  quotas: [
    { level: 'department', min: 1 },
    { level: 'commune', min: 2 },
  ],
  attachmentMegabytes: 20,
};
const facts = { areas: ['Cải cách thủ tục hành chính'], hasVideo: false };

describe('what an initiative needs before it goes to the unit', () => {
  it('sends a complete individual article', () => {
    expect(initiativeGaps(draft(), facts)).toEqual([]);
  });

  it('lists every part still too short, the missing area, and a video form without its video', () => {
    const gaps = initiativeGaps(draft({ area: null, problem: 'ngắn', results: '', form: 'video' }), facts);
    expect(gaps).toEqual(['area', 'problem', 'results', 'video']);
    expect(initiativeGaps(draft({ form: 'video' }), { ...facts, hasVideo: true })).toEqual([]);
  });

  it('asks a group for exactly one representative, reachable by phone and e-mail', () => {
    const group = [author('an'), author('binh')];
    expect(initiativeGaps(draft({ authors: group }), facts)).toEqual(['representative']);
    const twoReps = group.map((a) => ({ ...a, representative: true }));
    expect(initiativeGaps(draft({ authors: twoReps }), facts)).toEqual(['representative']);
    const noEmail = [author('an', { representative: true, email: '' }), author('binh')];
    expect(initiativeGaps(draft({ authors: noEmail }), facts)).toEqual(['representative_contact']);
    const fine = [author('an', { representative: true }), author('binh', { phone: '', email: '' })];
    expect(initiativeGaps(draft({ authors: fine }), facts)).toEqual([]);
  });

  it('asks a lone author for a phone and an e-mail', () => {
    expect(initiativeGaps(draft({ authors: [author('an', { phone: '' })] }), facts)).toEqual([
      'representative_contact',
    ]);
  });
});

describe("an initiative's shape against its track", () => {
  const track = { topics: facts.areas, initiative: settings };

  it('refuses a form, an area, a group or an individual the track does not take', () => {
    expect(initiativeShapeRefusal(draft({ form: 'video' }), track)?.code).toBe('initiative_form_not_allowed');
    expect(initiativeShapeRefusal(draft({ area: 'Thể thao' }), track)?.code).toBe('initiative_area_unknown');
    const group = { ...track, initiative: { ...settings, group: false } };
    expect(initiativeShapeRefusal(draft({ authors: [author('a'), author('b')] }), group)?.code).toBe(
      'initiative_group_not_allowed',
    );
    const groupsOnly = { ...track, initiative: { ...settings, individual: false } };
    expect(initiativeShapeRefusal(draft(), groupsOnly)?.code).toBe('initiative_individual_not_allowed');
    const four = [author('a'), author('b'), author('c'), author('d')];
    expect(initiativeShapeRefusal(draft({ authors: four }), track)).toEqual({
      code: 'initiative_too_many_authors',
      params: { max: 3 },
    });
    expect(initiativeShapeRefusal(draft(), track)).toBeNull();
  });
});

describe('forwarding quotas by unit level', () => {
  it('asks each level for its own minimum, and nothing of a level without one', () => {
    expect(forwardQuotaOf('department', settings.quotas)).toBe(1);
    expect(forwardQuotaOf('commune', settings.quotas)).toBe(2);
    expect(forwardQuotaOf('school', settings.quotas)).toBe(0);
  });
});

describe('where authors may add material after sending', () => {
  const now = new Date('2026-12-10T10:00:00Z');
  const stage = (id: number, more: Record<string, unknown> = {}) => ({
    id,
    position: id,
    allowsMaterial: true,
    opensAt: null as string | null,
    closesAt: null as string | null,
    lockedAt: null as string | null,
    ...more,
  });

  it('is the latest open stage holding the entry that allows it', () => {
    const stages = [stage(1), stage(2), stage(3, { allowsMaterial: false })];
    expect(stageTakingMaterial(stages, [1, 2, 3], now)?.id).toBe(2);
    expect(stageTakingMaterial(stages, [1], now)?.id).toBe(1);
  });

  it('is none before its window, after it, once locked, or where the entry is not held', () => {
    expect(stageTakingMaterial([stage(1, { opensAt: '2026-12-11T00:00:00Z' })], [1], now)).toBeNull();
    expect(stageTakingMaterial([stage(1, { closesAt: '2026-12-10T10:00:00Z' })], [1], now)).toBeNull();
    expect(stageTakingMaterial([stage(1, { lockedAt: '2026-12-09T00:00:00Z' })], [1], now)).toBeNull();
    expect(stageTakingMaterial([stage(1)], [], now)).toBeNull();
  });
});

describe('when an author may still change an initiative', () => {
  const call = { opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-10T00:00:00Z' };
  const deadline = '2026-12-15T00:00:00Z';
  const at = (iso: string) => new Date(iso);

  it('changes a draft while the call is open only', () => {
    const draft = { unitReview: null };
    expect(authorChangeRefusal(draft, call, deadline, at('2026-11-30T00:00:00Z'))).toBe('track_not_open_yet');
    expect(authorChangeRefusal(draft, call, deadline, at('2026-12-05T00:00:00Z'))).toBeNull();
    expect(authorChangeRefusal(draft, call, deadline, at('2026-12-10T00:00:00Z'))).toBe('track_closed');
  });

  it('fixes one its unit returned until the unit deadline, even after the call closed', () => {
    const returned = { unitReview: 'returned' };
    expect(authorChangeRefusal(returned, call, deadline, at('2026-12-12T00:00:00Z'))).toBeNull();
    expect(authorChangeRefusal(returned, call, deadline, at('2026-12-15T00:00:00Z'))).toBe(
      'unit_review_closed',
    );
  });

  it('leaves one with its unit, or forwarded, alone', () => {
    for (const unitReview of ['pending', 'forwarded'])
      expect(authorChangeRefusal({ unitReview }, call, deadline, at('2026-12-05T00:00:00Z'))).toBe(
        'initiative_not_editable',
      );
  });
});
