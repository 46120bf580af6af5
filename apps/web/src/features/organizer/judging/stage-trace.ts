import type { AggregationMethod, Criterion, Standing } from '@contest/contracts';

type Sheet = Standing['sheets'][number];

export interface TraceCell {
  criterion: Criterion;
  points: number | null;
  comment: string | null;
}

export interface TraceSheet {
  judgeId: number;
  judgeName: string;
  /** One per criterion, in the rubric's order. */
  cells: TraceCell[];
  /** Null until the judge has scored every criterion: such a sheet does not count yet. */
  total: number | null;
  normalised: number | null;
  /** The trimmed mean leaves out one highest and one lowest total. */
  dropped: 'highest' | 'lowest' | null;
}

export interface JudgeTrace {
  sheets: TraceSheet[];
  /** The figures averaged into the judges' points, in the sheets' order. */
  averaged: number[];
  /** Sheets left out because they are not finished. */
  unfinished: number;
}

/**
 * How an entry's judges' points come from the sheets, mirroring the server's aggregation: only
 * finished sheets count; the mean averages their totals, the trimmed mean first drops one highest
 * and one lowest (when at least 3 remain to drop from), the z-score averages the normalised totals.
 */
export function judgeTrace(
  standing: Pick<Standing, 'sheets'>,
  criteria: readonly Criterion[],
  method: AggregationMethod,
): JudgeTrace {
  const sheets: TraceSheet[] = standing.sheets.map((sheet) => ({
    judgeId: sheet.judgeId,
    judgeName: sheet.judgeName,
    cells: criteria.map((criterion) => cellOf(sheet, criterion)),
    total: sheet.total,
    normalised: sheet.normalised,
    dropped: null,
  }));
  const finished = sheets.filter((s) => s.total !== null);
  if (method === 'trimmed_mean' && finished.length >= 3) {
    // A stable sort, as the domain's: among equal totals the first is the lowest, the last the highest.
    const sorted = [...finished].sort((a, b) => a.total! - b.total!);
    sorted[0].dropped = 'lowest';
    sorted[sorted.length - 1].dropped = 'highest';
  }
  const averaged =
    method === 'z_score'
      ? finished.flatMap((s) => (s.normalised === null ? [] : [s.normalised]))
      : finished.filter((s) => s.dropped === null).map((s) => s.total!);
  return { sheets, averaged, unfinished: sheets.length - finished.length };
}

function cellOf(sheet: Sheet, criterion: Criterion): TraceCell {
  const score = sheet.scores.find((s) => s.criterionId === criterion.id);
  return { criterion, points: score?.points ?? null, comment: score?.comment?.trim() || null };
}

export interface TraceComment {
  judgeName: string;
  criterionName: string;
  comment: string;
}

/** Every comment the judges left, judge by judge in rubric order. */
export const traceComments = (trace: JudgeTrace): TraceComment[] =>
  trace.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cell) =>
      cell.comment
        ? [{ judgeName: sheet.judgeName, criterionName: cell.criterion.name, comment: cell.comment }]
        : [],
    ),
  );

/** An entry still waiting for sheets: its total can change until every judge finishes. */
export const isIncomplete = (standing: Pick<Standing, 'sheets'>): boolean =>
  standing.sheets.length === 0 || standing.sheets.some((s) => s.total === null);

/** The most votes any ranked entry has: that entry gets the full vote points. */
export const mostVotes = (standings: readonly Pick<Standing, 'votes'>[]): number =>
  standings.reduce((most, s) => Math.max(most, s.votes), 0);

export type VoteExplanation =
  | { kind: 'disabled' }
  | { kind: 'noVotes' }
  | { kind: 'proportional'; votes: number; mostVotes: number; cap: number; points: number; leader: boolean };

/**
 * How an entry's vote points were worked out: the most-voted entry takes the stage's vote points,
 * every other one votes ÷ most votes × vote points (rounded to 2 decimals by the server).
 */
export function voteExplanation(
  standing: Pick<Standing, 'votes' | 'votePoints'>,
  most: number,
  cap: number,
): VoteExplanation {
  if (cap <= 0) return { kind: 'disabled' };
  if (most <= 0) return { kind: 'noVotes' };
  return {
    kind: 'proportional',
    votes: standing.votes,
    mostVotes: most,
    cap,
    points: standing.votePoints,
    leader: standing.votes === most,
  };
}
