import type { ReviewState } from './review-clock';
import type { CountedAttempt, QuestionSelection, RoundSummary, ScoreVisibility } from '@contest/contracts';
import { roundStatus } from '@contest/domain';

export interface SnapshotQuestion {
  id: number;
  topic: string;
  text: string;
  options: string[];
  correct: number;
  /** Retired questions are no longer drawn but still grade the attempts that hold them. */
  retired: boolean;
}

/** Everything a start, an autosave or a grading needs of a round, read once and cached. */
export interface RoundSnapshot {
  id: number;
  contestId: number;
  contestName: string;
  name: string;
  weekNumber: number;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  timeLimitSeconds: number;
  selection: QuestionSelection;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  attemptsAllowed: number;
  countedAttempt: CountedAttempt;
  predictionEnabled: boolean;
  predictionPrompt: string | null;
  scoreVisibility: ScoreVisibility;
  /** The contest's rule: whether unit admins take part (organizers and judges never do). */
  unitAdminsCompete: boolean;
  questions: SnapshotQuestion[];
  /** Extra time and attempts granted per participant (keyed by user id); usually empty. */
  overrides: Record<string, ParticipantAllowance>;
}

/**
 * A value worked out from a snapshot once per snapshot object, not once per request: a snapshot
 * is never changed, only replaced by a newer one, which gets its own.
 */
export function fromSnapshot<T>(compute: (snapshot: RoundSnapshot) => T): (snapshot: RoundSnapshot) => T {
  const memo = new WeakMap<RoundSnapshot, T>();
  return (snapshot) => {
    if (!memo.has(snapshot)) memo.set(snapshot, compute(snapshot));
    return memo.get(snapshot)!;
  };
}

export interface ParticipantAllowance {
  extraSeconds: number;
  extraAttempts: number;
}

const NONE: ParticipantAllowance = { extraSeconds: 0, extraAttempts: 0 };

/** One participant's attempts, time limit and close, overrides included. */
export interface Allowance {
  attemptsAllowed: number;
  timeLimitSeconds: number;
  closesAt: Date;
}

/** What one participant may do in the round: the round's rules plus any overrides granted. */
export function allowanceOf(s: RoundSnapshot, userId: number): Allowance {
  const extra = s.overrides[userId] ?? NONE;
  return {
    attemptsAllowed: s.attemptsAllowed + extra.extraAttempts,
    timeLimitSeconds: s.timeLimitSeconds + extra.extraSeconds,
    /** Extra time also moves this participant's close, so a late start still gets it. */
    closesAt: new Date(new Date(s.closesAt).getTime() + extra.extraSeconds * 1000),
  };
}

/**
 * When no attempt of the round can still be written by anyone, as the cached snapshot knows it:
 * for telling participants when reviews open. Serving the key itself asks ReviewClock (Postgres).
 */
export function reviewOpensAt(s: RoundSnapshot): Date {
  const longest = Math.max(0, ...Object.values(s.overrides).map((o) => o.extraSeconds));
  return new Date(new Date(s.closesAt).getTime() + longest * 1000);
}

/** Whether a graded attempt's score may be shown now: always, or once the review has opened. */
export function scoresVisible(s: RoundSnapshot, review: ReviewState): boolean {
  return s.scoreVisibility === 'after_grading' || review.open;
}

export function roundSummary(s: RoundSnapshot, now: Date, userId?: number): RoundSummary {
  const mine = userId === undefined ? null : allowanceOf(s, userId);
  return {
    id: s.id,
    contestId: s.contestId,
    contestName: s.contestName,
    name: s.name,
    weekNumber: s.weekNumber,
    opensAt: s.opensAt,
    // A participant's own extension keeps the round open for them, until their own close.
    closesAt: mine?.closesAt.toISOString() ?? s.closesAt,
    status: roundStatus(now, new Date(s.opensAt), mine?.closesAt ?? new Date(s.closesAt)),
    questionCount: s.questionCount,
    timeLimitSeconds: mine?.timeLimitSeconds ?? s.timeLimitSeconds,
    attemptsAllowed: mine?.attemptsAllowed ?? s.attemptsAllowed,
    countedAttempt: s.countedAttempt,
    predictionEnabled: s.predictionEnabled,
    predictionPrompt: s.predictionEnabled ? s.predictionPrompt : null,
    scoreVisibility: s.scoreVisibility,
    reviewOpensAt: reviewOpensAt(s).toISOString(),
  };
}
