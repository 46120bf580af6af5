import type { Stage } from '@contest/contracts';

import {
  STAGE_FIELD_BY_PATH,
  criteriaSum,
  minutesToSeconds,
  movePart,
  moveRow,
  removePart,
  stageEditability,
  stageFieldOfPath,
  stageProblem,
  stageToDraft,
  validateStageDraft,
} from './stage-form';

const stage: Stage = {
  id: 2,
  trackId: 2,
  position: 1,
  kind: 'judged',
  name: 'Chấm sơ khảo',
  opensAt: null,
  closesAt: null,
  criteria: [
    { id: 11, position: 1, name: 'Nội dung', maxPoints: 40, guidance: 'Đúng chủ đề', part: null },
    { id: 12, position: 2, name: 'Sáng tạo', maxPoints: 30.5, guidance: '', part: null },
  ],
  judgePoints: 70.5,
  aggregation: 'mean',
  judgesPerEntry: 3,
  votePoints: 0,
  votesOpenAt: null,
  votesCloseAt: null,
  voters: 'registered',
  votesExcludeOwnUnit: false,
  votesPerAccount: null,
  votesPerIpPerHour: 20,
  tieBreaks: ['judge_points', 'earliest_submission'],
  prizes: [{ label: 'Giải Nhất', count: 1 }],
  allowsMaterial: false,
  members: 0,
  phase: 'setup',
  judgingStartedAt: null,
  lockedAt: null,
  publishedAt: null,
  parts: [],
  publicSource: 'votes',
};

describe('stage form', () => {
  it('keeps the ids of existing criteria and gives a new one none', () => {
    const draft = stageToDraft(stage);
    draft.criteria = [
      draft.criteria[1],
      draft.criteria[0],
      { key: 9, id: null, name: 'Lan tỏa', maxPoints: 10, guidance: '', part: null },
    ];
    const result = validateStageDraft(draft);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.settings.criteria).toEqual([
        { id: 12, name: 'Sáng tạo', maxPoints: 30.5, guidance: '', part: null },
        { id: 11, name: 'Nội dung', maxPoints: 40, guidance: 'Đúng chủ đề', part: null },
        { name: 'Lan tỏa', maxPoints: 10, guidance: '', part: null },
      ]);
  });

  it('drops the voting window when there are no vote points', () => {
    const draft = { ...stageToDraft(stage), votesOpenAt: '2026-12-20T08:00' };
    const result = validateStageDraft(draft);
    expect(result.ok && result.settings).toMatchObject({ votesOpenAt: null, votesCloseAt: null });
  });

  it('asks for a voting window in order once votes carry points', () => {
    const base = { ...stageToDraft(stage), votePoints: 30 };
    expect(validateStageDraft(base)).toEqual({ ok: false, problems: ['votesOpenAt', 'votesCloseAt'] });
    expect(
      validateStageDraft({ ...base, votesOpenAt: '2026-12-20T08:00', votesCloseAt: '2026-12-19T08:00' }),
    ).toEqual({ ok: false, problems: ['votesCloseAt'] });
    const ok = validateStageDraft({
      ...base,
      votesOpenAt: '2026-12-20T08:00',
      votesCloseAt: '2026-12-27T17:00',
    });
    expect(ok.ok && ok.settings).toMatchObject({
      votePoints: 30,
      votesOpenAt: '2026-12-20T08:00:00+07:00',
      votesCloseAt: '2026-12-27T17:00:00+07:00',
    });
  });

  it('asks no voting window when the public points are likes and shares typed in', () => {
    const counts = {
      ...stageToDraft(stage),
      votePoints: 30,
      publicSource: 'counts' as const,
      votesOpenAt: '2026-12-20T08:00',
    };
    const ok = validateStageDraft(counts);
    expect(ok.ok && ok.settings).toMatchObject({
      votePoints: 30,
      publicSource: 'counts',
      votesOpenAt: null,
      votesCloseAt: null,
    });
  });

  it('names the rubric and prize cells to fix', () => {
    const draft = stageToDraft(stage);
    draft.criteria[1] = { ...draft.criteria[1], maxPoints: 0.3 };
    draft.criteria[0] = { ...draft.criteria[0], name: 'x' };
    draft.prizes = [{ key: 0, label: '', count: 0 }];
    const result = validateStageDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.sort()).toEqual([
        'criteria.0.name',
        'criteria.1.maxPoints',
        'prizes.0.count',
        'prizes.0.label',
      ]);
    expect(stageProblem('criteria.1.maxPoints')).toBe('criteria_maxPoints');
    expect(stageProblem('votesOpenAt')).toBe('votesOpenAt');
  });

  it('refuses an empty rubric', () => {
    expect(validateStageDraft({ ...stageToDraft(stage), criteria: [] })).toEqual({
      ok: false,
      problems: ['criteria'],
    });
  });

  it('reads api issue paths as form fields', () => {
    expect(stageFieldOfPath(['criteria', 3, 'guidance'])).toBe('criteria.3.guidance');
    expect(stageFieldOfPath(['votesOpenAt'])).toBe('votesOpenAt');
    expect(stageFieldOfPath(['criteria'])).toBe('criteria');
    expect(stageFieldOfPath(['somethingElse'])).toBeNull();
    expect(STAGE_FIELD_BY_PATH['criteria.19.maxPoints']).toBe('criteria.19.maxPoints');
    expect(STAGE_FIELD_BY_PATH['prizes.9.label']).toBe('prizes.9.label');
  });

  it('sums the maximum points of the rows typed in full, to two decimals', () => {
    expect(
      criteriaSum([{ maxPoints: 40 }, { maxPoints: 30.25 }, { maxPoints: '' }, { maxPoints: 0.1 + 0.2 }]),
    ).toBe(70.55);
  });

  it('locks the rubric from the first score and everything from the lock', () => {
    expect(stageEditability('setup')).toEqual({ rubric: true, settings: true });
    expect(stageEditability('judging')).toEqual({ rubric: false, settings: true });
    expect(stageEditability('locked')).toEqual({ rubric: false, settings: false });
    expect(stageEditability('published')).toEqual({ rubric: false, settings: false });
  });

  it('moves rows within bounds only', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the saved voting times when they were not touched', () => {
    const saved = {
      ...stage,
      votePoints: 30,
      votesOpenAt: '2026-12-15T01:00:07.000Z',
      votesCloseAt: '2026-12-20T10:00:00.000Z',
    };
    const result = validateStageDraft(stageToDraft(saved), saved);
    expect(result.ok && result.settings).toMatchObject({
      votesOpenAt: '2026-12-15T01:00:07.000Z',
      votesCloseAt: '2026-12-20T10:00:00.000Z',
    });
  });
});

