import type { RankedEntry } from './entry-ranking';

/**
 * How a stage's entries advance to the next: its best N, every entry at or above a total, or a
 * hand-picked list with the reason written down. The rule is stated before it is applied, and
 * every advance traces back to a rank, a total or that reason.
 */
export type AdvanceRule =
  | { kind: 'top'; count: number }
  | { kind: 'threshold'; minTotal: number }
  | { kind: 'hand'; entryIds: readonly number[]; reason: string };

export type AdvanceRefusal =
  | { code: 'advance_takes_nobody' }
  | { code: 'advance_more_than_field'; count: number; field: number }
  | { code: 'advance_unknown_entries'; entryIds: number[] }
  | { code: 'advance_needs_reason' };

/** Where a top-N cut fell: the last entry in, the first left out, and what told them apart. */
export interface AdvanceCut {
  lastIn: number;
  firstOut: number;
  /** 'total' when their totals differ; 'tie_break' when only the stated tie-breaks (or entry id) did. */
  decidedBy: 'total' | 'tie_break';
}

export interface AdvanceOutcome {
  advancing: number[];
  staying: number[];
  cut: AdvanceCut | null;
}

/**
 * Applies a rule to a stage's ranking (as `rankEntries` orders it). Refused, with the reason, when
 * it would take nobody, when N is larger than the field, when a hand-picked id is not in the
 * stage, or when a hand-picked list has no reason. `advancing` keeps the ranking's order.
 */
export function applyAdvanceRule(
  ranking: readonly RankedEntry[],
  rule: AdvanceRule,
): { ok: true; outcome: AdvanceOutcome } | { ok: false; refusal: AdvanceRefusal } {
  const ordered = [...ranking].sort((a, b) => a.rank - b.rank);
  let advancing: RankedEntry[];
  let cut: AdvanceCut | null = null;
  if (rule.kind === 'top') {
    if (!Number.isInteger(rule.count) || rule.count < 1)
      return { ok: false, refusal: { code: 'advance_takes_nobody' } };
    if (rule.count > ordered.length)
      return {
        ok: false,
        refusal: { code: 'advance_more_than_field', count: rule.count, field: ordered.length },
      };
    advancing = ordered.slice(0, rule.count);
    const firstOut = ordered[rule.count];
    if (firstOut) {
      const lastIn = advancing[advancing.length - 1];
      cut = {
        lastIn: lastIn.entryId,
        firstOut: firstOut.entryId,
        decidedBy: lastIn.total === firstOut.total ? 'tie_break' : 'total',
      };
    }
  } else if (rule.kind === 'threshold') {
    advancing = ordered.filter((e) => e.total >= rule.minTotal);
  } else {
    if (rule.reason.trim().length === 0) return { ok: false, refusal: { code: 'advance_needs_reason' } };
    const known = new Set(ordered.map((e) => e.entryId));
    const unknown = [...new Set(rule.entryIds)].filter((id) => !known.has(id));
    if (unknown.length) return { ok: false, refusal: { code: 'advance_unknown_entries', entryIds: unknown } };
    const picked = new Set(rule.entryIds);
    advancing = ordered.filter((e) => picked.has(e.entryId));
  }
  if (advancing.length === 0) return { ok: false, refusal: { code: 'advance_takes_nobody' } };
  const ids = new Set(advancing.map((e) => e.entryId));
  return {
    ok: true,
    outcome: {
      advancing: advancing.map((e) => e.entryId),
      staying: ordered.filter((e) => !ids.has(e.entryId)).map((e) => e.entryId),
      cut,
    },
  };
}
