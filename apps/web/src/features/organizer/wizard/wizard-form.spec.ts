import { DEFAULT_PREDICTION_PROMPT } from '@contest/contracts';

import {
  defaultWizardForm,
  plannedRounds,
  problemsInStep,
  stepOfFirstProblem,
  validateWizard,
  type WizardForm,
} from './wizard-form';

const now = new Date('2025-05-14T03:00:00Z');

function filledForm(): WizardForm {
  return {
    ...defaultWizardForm(now),
    name: 'Tìm hiểu cải cách hành chính 2025',
    topics: ['Thủ tục hành chính', 'Chuyển đổi số'],
    questionsPerRound: 20,
    quotas: { 'Thủ tục hành chính': 12, 'Chuyển đổi số': 8 },
  };
}

describe('defaultWizardForm', () => {
  it('proposes four weekly rounds of 72 hours from next Monday 08:00, with the default prediction', () => {
    const form = defaultWizardForm(now);
    expect(form).toMatchObject({
      firstOpensAt: '2025-05-19T08:00',
      openHours: 72,
      weeks: 4,
      year: 2025,
      predictionEnabled: true,
      predictionPrompt: DEFAULT_PREDICTION_PROMPT,
    });
  });
});

describe('validateWizard', () => {
  it('builds the request: minutes become seconds, Vietnam time gets +07:00, empty quotas drop out', () => {
    const result = validateWizard({
      ...filledForm(),
      topics: ['Thủ tục hành chính', 'Chuyển đổi số', 'Khác'],
      quotas: { 'Thủ tục hành chính': 12, 'Chuyển đổi số': 8, Khác: 0 },
    });
    expect(result).toEqual({
      ok: true,
      request: expect.objectContaining({
        timeLimitSeconds: 900,
        firstOpensAt: '2025-05-19T08:00:00+07:00',
        quotas: [
          { topic: 'Thủ tục hành chính', count: 12 },
          { topic: 'Chuyển đổi số', count: 8 },
        ],
        predictionPrompt: DEFAULT_PREDICTION_PROMPT,
      }),
    });
  });

  it('refuses quotas that do not add up to the questions per round', () => {
    const result = validateWizard({
      ...filledForm(),
      quotas: { 'Thủ tục hành chính': 12, 'Chuyển đổi số': 5 },
    });
    expect(result).toEqual({ ok: false, problems: ['quotas'] });
  });

  it('names every broken field, an empty number included', () => {
    const result = validateWizard({
      ...filledForm(),
      name: 'x',
      openHours: '',
      firstOpensAt: '2025-13-01T08:00',
      prizeCounts: { first: -1, second: 2, third: 3, encouragement: 5 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.problems].sort()).toEqual(['firstOpensAt', 'name', 'openHours', 'prizeCounts']);
    expect(stepOfFirstProblem(result.problems)).toBe(0);
    expect(problemsInStep(result.problems, 1).sort()).toEqual(['firstOpensAt', 'openHours']);
  });

  it('keeps a topic whose name holds a comma as one topic, with its quota', () => {
    const topic = 'Chính phủ điện tử, chính phủ số';
    const result = validateWizard({
      ...filledForm(),
      topics: [topic, 'Chuyển đổi số'],
      quotas: { [topic]: 12, 'Chuyển đổi số': 8 },
    });
    expect(result.ok && result.request).toMatchObject({
      topics: [topic, 'Chuyển đổi số'],
      quotas: [
        { topic, count: 12 },
        { topic: 'Chuyển đổi số', count: 8 },
      ],
    });
  });

  it('shows scores right after grading, ranks no unit admin and keeps the ranking private unless chosen', () => {
    const byDefault = validateWizard(filledForm());
    expect(byDefault.ok && byDefault.request).toMatchObject({
      scoreVisibility: 'after_grading',
      unitAdminsCompete: false,
      publicRankingNames: false,
    });
    const chosen = validateWizard({
      ...filledForm(),
      scoreVisibility: 'after_close',
      unitAdminsCompete: true,
      publicRankingNames: true,
    });
    expect(chosen.ok && chosen.request).toMatchObject({
      scoreVisibility: 'after_close',
      unitAdminsCompete: true,
      publicRankingNames: true,
    });
  });

  it('sends no prompt when the prediction question is off', () => {
    const result = validateWizard({ ...filledForm(), predictionEnabled: false, predictionPrompt: '' });
    expect(result.ok && result.request.predictionPrompt).toBeUndefined();
  });
});

describe('plannedRounds', () => {
  it('opens one round a week, each for the given hours', () => {
    expect(plannedRounds('2025-05-19T08:00:00+07:00', 72, 2)).toEqual([
      { week: 1, opensAt: '2025-05-19T08:00:00+07:00', closesAt: '2025-05-22T08:00:00+07:00' },
      { week: 2, opensAt: '2025-05-26T08:00:00+07:00', closesAt: '2025-05-29T08:00:00+07:00' },
    ]);
  });

  it('plans nothing until the schedule is complete', () => {
    expect(plannedRounds('', 72, 4)).toEqual([]);
    expect(plannedRounds('2025-05-19T08:00:00+07:00', Number.NaN, 4)).toEqual([]);
  });
});
