import {
  collectiveFinaliseSchema,
  type CollectiveFinalise,
  type CollectivePrizes,
  type CollectiveStanding,
} from '@contest/contracts';

/** Which standings the page shows: the finalised result, or the rule applied to today's figures. */
export type StandingsSource = 'finalised' | 'preview';

export function availableSources(data: Pick<CollectivePrizes, 'finalised' | 'preview'>): StandingsSource[] {
  return [
    ...(data.finalised ? (['finalised'] as const) : []),
    ...(data.preview ? (['preview'] as const) : []),
  ];
}

export function standingsOf(
  data: Pick<CollectivePrizes, 'finalised' | 'preview'>,
  source: StandingsSource,
): readonly CollectiveStanding[] {
  return (source === 'finalised' ? data.finalised?.standings : data.preview) ?? [];
}

/** Units that compete, best first, and those that may not take a prize, kept apart. */
export function splitStandings(standings: readonly CollectiveStanding[]): {
  ranked: CollectiveStanding[];
  ineligible: CollectiveStanding[];
} {
  const ranked = standings
    .filter((standing) => standing.ineligible === null)
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const ineligible = standings
    .filter((standing) => standing.ineligible !== null)
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  return { ranked, ineligible };
}

/** The prizes given, by name, in the order they first appear in the ranking: a summary above the table. */
export function prizesGiven(
  ranked: readonly CollectiveStanding[],
): { name: string; units: number; amount: number }[] {
  const byName = new Map<string, { name: string; units: number; amount: number }>();
  for (const standing of ranked) {
    if (!standing.prize) continue;
    const entry = byName.get(standing.prize.name) ?? { name: standing.prize.name, units: 0, amount: 0 };
    entry.units += 1;
    entry.amount += standing.prize.amount;
    byName.set(standing.prize.name, entry);
  }
  return [...byName.values()];
}

export const MIN_REASON_LENGTH = 5;

/**
 * The request to finalise: the first time needs nothing, again needs a reason of at least five
 * characters, since it replaces a result people may already have been told about.
 */
export function finaliseRequest(
  again: boolean,
  reason: string,
): { ok: true; body: CollectiveFinalise } | { ok: false } {
  if (!again) return { ok: true, body: {} };
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH) return { ok: false };
  const parsed = collectiveFinaliseSchema.safeParse({ reason: trimmed });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false };
}
