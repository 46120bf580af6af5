import {
  COLLECTIVE_COMPONENTS,
  UNIT_LEVELS,
  collectiveRuleSchema,
  type CollectiveComponent,
  type CollectiveRule,
  type CollectiveTieBreak,
  type UnitLevel,
} from '@contest/contracts';

/** A prize row as typed; '' while a number field is empty. `key` keeps React rows stable. */
export interface PrizeDraft {
  key: number;
  name: string;
  count: number | '';
  amount: number | '';
}

export interface RuleDraft {
  weights: Record<CollectiveComponent, number | ''>;
  minHeadcount: number | '';
  levels: UnitLevel[];
  prizes: PrizeDraft[];
  /** The criteria in use, in the order they break a tie. */
  tieBreak: CollectiveTieBreak[];
}

export const MAX_PRIZE_ROWS = 10;

/** A province's own office sets the contest; it does not usually compete with the units it runs. */
export const DEFAULT_LEVELS: readonly UnitLevel[] = UNIT_LEVELS.filter((level) => level !== 'province');

const DEFAULT_PRIZES = [
  { count: 1, amount: 5_000_000 },
  { count: 2, amount: 3_000_000 },
  { count: 3, amount: 2_000_000 },
] as const;

/** A first rule to start from, with the prize names in the reader's language. */
export function defaultRuleDraft(prizeNames: readonly [string, string, string]): RuleDraft {
  return {
    weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
    minHeadcount: 10,
    levels: [...DEFAULT_LEVELS],
    prizes: DEFAULT_PRIZES.map((prize, index) => ({ key: index, name: prizeNames[index], ...prize })),
    tieBreak: ['participationRate', 'averageScore', 'participants'],
  };
}

export function ruleToDraft(rule: CollectiveRule): RuleDraft {
  return {
    weights: { ...rule.weights },
    minHeadcount: rule.minHeadcount,
    levels: UNIT_LEVELS.filter((level) => rule.levels.includes(level)),
    prizes: rule.prizes.map((prize, index) => ({ key: index, ...prize })),
    tieBreak: [...rule.tieBreak],
  };
}

/** What a problem is attached to: a whole field, or one cell of a prize row (`prizes.1.amount`). */
export type RuleField = 'weights' | 'minHeadcount' | 'levels' | 'prizes' | 'tieBreak' | `prizes.${string}`;

const blankToNaN = (value: number | ''): number => (value === '' ? Number.NaN : value);

export function draftToRule(
  draft: RuleDraft,
): { ok: true; rule: CollectiveRule } | { ok: false; problems: RuleField[] } {
  const weights = Object.fromEntries(
    COLLECTIVE_COMPONENTS.map((component) => [component, blankToNaN(draft.weights[component])]),
  ) as Record<CollectiveComponent, number>;
  const result = collectiveRuleSchema.safeParse({
    weights,
    minHeadcount: blankToNaN(draft.minHeadcount),
    levels: UNIT_LEVELS.filter((level) => draft.levels.includes(level)),
    prizes: draft.prizes.map((prize) => ({
      name: prize.name,
      count: blankToNaN(prize.count),
      amount: blankToNaN(prize.amount),
    })),
    tieBreak: draft.tieBreak,
  });
  if (result.success) return { ok: true, rule: result.data };
  const problems = new Set<RuleField>();
  for (const issue of result.error.issues) problems.add(fieldOfPath(issue.path) ?? 'weights');
  // The schema checks "some weight above 0" only once every field parses; say it now, with the rest.
  if (Object.values(weights).every((weight) => weight === 0)) problems.add('weights');
  return { ok: false, problems: [...problems] };
}

/** The form field a schema (or server) issue path points at: `prizes.0.name`, `weights.averageScore`… */
export function fieldOfPath(path: readonly PropertyKey[]): RuleField | null {
  const [head, index, cell] = path.map(String);
  if (head === 'prizes' && index !== undefined && cell !== undefined) return `prizes.${index}.${cell}`;
  const fields: readonly RuleField[] = ['weights', 'minHeadcount', 'levels', 'prizes', 'tieBreak'];
  return fields.find((field) => field === head) ?? null;
}

export type RuleProblemKind =
  'weights' | 'minHeadcount' | 'levels' | 'prizes' | 'tieBreak' | 'name' | 'count' | 'amount';

/** The message a field's problem takes: a prize cell's by its column, any other by its field. */
export function problemKind(field: RuleField): RuleProblemKind {
  if (!field.startsWith('prizes.')) return field as RuleProblemKind;
  const cell = field.split('.')[2];
  return cell === 'name' || cell === 'count' || cell === 'amount' ? cell : 'prizes';
}

/** What the prizes cost altogether, counting only rows typed in full. */
export function prizePurse(prizes: readonly PrizeDraft[]): { prizes: number; amount: number } {
  let count = 0;
  let amount = 0;
  for (const prize of prizes) {
    if (prize.count === '') continue;
    count += prize.count;
    if (prize.amount !== '') amount += prize.count * prize.amount;
  }
  return { prizes: count, amount };
}
