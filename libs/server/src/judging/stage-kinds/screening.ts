import type { StageKindRules, WorkRefusal } from './stage-kind';

/**
 * The organizer screens what units forward (complete, in scope, original) and accepts it into the
 * first judged stage or rejects it with a reason. Screening does not wait for the call to close,
 * so a unit hears of a rejection while it can still answer; a window, when set, bounds it.
 */
export const screening: StageKindRules = {
  kind: 'screening',
  scored: false,
  workRefusal(stage, _track, now): WorkRefusal | null {
    if (stage.opensAt !== null && now < stage.opensAt)
      return { code: 'stage_not_open_yet', params: { opensAt: stage.opensAt } };
    if (stage.closesAt !== null && now >= stage.closesAt)
      return { code: 'stage_window_closed', params: { closesAt: stage.closesAt } };
    return null;
  },
};
