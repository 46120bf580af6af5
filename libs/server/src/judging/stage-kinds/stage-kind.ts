import type { ApiErrorCode, StageKind } from '@contest/contracts';

/** The facts a stage kind decides on: the stage's own window and its track's call. */
export interface StageTimes {
  opensAt: Date | null;
  closesAt: Date | null;
  lockedAt: Date | null;
}
export interface TrackTimes {
  closesAt: Date;
  /** An initiative track's units' deadline: units forward what their people sent until then. */
  unitsCloseAt?: Date | null;
}

/** When entries stop arriving: the call's close, or a later units' deadline. */
export const entriesCloseAt = (track: TrackTimes): Date =>
  track.unitsCloseAt && track.unitsCloseAt > track.closesAt ? track.unitsCloseAt : track.closesAt;

/** Why a stage's entries cannot be worked on now, with the refusal's parameters. */
export interface WorkRefusal {
  code: ApiErrorCode;
  params: Record<string, Date>;
}

/**
 * How one kind of stage behaves. Each kind lives in its own file beside this one and is chosen
 * from `STAGE_KINDS_BY_NAME` by the stage's `kind` column: a new contest shape is a new kind, not
 * edits to the others.
 */
export interface StageKindRules {
  kind: StageKind;
  /** Judges score its entries on a rubric (its standings rank them, a shortlist advances them). */
  scored: boolean;
  /**
   * Null when the stage's members may be worked on now (scored in a judged stage, forwarded or
   * returned in a unit's pre-screening, screened), else why not.
   */
  workRefusal(stage: StageTimes, track: TrackTimes, now: Date): WorkRefusal | null;
}
