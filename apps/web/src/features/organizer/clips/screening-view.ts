import type { ScreeningDecision, ScreeningEntry } from '@contest/contracts';

/** What the screening list shows: every entry, one screening state, or those not sent in full. */
export const SCREENING_FILTERS = ['all', 'pending', 'accepted', 'rejected', 'unfinished'] as const;
export type ScreeningFilter = (typeof SCREENING_FILTERS)[number];

/** Only a complete entry (a processed file or a link) is screened; drafts, uploads in progress and withdrawn ones wait. */
export const isScreenable = (entry: Pick<ScreeningEntry, 'status'>): boolean => entry.status === 'submitted';

export function filterScreening<E extends Pick<ScreeningEntry, 'status' | 'screening'>>(
  entries: readonly E[],
  filter: ScreeningFilter,
): E[] {
  if (filter === 'all') return [...entries];
  if (filter === 'unfinished') return entries.filter((entry) => !isScreenable(entry));
  return entries.filter((entry) => isScreenable(entry) && entry.screening === filter);
}

/** How many entries each filter shows, for the filter's own labels. */
export function filterCounts(
  entries: readonly Pick<ScreeningEntry, 'status' | 'screening'>[],
): Record<ScreeningFilter, number> {
  return Object.fromEntries(
    SCREENING_FILTERS.map((filter) => [filter, filterScreening(entries, filter).length]),
  ) as Record<ScreeningFilter, number>;
}

/** The decisions that would change something: an accepted entry can still be rejected, and back. */
export function availableDecisions(
  entry: Pick<ScreeningEntry, 'status' | 'screening'>,
): ScreeningDecision['decision'][] {
  if (!isScreenable(entry)) return [];
  return (['accepted', 'rejected'] as const).filter((decision) => entry.screening !== decision);
}

export const MIN_REJECT_REASON = 5;
export const MAX_REJECT_REASON = 2000;

/** The unit reads the reason to fix its entry: a word or two is not enough. */
export function rejectReasonOk(reason: string): boolean {
  const length = reason.trim().length;
  return length >= MIN_REJECT_REASON && length <= MAX_REJECT_REASON;
}
