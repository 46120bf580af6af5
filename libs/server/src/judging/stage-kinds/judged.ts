import { entriesCloseAt, type StageKindRules, type WorkRefusal } from './stage-kind';

/**
 * Judges score the stage's entries on its rubric, blind to each other until the lock. Scoring
 * runs in the stage's window; without an opening it opens when entries stop arriving (the call's
 * close, or an initiative track's later units' deadline), since until then a unit may still
 * replace or forward an entry, and a stage locked before would leave those out.
 */
export const judged: StageKindRules = {
  kind: 'judged',
  scored: true,
  workRefusal(stage, track, now): WorkRefusal | null {
    if (stage.lockedAt) return { code: 'stage_locked', params: { lockedAt: stage.lockedAt } };
    const arriving = entriesCloseAt(track);
    if (stage.opensAt === null && now < arriving)
      return { code: 'judging_not_started', params: { closesAt: arriving } };
    if (stage.opensAt !== null && now < stage.opensAt)
      return { code: 'stage_not_open_yet', params: { opensAt: stage.opensAt } };
    if (stage.closesAt !== null && now >= stage.closesAt)
      return { code: 'stage_window_closed', params: { closesAt: stage.closesAt } };
    return null;
  },
};
