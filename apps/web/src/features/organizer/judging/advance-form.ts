import { advanceRuleSchema, type AdvanceResult, type AdvanceRule } from '@contest/contracts';

export type AdvanceKind = AdvanceRule['kind'];
export const ADVANCE_KINDS: readonly AdvanceKind[] = ['top', 'threshold', 'hand'];

/** What the organizer is typing: every rule's fields kept, so switching kinds loses nothing. */
export interface AdvanceDraft {
  kind: AdvanceKind;
  count: number | '';
  minTotal: number | '';
  entryIds: readonly number[];
  reason: string;
}
export type AdvanceField = 'count' | 'minTotal' | 'entryIds' | 'reason';

export const emptyAdvanceDraft = (): AdvanceDraft => ({
  kind: 'top',
  count: '',
  minTotal: '',
  entryIds: [],
  reason: '',
});

/** The rule the draft states, checked by the api's own schema; the fields at fault otherwise. */
export function validateAdvanceDraft(
  draft: AdvanceDraft,
): { ok: true; rule: AdvanceRule } | { ok: false; problems: AdvanceField[] } {
  const candidate =
    draft.kind === 'top'
      ? { kind: 'top', count: draft.count === '' ? undefined : draft.count }
      : draft.kind === 'threshold'
        ? { kind: 'threshold', minTotal: draft.minTotal === '' ? undefined : draft.minTotal }
        : { kind: 'hand', entryIds: [...draft.entryIds].sort((a, b) => a - b), reason: draft.reason };
  const parsed = advanceRuleSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, rule: parsed.data };
  const problems = new Set<AdvanceField>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'count' || field === 'minTotal' || field === 'entryIds' || field === 'reason')
      problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}

/** Two statements of a rule are the same rule: what "Apply only what was previewed" compares. */
export const sameRule = (a: AdvanceRule, b: AdvanceRule): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

const canonical = (rule: AdvanceRule) =>
  rule.kind === 'hand'
    ? { ...rule, entryIds: [...new Set(rule.entryIds)].sort((a, b) => a - b), reason: rule.reason.trim() }
    : rule;

type Row = AdvanceResult['advancing'][number];

/** The two entries either side of a top-N cut, with how they were told apart. */
export function cutRows(
  result: AdvanceResult,
): { lastIn: Row; firstOut: Row; decidedBy: 'total' | 'tie_break' } | null {
  if (!result.cut) return null;
  const { lastIn, firstOut, decidedBy } = result.cut;
  const inRow = result.advancing.find((row) => row.entryId === lastIn);
  const outRow = result.staying.find((row) => row.entryId === firstOut);
  return inRow && outRow ? { lastIn: inRow, firstOut: outRow, decidedBy } : null;
}
