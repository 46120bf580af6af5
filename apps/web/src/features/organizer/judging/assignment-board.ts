import type {
  Assignment,
  AssignmentBoard,
  AutoAssignResult,
  JudgeSummary,
  Stage,
  Track,
} from '@contest/contracts';
import { isConflicted } from '@contest/domain';

export type BoardEntry = AssignmentBoard['entries'][number];

export interface EntryAssignment {
  assignment: Assignment;
  /** Undefined only if the judge's account stopped being a judge after the assignment. */
  judge: JudgeSummary | undefined;
}

export interface EntryAssignmentRow {
  entry: BoardEntry;
  assignments: EntryAssignment[];
  /** Assignments that count: a declared conflict takes the judge off the entry. */
  active: number;
  /** Judges still wanted to reach the stage's judges per entry. */
  missing: number;
  /** Every judge that counts has scored every criterion. */
  scored: boolean;
}

/**
 * Whether judges may score yet, by the server's rule for a judged stage: from its opening, or
 * without one from the call's close. Before then an unfinished assignment is waiting, not "being
 * scored". Unknown (the call still loading): assumed open, so nothing says "waiting" wrongly.
 */
export function scoringOpened(
  stage: Pick<Stage, 'opensAt' | 'judgingStartedAt'>,
  track: Pick<Track, 'closesAt'> | undefined,
  now: number,
): boolean {
  if (stage.judgingStartedAt !== null) return true;
  const opensAt = stage.opensAt ?? track?.closesAt;
  return opensAt === undefined || now >= Date.parse(opensAt);
}

/** The accepted entries in the board's order, each with its judges. */
export function entryRows(board: AssignmentBoard): EntryAssignmentRow[] {
  const judges = new Map(board.judges.map((j) => [j.id, j]));
  const byEntry = new Map<number, Assignment[]>();
  for (const a of board.assignments) byEntry.set(a.entryId, [...(byEntry.get(a.entryId) ?? []), a]);
  return board.entries.map((entry) => {
    const own = byEntry.get(entry.id) ?? [];
    const counting = own.filter((a) => a.conflict === null);
    return {
      entry,
      assignments: own.map((assignment) => ({ assignment, judge: judges.get(assignment.judgeId) })),
      active: counting.length,
      missing: Math.max(0, board.stage.judgesPerEntry - counting.length),
      scored: counting.length > 0 && counting.every((a) => a.complete),
    };
  });
}

/** A judge of the entry's own unit, its parent or a sub-unit: the server refuses the pair (judge_own_unit). */
export const isOwnUnitJudge = (entry: BoardEntry, judge: JudgeSummary): boolean =>
  isConflicted(
    { id: entry.id, unitPath: entry.unitPath },
    { id: judge.id, unitPath: judge.unitPath },
    new Set(),
  );

export interface JudgeOption {
  judge: JudgeSummary;
  ownUnit: boolean;
}

/**
 * Judges who could still be added to an entry by hand, least loaded first. Judges of the
 * entry's own unit stay in the list, marked, so the organizer sees why the server refuses them.
 */
export function addableJudges(board: AssignmentBoard, entry: BoardEntry): JudgeOption[] {
  const taken = new Set(board.assignments.filter((a) => a.entryId === entry.id).map((a) => a.judgeId));
  return board.judges
    .filter((j) => !taken.has(j.id))
    .map((judge) => ({ judge, ownUnit: isOwnUnitJudge(entry, judge) }))
    .sort(
      (a, b) =>
        Number(a.ownUnit) - Number(b.ownUnit) ||
        a.judge.assigned - b.judge.assigned ||
        a.judge.fullName.localeCompare(b.judge.fullName, 'vi'),
    );
}

export interface JudgeLoad {
  judge: JudgeSummary;
  /** Shares of the busiest judge's load, 0–100, for a bar that compares judges. */
  scoredPercent: number;
  pendingPercent: number;
}

export function judgeLoads(judges: readonly JudgeSummary[]): JudgeLoad[] {
  const most = Math.max(1, ...judges.map((j) => j.assigned));
  return judges.map((judge) => ({
    judge,
    scoredPercent: (100 * judge.scored) / most,
    pendingPercent: (100 * (judge.assigned - judge.scored)) / most,
  }));
}

export type MatrixCell =
  { kind: 'assigned'; assignment: Assignment } | { kind: 'ownUnit' } | { kind: 'free' };

/** What one entry × judge square of the matrix holds. */
export function matrixCell(board: AssignmentBoard, entry: BoardEntry, judge: JudgeSummary): MatrixCell {
  const assignment = board.assignments.find((a) => a.entryId === entry.id && a.judgeId === judge.id);
  if (assignment) return { kind: 'assigned', assignment };
  return isOwnUnitJudge(entry, judge) ? { kind: 'ownUnit' } : { kind: 'free' };
}

/** The entries the automatic assignment could not fill, by title, as it left them. */
export function shortEntries(
  result: AutoAssignResult,
  entries: readonly BoardEntry[],
): { entryId: number; title: string; missing: number }[] {
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  return result.short.map((s) => ({ ...s, title: titles.get(s.entryId) ?? `#${s.entryId}` }));
}
