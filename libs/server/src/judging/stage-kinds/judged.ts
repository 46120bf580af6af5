import type { StageKindRules, WorkRefusal } from './stage-kind';

/**
 * Judges score the stage's entries on its rubric, blind to each other until the lock. Scoring
 * runs in the stage's window; without an opening it opens when the call closes, since until then
 * a unit may still replace its entry and a score must be of the final one.
 */
export const judged: StageKindRules = {
  kind: 'judged',
  scored: true,
  workRefusal(stage, track, now): WorkRefusal | null {
    if (stage.lockedAt) return { code: 'stage_locked', params: { lockedAt: stage.lockedAt } };
    if (stage.opensAt === null && now < track.closesAt)
      return { code: 'judging_not_started', params: { closesAt: track.closesAt } };
    if (stage.opensAt !== null && now < stage.opensAt)
      return { code: 'stage_not_open_yet', params: { opensAt: stage.opensAt } };
    if (stage.closesAt !== null && now >= stage.closesAt)
      return { code: 'stage_window_closed', params: { closesAt: stage.closesAt } };
    return null;
  },
};
