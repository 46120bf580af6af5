import type { Criterion, Standing } from '@contest/contracts';

import { isIncomplete, judgeTrace, mostVotes, traceComments, voteExplanation } from './stage-trace';

const criteria: Criterion[] = [
  { id: 5, position: 1, name: 'Nội dung', maxPoints: 30, guidance: '', part: null },
  { id: 6, position: 2, name: 'Sáng tạo', maxPoints: 20, guidance: '', part: null },
];

type Sheet = Standing['sheets'][number];
const sheet = (judgeId: number, points: (number | null)[], extra: Partial<Sheet> = {}): Sheet => {
  const done = points.every((p) => p !== null);
  return {
    judgeId,
    judgeName: `Giám khảo ${judgeId}`,
    // The server sends scores in any order; the trace puts them in the rubric's.
    scores: points
      .map((p, i) => ({ criterionId: criteria[i].id, points: p, comment: null }))
      .filter((s) => s.points !== null)
      .reverse(),
    total: done ? (points as number[]).reduce((a, b) => a + b, 0) : null,
    normalised: null,
    ...extra,
  };
};

describe('judgeTrace', () => {
  it('lays each sheet out in rubric order, with a gap for a criterion not scored yet', () => {
    const trace = judgeTrace({ sheets: [sheet(1, [20, 15]), sheet(2, [25, null])] }, criteria, 'mean');
    expect(trace.sheets[0].cells.map((c) => [c.criterion.id, c.points])).toEqual([
      [5, 20],
      [6, 15],
    ]);
    expect(trace.sheets[1].cells.map((c) => c.points)).toEqual([25, null]);
    expect(trace.averaged).toEqual([35]);
    expect(trace.unfinished).toBe(1);
  });

  it('marks the highest and lowest totals the trimmed mean leaves out', () => {
    const sheets = [sheet(1, [20, 10]), sheet(2, [28, 19]), sheet(3, [10, 5]), sheet(4, [22, 12])];
    const trace = judgeTrace({ sheets }, criteria, 'trimmed_mean');
    expect(trace.sheets.map((s) => s.dropped)).toEqual([null, 'highest', 'lowest', null]);
    expect(trace.averaged).toEqual([30, 34]);
  });

  it('drops two different sheets when every total is the same', () => {
    const sheets = [sheet(1, [10, 10]), sheet(2, [10, 10]), sheet(3, [10, 10])];
    const trace = judgeTrace({ sheets }, criteria, 'trimmed_mean');
    expect(trace.sheets.map((s) => s.dropped)).toEqual(['lowest', null, 'highest']);
  });

  it('keeps every total when the trimmed mean has fewer than 3 to drop from', () => {
    const trace = judgeTrace({ sheets: [sheet(1, [20, 10]), sheet(2, [28, 19])] }, criteria, 'trimmed_mean');
    expect(trace.sheets.every((s) => s.dropped === null)).toBe(true);
    expect(trace.averaged).toEqual([30, 47]);
  });

  it('averages the normalised totals for the z-score', () => {
    const sheets = [sheet(1, [20, 10], { normalised: 33.5 }), sheet(2, [28, 19], { normalised: 41.25 })];
    expect(judgeTrace({ sheets }, criteria, 'z_score').averaged).toEqual([33.5, 41.25]);
  });
});

describe('traceComments', () => {
  it('lists comments judge by judge in rubric order and skips blank ones', () => {
    const withComments = sheet(1, [20, 10]);
    withComments.scores = [
      { criterionId: 6, points: 10, comment: 'Ý tưởng quen' },
      { criterionId: 5, points: 20, comment: 'Đúng chủ đề' },
    ];
    const blank = sheet(2, [25, 15]);
    blank.scores[0].comment = '   ';
    const trace = judgeTrace({ sheets: [withComments, blank] }, criteria, 'mean');
    expect(traceComments(trace)).toEqual([
      { judgeName: 'Giám khảo 1', criterionName: 'Nội dung', comment: 'Đúng chủ đề' },
      { judgeName: 'Giám khảo 1', criterionName: 'Sáng tạo', comment: 'Ý tưởng quen' },
    ]);
  });
});

describe('isIncomplete', () => {
  it('counts an entry with no judge or an unfinished sheet as incomplete', () => {
    expect(isIncomplete({ sheets: [] })).toBe(true);
    expect(isIncomplete({ sheets: [sheet(1, [20, 10]), sheet(2, [20, null])] })).toBe(true);
    expect(isIncomplete({ sheets: [sheet(1, [20, 10])] })).toBe(false);
  });
});

describe('voteExplanation', () => {
  const most = mostVotes([{ votes: 108 }, { votes: 122 }, { votes: 0 }]);

  it('finds the most-voted entry', () => {
    expect(most).toBe(122);
  });

  it('gives the leader the full points and the others votes ÷ most × points', () => {
    expect(voteExplanation({ votes: 122, votePoints: 30 }, most, 30)).toEqual({
      kind: 'proportional',
      votes: 122,
      mostVotes: 122,
      cap: 30,
      points: 30,
      leader: true,
    });
    expect(voteExplanation({ votes: 108, votePoints: 26.56 }, most, 30)).toMatchObject({
      votes: 108,
      mostVotes: 122,
      points: 26.56,
      leader: false,
    });
  });

  it('says so when the stage gives no vote points or nobody voted', () => {
    expect(voteExplanation({ votes: 5, votePoints: 0 }, 5, 0)).toEqual({ kind: 'disabled' });
    expect(voteExplanation({ votes: 0, votePoints: 0 }, 0, 30)).toEqual({ kind: 'noVotes' });
  });
});
