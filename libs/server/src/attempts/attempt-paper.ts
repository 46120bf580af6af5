import type { AttemptView, PaperQuestion } from '@contest/contracts';

import type { RoundSnapshot, SnapshotQuestion } from '../rounds/round-snapshot';
import type { StoredPaperItem } from './attempt.entity';

export function questionIndex(snapshot: RoundSnapshot): Map<number, SnapshotQuestion> {
  return new Map(snapshot.questions.map((q) => [q.id, q]));
}

/** The paper as the participant sees it: texts and options in this attempt's order, no key. */
export function shownPaper(paper: StoredPaperItem[], snapshot: RoundSnapshot): PaperQuestion[] {
  const byId = questionIndex(snapshot);
  return paper.map((item, position) => {
    const q = byId.get(item.q)!;
    return { position, text: q.text, options: item.o.map((i) => q.options[i]) };
  });
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
