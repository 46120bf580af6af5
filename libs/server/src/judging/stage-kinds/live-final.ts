import type { StageKindRules, WorkRefusal } from './stage-kind';

/**
 * A final in a hall: teams perform part by part and judges score each part while the organizer
 * holds it open (`live_part_windows`, checked for every sheet of a criterion with a part). The
 * stage's own window, when set, bounds the day; the lock ends it like any judged stage.
 */
export const liveFinal: StageKindRules = {
  kind: 'live_final',
  scored: true,
  workRefusal(stage, _track, now): WorkRefusal | null {
    if (stage.lockedAt) return { code: 'stage_locked', params: { lockedAt: stage.lockedAt } };
    if (stage.opensAt !== null && now < stage.opensAt)
      return { code: 'stage_not_open_yet', params: { opensAt: stage.opensAt } };
    if (stage.closesAt !== null && now >= stage.closesAt)
      return { code: 'stage_window_closed', params: { closesAt: stage.closesAt } };
    return null;
  },
};
