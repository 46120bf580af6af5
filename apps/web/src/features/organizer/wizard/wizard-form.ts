import { DEFAULT_PREDICTION_PROMPT, contestWizardSchema, type ContestWizard } from '@contest/contracts';

import { addHoursVn, nextVnMondayAt, vnLocalToIso } from '../../../lib/contest-time';
import type { ContestValues } from '../common/ContestFields';
import type { PaperSettings } from '../common/PaperFields';
import { numberOrNaN, toTopicQuotas, type QuotaDraft } from '../common/quotas';

type Count = number | '';

/** The contest, how its rounds are scheduled, and the paper every round gets. */
export interface WizardForm extends ContestValues, PaperSettings {
  /** Vietnam time as a datetime-local input holds it. */
  firstOpensAt: string;
  openHours: Count;
  weeks: Count;
  questionsPerRound: Count;
  quotas: QuotaDraft;
}

export const WIZARD_STEPS = [
  ['name', 'year', 'topics', 'prizeCounts'],
  ['firstOpensAt', 'openHours', 'weeks'],
  ['questionsPerRound', 'timeLimit', 'quotas', 'attemptsAllowed', 'predictionPrompt'],
] as const;

export type WizardField = (typeof WIZARD_STEPS)[number][number];

/** Contract field (and server issue path) → wizard field. */
export const WIZARD_FIELD_BY_PATH: Readonly<Record<string, WizardField>> = {
  name: 'name',
  year: 'year',
  topics: 'topics',
  prizeCounts: 'prizeCounts',
  firstOpensAt: 'firstOpensAt',
  openHours: 'openHours',
  weeks: 'weeks',
  questionsPerRound: 'questionsPerRound',
  timeLimitSeconds: 'timeLimit',
  quotas: 'quotas',
  attemptsAllowed: 'attemptsAllowed',
  predictionPrompt: 'predictionPrompt',
};

export function defaultWizardForm(now: Date): WizardForm {
  return {
    name: '',
    year: Number(nextVnMondayAt(8, now).slice(0, 4)),
    topics: [],
    prizeCounts: { first: 1, second: 2, third: 3, encouragement: 5 },
    onePrizePerPerson: true,
    unitAdminsCompete: false,
    publicRankingNames: false,
    firstOpensAt: nextVnMondayAt(8, now),
    openHours: 72,
    weeks: 4,
    questionsPerRound: 20,
    timeLimitMinutes: 15,
    quotas: {},
    attemptsAllowed: 1,
    countedAttempt: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    predictionEnabled: true,
    predictionPrompt: DEFAULT_PREDICTION_PROMPT,
    scoreVisibility: 'after_grading',
  };
}

export function wizardRequest(form: WizardForm): ContestWizard {
  const prize = form.prizeCounts;
  return {
    name: form.name.trim(),
    year: numberOrNaN(form.year),
    topics: form.topics.map((topic) => topic.trim()),
    firstOpensAt: vnLocalToIso(form.firstOpensAt) ?? '',
    openHours: numberOrNaN(form.openHours),
    weeks: numberOrNaN(form.weeks),
    questionsPerRound: numberOrNaN(form.questionsPerRound),
    timeLimitSeconds: Math.round(numberOrNaN(form.timeLimitMinutes) * 60),
    quotas: toTopicQuotas(form.quotas),
    attemptsAllowed: numberOrNaN(form.attemptsAllowed),
    countedAttempt: form.countedAttempt,
    shuffleQuestions: form.shuffleQuestions,
    shuffleOptions: form.shuffleOptions,
    predictionEnabled: form.predictionEnabled,
    predictionPrompt: form.predictionEnabled ? form.predictionPrompt.trim() : undefined,
    scoreVisibility: form.scoreVisibility,
    prizeCounts: {
      first: numberOrNaN(prize.first),
      second: numberOrNaN(prize.second),
      third: numberOrNaN(prize.third),
      encouragement: numberOrNaN(prize.encouragement),
    },
    onePrizePerPerson: form.onePrizePerPerson,
    unitAdminsCompete: form.unitAdminsCompete,
    publicRankingNames: form.publicRankingNames,
  };
}

/** Checks the whole wizard with the contract's rules; the caller words each problem field. */
export function validateWizard(
  form: WizardForm,
): { ok: true; request: ContestWizard } | { ok: false; problems: WizardField[] } {
  const request = wizardRequest(form);
  const result = contestWizardSchema.safeParse(request);
  if (result.success) return { ok: true, request };
  const problems = new Set<WizardField>();
  for (const issue of result.error.issues) {
    const field = WIZARD_FIELD_BY_PATH[String(issue.path[0] ?? '')];
    if (field) problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}

/** The first step holding one of the fields, to send the organizer back to it. */
export function stepOfFirstProblem(fields: readonly WizardField[]): number | null {
  const index = WIZARD_STEPS.findIndex((step) => step.some((field) => fields.includes(field)));
  return index < 0 ? null : index;
}

export const problemsInStep = (problems: readonly WizardField[], step: number): WizardField[] =>
  problems.filter((field) => (WIZARD_STEPS[step] as readonly WizardField[] | undefined)?.includes(field));

/** The weekly rounds the schedule describes: one a week from the first opening, each open `openHours`. */
export function plannedRounds(
  firstOpensAtIso: string,
  openHours: number,
  weeks: number,
): { week: number; opensAt: string; closesAt: string }[] {
  if (!firstOpensAtIso || !(openHours > 0) || !(weeks > 0)) return [];
  return Array.from({ length: Math.min(weeks, 52) }, (_, index) => {
    const opensAt = addHoursVn(firstOpensAtIso, index * 7 * 24);
    return { week: index + 1, opensAt, closesAt: addHoursVn(opensAt, openHours) };
  });
}
