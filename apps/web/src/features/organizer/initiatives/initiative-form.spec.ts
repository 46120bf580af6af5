import { REFORM_AREA_PRESETS, UNIT_LEVELS, initiativeSettingsSchema } from '@contest/contracts';

import {
  addQuotaRow,
  draftToInitiative,
  emptyInitiativeDraft,
  formChoiceOf,
  formsOf,
  initiativeCrossProblems,
  initiativeFieldOfPath,
  initiativeToDraft,
  levelsFreeFor,
  parseAreas,
  presetAreas,
  presetInUse,
  takesVideo,
} from './initiative-form';

describe('initiative settings form', () => {
  it('starts with settings the api accepts as they are', () => {
    expect(initiativeSettingsSchema.safeParse(draftToInitiative(emptyInitiativeDraft())).success).toBe(true);
  });

  it('round-trips saved settings through the draft', () => {
    const saved = {
      forms: ['article', 'video'] as ('article' | 'video')[],
      individual: false,
      group: true,
      maxAuthors: 5,
      quotas: [
        { level: 'department' as const, min: 1 },
        { level: 'commune' as const, min: 2 },
      ],
      attachmentMegabytes: 15,
    };
    const draft = initiativeToDraft(saved);
    expect(draft.quotas.map((q) => q.key)).toEqual([0, 1]);
    expect(draftToInitiative(draft)).toEqual(saved);
  });

  it('sends an emptied number as NaN, so the schema names that field', () => {
    const draft = { ...emptyInitiativeDraft(), maxAuthors: '' as const };
    const parsed = initiativeSettingsSchema.safeParse(draftToInitiative(draft));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => initiativeFieldOfPath(issue.path))).toContain('maxAuthors');
  });

  it('maps the three form choices onto the contract list and back', () => {
    expect(formsOf('both')).toEqual(['article', 'video']);
    expect(formsOf('video')).toEqual(['video']);
    expect(formChoiceOf(['video', 'article'])).toBe('both');
    expect(formChoiceOf(['article'])).toBe('article');
    expect(takesVideo({ forms: ['article'] })).toBe(false);
    expect(takesVideo({ forms: ['article', 'video'] })).toBe(true);
    // A clip call always takes videos.
    expect(takesVideo(null)).toBe(true);
  });

  it('adds a quota row for a level no row has, until every level has one', () => {
    let rows = addQuotaRow([])!;
    expect(rows).toEqual([{ key: 0, level: UNIT_LEVELS[0], min: 1 }]);
    rows = addQuotaRow(rows)!;
    expect(rows[1]).toEqual({ key: 1, level: UNIT_LEVELS[1], min: 1 });
    for (let i = 2; i < UNIT_LEVELS.length; i++) rows = addQuotaRow(rows)!;
    expect(new Set(rows.map((r) => r.level)).size).toBe(UNIT_LEVELS.length);
    expect(addQuotaRow(rows)).toBeNull();
  });

  it('offers a row its own level and the free ones only', () => {
    const rows = [
      { key: 0, level: 'department' as const, min: 1 },
      { key: 3, level: 'commune' as const, min: 1 },
    ];
    expect(levelsFreeFor(rows, 3)).toContain('commune');
    expect(levelsFreeFor(rows, 3)).not.toContain('department');
  });

  it('fills areas from a preset and recognises which preset is in use', () => {
    expect(presetAreas('district')).toHaveLength(8);
    expect(presetAreas('province')).toEqual([...REFORM_AREA_PRESETS.province]);
    expect(presetInUse(presetAreas('district'))).toBe('district');
    expect(presetInUse([...presetAreas('district'), 'Khác'])).toBeNull();
  });

  it('reads areas one per line, trimming and dropping blank lines', () => {
    expect(parseAreas(' Cải cách thể chế \n\nChuyển đổi số\n')).toEqual([
      'Cải cách thể chế',
      'Chuyển đổi số',
    ]);
  });

  it('finds the problems zod skips once a number is missing', () => {
    const settings = draftToInitiative({
      ...emptyInitiativeDraft(),
      individual: false,
      group: false,
      maxAuthors: '',
      quotas: [
        { key: 0, level: 'district', min: 1 },
        { key: 1, level: 'district', min: 2 },
      ],
    });
    expect(initiativeCrossProblems(settings)).toEqual(['authorship', 'quotas']);
    expect(initiativeFieldOfPath(['quotas', 1, 'min'])).toBe('quotas');
    expect(initiativeFieldOfPath(['group'])).toBe('authorship');
  });
});
