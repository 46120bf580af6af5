import type { StageKindRules, WorkRefusal } from './stage-kind';

/**
 * A unit pre-screens the initiatives its people sent: it returns one to its author with a
 * comment, or forwards it to the organizer with its head's confirmation. It acts inside the
 * stage's window; the close is the units' deadline. Entries arrive as their authors send them.
 */
export const unitReview: StageKindRules = {
  kind: 'unit_review',
  scored: false,
  workRefusal(stage, _track, now): WorkRefusal | null {
    if (stage.opensAt !== null && now < stage.opensAt)
      return { code: 'unit_review_not_open_yet', params: { opensAt: stage.opensAt } };
    if (stage.closesAt !== null && now >= stage.closesAt)
      return { code: 'unit_review_closed', params: { closesAt: stage.closesAt } };
    return null;
  },
};
