import { seededRandom, shuffle } from './random';

/** `unitPath` is the unit's materialised path of ids ("/1/5/23/"), null for no unit. */
export interface AssignableEntry {
  id: number;
  unitPath: string | null;
}

export interface AssignableJudge {
  id: number;
  unitPath: string | null;
}

export interface Pair {
  entryId: number;
  judgeId: number;
}

/** The key of `declared` conflicts and of assigned pairs. */
export const pairKey = (entryId: number, judgeId: number): string => `${entryId}:${judgeId}`;

/**
 * Two units on one line of the tree: the same unit, or one above the other. The tree's root is
 * not "above" anyone here: the province's own staff run the contest and judge every unit's work,
 * while a district judging its own commune (or a commune its district) is judging at home.
 */
export function unitsOnOneLine(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [upper, lower] = a.length <= b.length ? [a, b] : [b, a];
  if (!lower.startsWith(upper)) return false;
  return upper === lower || upper.split('/').filter(Boolean).length > 1;
}

/**
 * A judge may not score an entry from their own unit, its parent or its sub-units (see
 * `unitsOnOneLine`), nor one they declared a conflict on. No unit on either side is no unit
 * conflict. `declared` holds `${entryId}:${judgeId}`.
 */
export function isConflicted(
  entry: AssignableEntry,
  judge: AssignableJudge,
  declared: ReadonlySet<string>,
): boolean {
  if (unitsOnOneLine(entry.unitPath, judge.unitPath)) return true;
  return declared.has(pairKey(entry.id, judge.id));
}

/**
 * Automatic assignment: give every entry `perEntry` judges in total (existing assignments count
 * and are kept), never a conflicted judge, balancing load: each pick goes to the non-conflicted,
 * not-yet-assigned judge with the fewest assignments so far (existing ones included), ties broken
 * by a seeded shuffle, so the same seed gives the same result.
 * Entries are filled in a seeded order too. Returns only the NEW pairs, and the entries that
 * could not reach perEntry (with how many judges they lack).
 *
 * The judges are reshuffled for every entry so that tied judges do not always land on the same
 * panels. Greedy picks can leave loads 2 apart when unit conflicts bite late, so new pairs are
 * then moved along chains of judges until no judge has 2 more than another that could take one.
 * Existing pairs are kept even when they are now conflicted (removing them is a human decision).
 * `added` is sorted by entry id then judge id, `short` by entry id.
 */
export function assignJudges(input: {
  entries: readonly AssignableEntry[];
  judges: readonly AssignableJudge[];
  perEntry: number;
  existing: readonly Pair[];
  declared: ReadonlySet<string>;
  seed: string;
}): { added: Pair[]; short: { entryId: number; missing: number }[] } {
  const { entries, judges, perEntry, existing, declared, seed } = input;
  if (!Number.isInteger(perEntry) || perEntry < 0)
    throw new RangeError(`perEntry must be a non-negative integer, got ${perEntry}`);

  const assigned = new Set<string>();
  const load = new Map<number, number>();
  const panelSize = new Map<number, number>();
  for (const p of existing) {
    const key = pairKey(p.entryId, p.judgeId);
    if (assigned.has(key)) continue;
    assigned.add(key);
    load.set(p.judgeId, (load.get(p.judgeId) ?? 0) + 1);
    panelSize.set(p.entryId, (panelSize.get(p.entryId) ?? 0) + 1);
  }

  const random = seededRandom(seed);
  // Sorted first so the result depends on the seed, not on the order the rows came in.
  const byId = <T extends { id: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id - b.id);
  const sortedJudges = byId(judges);
  const added: Pair[] = [];
  const short: { entryId: number; missing: number }[] = [];

  for (const entry of shuffle(byId(entries), random)) {
    let need = perEntry - (panelSize.get(entry.id) ?? 0);
    if (need <= 0) continue;
    const candidates = shuffle(sortedJudges, random).filter(
      (j) => !assigned.has(pairKey(entry.id, j.id)) && !isConflicted(entry, j, declared),
    );
    while (need > 0 && candidates.length > 0) {
      const pick = leastLoaded(candidates, load);
      const judge = candidates.splice(pick, 1)[0];
      assigned.add(pairKey(entry.id, judge.id));
      load.set(judge.id, (load.get(judge.id) ?? 0) + 1);
      added.push({ entryId: entry.id, judgeId: judge.id });
      need--;
    }
    if (need > 0) short.push({ entryId: entry.id, missing: need });
  }

  rebalanceLoads({ added, assigned, load, judges: shuffle(sortedJudges, random), entries, declared });
  added.sort((a, b) => a.entryId - b.entryId || a.judgeId - b.judgeId);
  short.sort((a, b) => a.entryId - b.entryId);
  return { added, short };
}

