import type { StageKind } from '@contest/contracts';

import { judged } from './judged';
import { liveFinal } from './live-final';
import { screening } from './screening';
import { unitReview } from './unit-review';
import type { StageKindRules } from './stage-kind';

export { entriesCloseAt } from './stage-kind';
export type { StageKindRules, StageTimes, TrackTimes, WorkRefusal } from './stage-kind';

/** Every stage kind, by the name a stage's `kind` column holds. */
export const STAGE_KINDS_BY_NAME: Record<StageKind, StageKindRules> = {
  unit_review: unitReview,
  screening,
  judged,
  live_final: liveFinal,
};

export const stageKind = (kind: string): StageKindRules => {
  const rules = STAGE_KINDS_BY_NAME[kind as StageKind];
  if (!rules) throw new Error(`unknown stage kind "${kind}"`);
  return rules;
};
