import type { Criterion, JudgeEntry, ScoreSheetInput } from '@contest/contracts';
import { round2 } from '@contest/domain';

/** Points move in quarters, as the server's schema requires (multipleOf 0.25). */
export const POINT_STEP = 0.25;

/** One criterion as the judge is typing it: the points stay text until saved, so nothing is silently reread. */
export interface CriterionDraft {
  points: string;
  comment: string;
}
export type SheetDraft = Readonly<Record<number, CriterionDraft>>;
type SavedScores = JudgeEntry['scores'];

export type PointsProblem =
  'not_a_number' | 'out_of_range' | 'not_a_quarter' | 'comment_needs_points' | 'cannot_clear';

/** The saved sheet as the form shows it, points written with the reader's decimal mark ("7,25"). */
export function draftFromScores(
  criteria: readonly Criterion[],
  saved: SavedScores,
  decimalMark: '.' | ',' = '.',
): SheetDraft {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const points = saved.find((s) => s.criterionId === criterion.id)?.points ?? null;
      const comment = saved.find((s) => s.criterionId === criterion.id)?.comment ?? '';
      return [
        criterion.id,
        { points: points === null ? '' : String(points).replace('.', decimalMark), comment },
      ];
    }),
  );
}

// One decimal mark at most, comma or point: "7,5" and "7.5" are the same, "1.234,5" is refused, not misread.
const POINTS_TEXT = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The points typed, null when the field is empty; NaN when it holds something that is not a number. */
export function readPoints(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  return POINTS_TEXT.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

export function criterionProblem(
  criterion: Pick<Criterion, 'id' | 'maxPoints'>,
  draft: CriterionDraft | undefined,
  saved: SavedScores,
): PointsProblem | null {
  const points = readPoints(draft?.points ?? '');
  if (points === null) {
    // The api keeps a saved score until it is replaced: an emptied field would silently keep the old points.
    if (saved.some((s) => s.criterionId === criterion.id && s.points !== null)) return 'cannot_clear';
    return draft?.comment.trim() ? 'comment_needs_points' : null;
  }
  if (Number.isNaN(points)) return 'not_a_number';
  if (points < 0 || points > criterion.maxPoints) return 'out_of_range';
  if (!Number.isInteger(points / POINT_STEP)) return 'not_a_quarter';
  return null;
}

/** Every criterion with a problem; an empty map means the sheet may be saved (partly filled or not). */
export function sheetProblems(
  criteria: readonly Criterion[],
  draft: SheetDraft,
  saved: SavedScores,
): Map<number, PointsProblem> {
  const problems = new Map<number, PointsProblem>();
  for (const criterion of criteria) {
    const problem = criterionProblem(criterion, draft[criterion.id], saved);
    if (problem) problems.set(criterion.id, problem);
  }
  return problems;
}

/**
 * The points typed for a criterion if the server would take them (a number from 0 to the
 * criterion's maximum, in quarters); null for an empty field and for anything else.
 */
export function validPoints(criterion: Pick<Criterion, 'maxPoints'>, text: string): number | null {
  const points = readPoints(text);
  if (points === null || !Number.isFinite(points)) return null;
  if (points < 0 || points > criterion.maxPoints || !Number.isInteger(points / POINT_STEP)) return null;
  return points;
}

export interface SheetSum {
  /** The valid points added up: what the sheet would total once saved. */
  sum: number;
  /** Criteria with valid points. */
  scored: number;
  /** Criteria holding something that is not valid points: left out of the sum, and named. */
  invalid: Criterion[];
}

/** The live total of the sheet: only valid points count; a value past the maximum or not a number is set apart. */
export function sheetSum(criteria: readonly Criterion[], draft: SheetDraft): SheetSum {
  let sum = 0;
  let scored = 0;
  const invalid: Criterion[] = [];
  for (const criterion of criteria) {
    const text = draft[criterion.id]?.points ?? '';
    const points = validPoints(criterion, text);
    if (points !== null) {
      sum += points;
      scored++;
    } else if (text.trim() !== '') invalid.push(criterion);
  }
  return { sum: round2(sum), scored, invalid };
}

/** The request body: every criterion with points (a partial sheet is saved as far as it goes). */
export function scoresToSave(criteria: readonly Criterion[], draft: SheetDraft): ScoreSheetInput['scores'] {
  return criteria.flatMap((criterion) => {
    const entry = draft[criterion.id];
    const points = readPoints(entry?.points ?? '');
    if (points === null || Number.isNaN(points)) return [];
    const comment = entry?.comment.trim() ?? '';
    return [{ criterionId: criterion.id, points, comment: comment === '' ? null : comment }];
  });
}

/** Whether what is typed differs from what the server holds. */
export function sheetChanged(criteria: readonly Criterion[], draft: SheetDraft, saved: SavedScores): boolean {
  const before = draftFromScores(criteria, saved);
  return criteria.some((criterion) => {
    const now = draft[criterion.id];
    const then = before[criterion.id];
    return (
      readPoints(now?.points ?? '') !== readPoints(then.points) ||
      (now?.comment.trim() ?? '') !== then.comment.trim()
    );
  });
}
