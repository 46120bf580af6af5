import {
  roundUpdateSchema,
  type QuestionSelection,
  type RoundAdmin,
  type RoundUpdate,
} from '@contest/contracts';

import { isoToVnLocal, vnLocalToIso } from '../../../lib/contest-time';
import type { PaperSettings } from '../common/PaperFields';
import { numberOrNaN, quotasFromSelection, toTopicQuotas, type QuotaDraft } from '../common/quotas';

type Count = number | '';

export interface RoundForm extends PaperSettings {
  name: string;
  opensAt: string;
  closesAt: string;
  questionCount: Count;
  selectionMode: QuestionSelection['mode'];
  quotas: QuotaDraft;
  /** Question ids of a fixed paper, as typed: "12, 15 18". */
  questionIds: string;
}

export type RoundField =
  | 'name'
  | 'opensAt'
  | 'closesAt'
  | 'questionCount'
  | 'timeLimit'
  | 'selection'
  | 'attemptsAllowed'
  | 'predictionPrompt';

export const ROUND_FIELD_BY_PATH: Readonly<Record<string, RoundField>> = {
  name: 'name',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
  questionCount: 'questionCount',
  timeLimitSeconds: 'timeLimit',
  selection: 'selection',
  attemptsAllowed: 'attemptsAllowed',
  predictionPrompt: 'predictionPrompt',
};

export function roundToForm(round: RoundAdmin, topics: readonly string[]): RoundForm {
  const { selection } = round;
  return {
    name: round.name,
    opensAt: isoToVnLocal(round.opensAt),
    closesAt: isoToVnLocal(round.closesAt),
    questionCount: round.questionCount,
    timeLimitMinutes: round.timeLimitSeconds / 60,
    selectionMode: selection.mode,
    quotas: quotasFromSelection(topics, selection.mode === 'quota' ? selection.quotas : []),
    questionIds: selection.mode === 'fixed' ? selection.questionIds.join(', ') : '',
    shuffleQuestions: round.shuffleQuestions,
    shuffleOptions: round.shuffleOptions,
    attemptsAllowed: round.attemptsAllowed,
    countedAttempt: round.countedAttempt,
    predictionEnabled: round.predictionEnabled,
    predictionPrompt: round.predictionPrompt ?? '',
    scoreVisibility: round.scoreVisibility,
  };
}

/** "12, 15 18" → [12, 15, 18]; null when a piece is not a question id. */
export function parseQuestionIds(text: string): number[] | null {
  const pieces = text.split(/[\s,;]+/).filter(Boolean);
  const ids = pieces.map(Number);
  return ids.every((id) => Number.isSafeInteger(id) && id > 0) ? ids : null;
}

export function roundRequest(form: RoundForm): RoundUpdate {
  const prompt = form.predictionPrompt.trim();
  return {
    name: form.name.trim(),
    opensAt: vnLocalToIso(form.opensAt) ?? '',
    closesAt: vnLocalToIso(form.closesAt) ?? '',
    questionCount: numberOrNaN(form.questionCount),
    timeLimitSeconds: Math.round(numberOrNaN(form.timeLimitMinutes) * 60),
    selection:
      form.selectionMode === 'quota'
        ? { mode: 'quota', quotas: toTopicQuotas(form.quotas) }
        : { mode: 'fixed', questionIds: parseQuestionIds(form.questionIds) ?? [] },
    shuffleQuestions: form.shuffleQuestions,
    shuffleOptions: form.shuffleOptions,
    attemptsAllowed: numberOrNaN(form.attemptsAllowed),
    countedAttempt: form.countedAttempt,
    predictionEnabled: form.predictionEnabled,
    // A switched-off prediction keeps its wording for later, unless there is nothing worth keeping.
    predictionPrompt: form.predictionEnabled || prompt.length >= 5 ? prompt : null,
    scoreVisibility: form.scoreVisibility,
  };
}

export function validateRoundForm(
  form: RoundForm,
): { ok: true; request: RoundUpdate } | { ok: false; problems: RoundField[] } {
  const request = roundRequest(form);
  const problems = new Set<RoundField>();
  if (form.selectionMode === 'fixed' && parseQuestionIds(form.questionIds) === null)
    problems.add('selection');
  const result = roundUpdateSchema.safeParse(request);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = ROUND_FIELD_BY_PATH[String(issue.path[0] ?? '')];
      if (field) problems.add(field);
    }
  }
  return problems.size === 0 ? { ok: true, request } : { ok: false, problems: [...problems] };
}
