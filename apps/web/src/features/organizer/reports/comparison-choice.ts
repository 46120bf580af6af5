import type { ComparisonQuery } from '@contest/contracts';

/** What the report is compared with: another contest run in the system, or typed-in totals. */
export type ComparisonTarget = { kind: 'contest'; id: number } | { kind: 'typed'; id: number };

/** `?compare=c2` (contest 2) or `?compare=e1` (typed-in entry 1); anything else: nothing chosen. */
export function parseComparisonTarget(param: string | null): ComparisonTarget | null {
  const match = /^([ce])(\d+)$/.exec(param ?? '');
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { kind: match[1] === 'c' ? 'contest' : 'typed', id };
}

export const comparisonTargetParam = (target: ComparisonTarget): string =>
  `${target.kind === 'contest' ? 'c' : 'e'}${target.id}`;

/** The query the comparison routes take: exactly one of the two ids. */
export const comparisonQuery = (target: ComparisonTarget): ComparisonQuery =>
  target.kind === 'contest' ? { withContestId: target.id } : { withEarlierId: target.id };
