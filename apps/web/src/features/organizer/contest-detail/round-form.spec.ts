import type { RoundAdmin } from '@contest/contracts';

import { parseQuestionIds, roundToForm, validateRoundForm } from './round-form';

const round: RoundAdmin = {
  id: 3,
  contestId: 1,
  weekNumber: 1,
  name: 'Tuần 1',
  opensAt: '2025-05-19T01:00:00.000Z',
  closesAt: '2025-05-22T01:00:00.000Z',
  status: 'upcoming',
  questionCount: 10,
  timeLimitSeconds: 900,
  selection: { mode: 'quota', quotas: [{ topic: 'A', count: 10 }] },
  shuffleQuestions: true,
  shuffleOptions: true,
  attemptsAllowed: 2,
  countedAttempt: 'best',
  predictionEnabled: true,
  predictionPrompt: 'Bao nhiêu người đúng hết?',
  scoreVisibility: 'after_grading',
  finalisedAt: null,
  finaliseVersion: 0,
  publishedAt: null,
};

describe('round form', () => {
  it('shows the round in Vietnam time and minutes, with every contest topic', () => {
    expect(roundToForm(round, ['A', 'B'])).toMatchObject({
      opensAt: '2025-05-19T08:00',
      closesAt: '2025-05-22T08:00',
      timeLimitMinutes: 15,
      quotas: { A: 10, B: 0 },
    });
  });

  it('gives back an unchanged round as a valid update', () => {
    const result = validateRoundForm(roundToForm(round, ['A', 'B']));
    expect(result).toEqual({
      ok: true,
      request: expect.objectContaining({
        opensAt: '2025-05-19T08:00:00+07:00',
        timeLimitSeconds: 900,
        selection: { mode: 'quota', quotas: [{ topic: 'A', count: 10 }] },
      }),
    });
  });

  it('keeps a round that shows scores only after it closes that way', () => {
    const result = validateRoundForm(roundToForm({ ...round, scoreVisibility: 'after_close' }, ['A']));
    expect(result.ok && result.request.scoreVisibility).toBe('after_close');
  });

  it('keeps a topic whose name holds a comma as one topic with its quota', () => {
    const topic = 'Chính phủ điện tử, chính phủ số';
    const withComma = { ...round, selection: { mode: 'quota' as const, quotas: [{ topic, count: 10 }] } };
    const form = roundToForm(withComma, [topic, 'B']);
    expect(form.quotas).toEqual({ [topic]: 10, B: 0 });
    const result = validateRoundForm(form);
    expect(result.ok && result.request.selection).toEqual({ mode: 'quota', quotas: [{ topic, count: 10 }] });
  });

  it('refuses a close before the opening and quotas that miss the count', () => {
    const form = { ...roundToForm(round, ['A']), closesAt: '2025-05-18T08:00', quotas: { A: 8 } };
    const result = validateRoundForm(form);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['closesAt', 'selection']);
  });

  it('reads a fixed paper from typed ids and refuses junk', () => {
    expect(parseQuestionIds('12, 15 18;20')).toEqual([12, 15, 18, 20]);
    expect(parseQuestionIds('12, abc')).toBeNull();
    const form = { ...roundToForm(round, ['A']), selectionMode: 'fixed' as const, questionIds: '1, x' };
    expect(validateRoundForm(form)).toEqual({ ok: false, problems: ['selection'] });
  });

  it('drops an empty prompt when the prediction is switched off', () => {
    const form = { ...roundToForm(round, ['A']), predictionEnabled: false, predictionPrompt: '' };
    const result = validateRoundForm(form);
    expect(result.ok && result.request.predictionPrompt).toBeNull();
  });
});
