import { unitChangedEventSchema } from '@contest/contracts';

/** What a `unit.changed` push asks the page to fetch again. */
export interface RefreshPlan {
  /** The rounds whose people lists changed; 'all' when the push names none (a roster change). */
  peopleRounds: readonly number[] | 'all';
  /** A roster upload is the only change that names no round. */
  roster: boolean;
}

/**
 * Reads a push on the page's socket; null for a payload of the wrong shape. The socket is in one
 * unit room only, and the push may name the sub-unit where the change happened rather than the
 * room's unit, so the unit id is not compared.
 */
export function refreshPlanFor(payload: unknown): RefreshPlan | null {
  const parsed = unitChangedEventSchema.safeParse(payload);
  if (!parsed.success) return null;
  const { roundIds } = parsed.data;
  return roundIds.length === 0
    ? { peopleRounds: 'all', roster: true }
    : { peopleRounds: roundIds, roster: false };
}
