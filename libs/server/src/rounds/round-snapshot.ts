import type { CountedAttempt, QuestionSelection, RoundSummary } from '@contest/contracts';
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
  questions: SnapshotQuestion[];
}

export function roundSummary(s: RoundSnapshot, now: Date): RoundSummary {
  return {
    id: s.id,
    contestId: s.contestId,
    contestName: s.contestName,
    name: s.name,
    weekNumber: s.weekNumber,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    status: roundStatus(now, new Date(s.opensAt), new Date(s.closesAt)),
    questionCount: s.questionCount,
    timeLimitSeconds: s.timeLimitSeconds,
    attemptsAllowed: s.attemptsAllowed,
    countedAttempt: s.countedAttempt,
    predictionEnabled: s.predictionEnabled,
    predictionPrompt: s.predictionEnabled ? s.predictionPrompt : null,
  };
}
