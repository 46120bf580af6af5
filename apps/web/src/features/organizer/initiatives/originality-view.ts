import type { EntryOriginality, OriginalityMatch, TrackOriginality } from '@contest/contracts';

export type OriginalityItem = TrackOriginality['items'][number];

/** What the list shows: all compared initiatives, those with a likely duplicate, or those still to decide. */
export const ORIGINALITY_FILTERS = ['all', 'likely_duplicate', 'undecided'] as const;
export type OriginalityFilter = (typeof ORIGINALITY_FILTERS)[number];

/**
 * Still to decide: something came near and nobody has said whether it is the same idea. One with
 * nothing near has nothing to decide: it is not counted, and its badge does not say "to decide".
 */
export const needsDecision = (item: Pick<OriginalityItem, 'closest' | 'originality'>): boolean =>
  item.closest !== null && item.originality.decision === 'unchecked';

/** What an initiative's badge says: to decide (the filter's count), nothing near, or the decision. */
export type OriginalityStatus = 'to_decide' | 'no_match' | 'original' | 'duplicate';

export function originalityStatus(
  decision: OriginalityItem['originality']['decision'],
  hasMatch: boolean,
): OriginalityStatus {
  if (decision !== 'unchecked') return decision;
  return hasMatch ? 'to_decide' : 'no_match';
}

export function filterOriginality<I extends Pick<OriginalityItem, 'closest' | 'originality'>>(
  items: readonly I[],
  filter: OriginalityFilter,
): I[] {
  if (filter === 'likely_duplicate')
    return items.filter((item) => item.closest?.level === 'likely_duplicate');
  if (filter === 'undecided') return items.filter(needsDecision);
  return [...items];
}

export function originalityCounts(
  items: readonly Pick<OriginalityItem, 'closest' | 'originality'>[],
): Record<OriginalityFilter, number> {
  return Object.fromEntries(
    ORIGINALITY_FILTERS.map((filter) => [filter, filterOriginality(items, filter).length]),
  ) as Record<OriginalityFilter, number>;
}

/**
 * The organizer reads the closest first, and the likely duplicates before the merely similar
 * ones; within a level, the more alike first.
 */
export function sortForReview<I extends Pick<OriginalityItem, 'closest' | 'originality' | 'entryId'>>(
  items: readonly I[],
): I[] {
  const rank = (item: I) => (item.closest === null ? 2 : item.closest.level === 'likely_duplicate' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      Number(!needsDecision(a)) - Number(!needsDecision(b)) ||
      rank(a) - rank(b) ||
      (b.closest?.similarity ?? 0) - (a.closest?.similarity ?? 0) ||
      a.entryId - b.entryId,
  );
}

/** The pair's likeness as one figure: the title's or the text's, whichever is higher. */
export const matchSimilarity = (
  match: Pick<OriginalityMatch, 'titleSimilarity' | 'textSimilarity'>,
): number => Math.max(match.titleSimilarity, match.textSimilarity);

/** The match a duplicate decision points at, if it is one of those shown. */
export function decidedMatch(
  data: Pick<EntryOriginality, 'originality' | 'matches'>,
): OriginalityMatch | null {
  const { ofEntryId, ofRegisterId } = data.originality;
  return (
    data.matches.find(
      (match) =>
        (match.source === 'entry' && match.id === ofEntryId) ||
        (match.source === 'register' && match.id === ofRegisterId),
    ) ?? null
  );
}

export const MIN_DUPLICATE_REASON = 5;
export const MAX_REASON = 2000;

/** A duplicate needs a reason the authors can be told; "original" may go without one. */
export function reasonOk(decision: 'original' | 'duplicate', reason: string): boolean {
  const length = reason.trim().length;
  if (length > MAX_REASON) return false;
  return decision === 'original' || length >= MIN_DUPLICATE_REASON;
}
