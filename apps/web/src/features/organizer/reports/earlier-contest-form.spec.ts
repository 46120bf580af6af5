import { comparisonQuery, comparisonTargetParam, parseComparisonTarget } from './comparison-choice';
import { earlierContestRequest, emptyEarlierContestForm } from './earlier-contest-form';

describe('earlierContestRequest', () => {
  const filled = {
    ...emptyEarlierContestForm(2026),
    name: '  Cuộc thi trực tuyến năm 2025 ',
    units: 171,
    attempts: 26915,
  };

  it('guesses the year before and sends empty optional fields as null', () => {
    expect(emptyEarlierContestForm(2026).year).toBe(2025);
    expect(earlierContestRequest({ ...filled, weeks: 4 })).toEqual({
      ok: true,
      body: {
        name: 'Cuộc thi trực tuyến năm 2025',
        year: 2025,
        units: 171,
        participants: null,
        attempts: 26915,
        weeks: 4,
      },
    });
  });

  it('names the fields that are missing or out of range', () => {
    const checked = earlierContestRequest({ ...filled, name: 'ab', attempts: '', weeks: 60 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.sort()).toEqual(['attempts', 'name', 'weeks']);
  });
});

describe('comparison target in the address', () => {
  it('reads back what it writes, and ignores anything else', () => {
    expect(parseComparisonTarget(comparisonTargetParam({ kind: 'typed', id: 3 }))).toEqual({
      kind: 'typed',
      id: 3,
    });
    expect(parseComparisonTarget('c12')).toEqual({ kind: 'contest', id: 12 });
    expect(parseComparisonTarget('x1')).toBeNull();
    expect(parseComparisonTarget('c0')).toBeNull();
    expect(parseComparisonTarget(null)).toBeNull();
  });

  it('sends exactly one of the two ids', () => {
    expect(comparisonQuery({ kind: 'contest', id: 2 })).toEqual({ withContestId: 2 });
    expect(comparisonQuery({ kind: 'typed', id: 1 })).toEqual({ withEarlierId: 1 });
  });
});