/** Index of the first judge with the fewest assignments; the shuffle made "first" random. */
function leastLoaded(candidates: readonly AssignableJudge[], load: ReadonlyMap<number, number>): number {
  let best = 0;
  let bestLoad = Number.POSITIVE_INFINITY;
  candidates.forEach((j, i) => {
    const l = load.get(j.id) ?? 0;
    if (l < bestLoad) {
      best = i;
      bestLoad = l;
    }
  });
  return best;
}

/**
 * Moves new pairs until no judge can hand one on, directly or through a chain, to a judge with 2
 * fewer. Along a chain s → a → b each judge passes one entry to the next, so only the two ends
 * change load; every success lowers the sum of squared loads, so this ends.
 */
function rebalanceLoads(state: {
  added: Pair[];
  assigned: Set<string>;
  load: Map<number, number>;
  judges: readonly AssignableJudge[];
  entries: readonly AssignableEntry[];
  declared: ReadonlySet<string>;
}): void {
  const { added, assigned, load, judges, declared } = state;
  const entryById = new Map(state.entries.map((e) => [e.id, e]));
  const loadOf = (judgeId: number) => load.get(judgeId) ?? 0;
  const pairsOf = new Map<number, Set<number>>(judges.map((j) => [j.id, new Set<number>()]));
  added.forEach((p, i) => pairsOf.get(p.judgeId)?.add(i));

  type Step = { from: number; pairIndex: number; to: number };
  /** Breadth-first over "from hands one of its new entries to `to`"; also returns what it saw. */
  const findChain = (source: number): { chain: Step[] | null; seen: Set<number> } => {
    const via = new Map<number, Step>();
    const seen = new Set([source]);
    const queue = [source];
    while (queue.length > 0) {
      const from = queue.shift() as number;
      for (const pairIndex of pairsOf.get(from) ?? []) {
        const entry = entryById.get(added[pairIndex].entryId) as AssignableEntry;
        for (const to of judges) {
          if (seen.has(to.id) || assigned.has(pairKey(entry.id, to.id)) || isConflicted(entry, to, declared))
            continue;
          seen.add(to.id);
          via.set(to.id, { from, pairIndex, to: to.id });
          if (loadOf(to.id) <= loadOf(source) - 2) {
            const chain: Step[] = [];
            for (let step = via.get(to.id); step; step = via.get(step.from)) chain.push(step);
            return { chain, seen };
          }
          queue.push(to.id);
        }
      }
    }
    return { chain: null, seen };
  };

  const move = ({ from, pairIndex, to }: Step) => {
    const { entryId } = added[pairIndex];
    assigned.delete(pairKey(entryId, from));
    assigned.add(pairKey(entryId, to));
    load.set(from, loadOf(from) - 1);
    load.set(to, loadOf(to) + 1);
    pairsOf.get(from)?.delete(pairIndex);
    pairsOf.get(to)?.add(pairIndex);
    added[pairIndex] = { entryId, judgeId: to };
  };

  for (;;) {
    const heaviestFirst = judges.map((j) => j.id).sort((a, b) => loadOf(b) - loadOf(a));
    const lightest = Math.min(...heaviestFirst.map(loadOf));
    // A judge seen by a failed search reaches only what that search reached: no need to retry it.
    const hopeless = new Set<number>();
    let chain: Step[] | null = null;
    for (const source of heaviestFirst) {
      if (loadOf(source) - lightest < 2) break;
      if (hopeless.has(source)) continue;
      const found = findChain(source);
      if ((chain = found.chain)) break;
      for (const id of found.seen) if (loadOf(id) <= loadOf(source)) hopeless.add(id);
    }
    if (!chain) return;
    // Each judge is on the chain once, and every move was checked against the same state, so
    // the moves do not depend on each other's order.
    chain.forEach(move);
  }
}

/**
 * The order a judge sees their entries in: a shuffle seeded by `${seed}:${judgeId}`, different
 * per judge, stable across reloads. The ids are sorted first so the order does not depend on the
 * order the database returned them in.
 */
export function judgeEntryOrder(entryIds: readonly number[], judgeId: number, seed: string): number[] {
  const sorted = [...entryIds].sort((a, b) => a - b);
  return shuffle(sorted, seededRandom(`${seed}:${judgeId}`));
}