describe('a live final’s parts', () => {
  const final: Stage = {
    ...stage,
    kind: 'live_final',
    name: 'Chung kết',
    parts: [
      { name: 'Thuyết trình', seconds: 300 },
      { name: 'Phản biện', seconds: 150 },
    ],
    criteria: [
      { id: 11, position: 1, name: 'Nội dung', maxPoints: 40, guidance: '', part: 0 },
      { id: 12, position: 2, name: 'Trả lời', maxPoints: 30, guidance: '', part: 1 },
    ],
  };

  it('edits parts in minutes and sends them in seconds, with each criterion’s part', () => {
    const draft = stageToDraft(final);
    expect(draft.live).toBe(true);
    expect(draft.parts.map((p) => p.minutes)).toEqual([5, 2.5]);
    const result = validateStageDraft(draft);
    expect(result.ok && result.settings.parts).toEqual([
      { name: 'Thuyết trình', seconds: 300 },
      { name: 'Phản biện', seconds: 150 },
    ]);
    expect(result.ok && result.settings.criteria.map((c) => c.part)).toEqual([0, 1]);
  });

  it('sends no parts and no criterion part for any other stage, whatever the draft holds', () => {
    const draft = { ...stageToDraft(stage), parts: [{ key: 0, name: 'Lạc', minutes: 5 }] };
    draft.criteria = draft.criteria.map((c) => ({ ...c, part: 0 }));
    const result = validateStageDraft(draft);
    expect(result.ok && result.settings.parts).toEqual([]);
    expect(result.ok && result.settings.criteria.every((c) => c.part === null)).toBe(true);
  });

  it('places each mismatch on the field to fix: no parts, a criterion without one, a part without criteria', () => {
    const draft = stageToDraft(final);
    expect(validateStageDraft({ ...draft, parts: [] })).toEqual({ ok: false, problems: ['parts'] });
    const unplaced = { ...draft, criteria: [draft.criteria[0], { ...draft.criteria[1], part: null }] };
    expect(validateStageDraft(unplaced)).toEqual({
      ok: false,
      problems: ['criteria.1.part', 'parts.1.criteria'],
    });
  });

  it('refuses a part’s time out of range', () => {
    const draft = stageToDraft(final);
    draft.parts = [draft.parts[0], { ...draft.parts[1], minutes: 0.25 }];
    expect(validateStageDraft(draft)).toEqual({ ok: false, problems: ['parts.1.seconds'] });
    expect(stageProblem('parts.1.seconds')).toBe('parts_seconds');
    expect(stageFieldOfPath(['parts', 0, 'name'])).toBe('parts.0.name');
    expect(stageFieldOfPath(['criteria', 3, 'part'])).toBe('criteria.3.part');
    expect(STAGE_FIELD_BY_PATH['parts.5.seconds']).toBe('parts.5.seconds');
  });

  it('turns minutes into whole seconds', () => {
    expect(minutesToSeconds(2.5)).toBe(150);
    expect(minutesToSeconds(1.33)).toBe(80);
    expect(minutesToSeconds('')).toBeNaN();
  });

  it('moves a part with its criteria, and removing one leaves its criteria to place again', () => {
    const draft = stageToDraft(final);
    const both = { parts: draft.parts, criteria: draft.criteria };
    const moved = movePart(both, 1, -1);
    expect(moved.parts.map((p) => p.name)).toEqual(['Phản biện', 'Thuyết trình']);
    expect(moved.criteria.map((c) => c.part)).toEqual([1, 0]);
    expect(movePart(both, 0, -1)).toEqual(both);

    const removed = removePart(both, 0);
    expect(removed.parts.map((p) => p.name)).toEqual(['Phản biện']);
    expect(removed.criteria.map((c) => c.part)).toEqual([null, 0]);
  });
});
