import type { AttemptView, PaperQuestion } from '@contest/contracts';

import type { JsonText } from '../http/json-text';
import { fromSnapshot, type RoundSnapshot, type SnapshotQuestion } from '../rounds/round-snapshot';
import type { StoredPaperItem } from './attempt.entity';

export const questionIndex: (snapshot: RoundSnapshot) => Map<number, SnapshotQuestion> = fromSnapshot(
  (snapshot) => new Map(snapshot.questions.map((q) => [q.id, q])),
);

/** The paper as the participant sees it: texts and options in this attempt's order, no key. */
export function shownPaper(paper: StoredPaperItem[], snapshot: RoundSnapshot): PaperQuestion[] {
  const byId = questionIndex(snapshot);
  return paper.map((item, position) => {
    const q = byId.get(item.q)!;
    return { position, text: q.text, options: item.o.map((i) => q.options[i]) };
  });
}

/** Each question's text and options as JSON text, escaped once per snapshot. */
const escapedQuestions = fromSnapshot(
  (snapshot) =>
    new Map(
      snapshot.questions.map((q) => [
        q.id,
        { text: JSON.stringify(q.text), options: q.options.map((o) => JSON.stringify(o)) },
      ]),
    ),
);

/**
 * An attempt as the JSON text of its AttemptView, the paper being `shownPaper`'s. A start burst
 * sends thousands of papers drawn from one pool, and the questions are most of each reply: their
 * texts are escaped once per snapshot and pieced into each reply, not escaped again for each.
 */
export function attemptViewJson(
  view: Omit<AttemptView, 'questions'>,
  paper: StoredPaperItem[],
  snapshot: RoundSnapshot,
): JsonText<AttemptView> {
  const byId = escapedQuestions(snapshot);
  const questions = paper.map((item, position) => {
    const q = byId.get(item.q)!;
    return `{"position":${position},"text":${q.text},"options":[${item.o.map((i) => q.options[i]).join(',')}]}`;
  });
  return `${JSON.stringify(view).slice(0, -1)},"questions":[${questions.join(',')}]}`;
}

export interface AttemptRow {
  id: number;
  roundId: number;
  userId: number;
  status: AttemptView['status'];
  paper: StoredPaperItem[];
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  submittedBy: 'participant' | 'system' | null;
  prediction: number | null;
  score: number | null;
  timeTakenMs: number | null;
}

export const ATTEMPT_COLUMNS = `a.id, a.round_id AS "roundId", a.user_id AS "userId", a.status, a.paper,
  a.started_at AS "startedAt", a.deadline, a.submitted_at AS "submittedAt", a.submitted_by AS "submittedBy",
  a.prediction, a.score, a.time_taken_ms AS "timeTakenMs"`;
