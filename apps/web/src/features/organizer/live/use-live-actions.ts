import type { LiveReveal, LiveScoring, LiveSpot, LiveTimerAction } from '@contest/contracts';

import { callApi } from '../../../api';
import { useLiveAction } from './use-live-control';

export const useOrderAction = (stageId: number) =>
  useLiveAction(stageId, (entryIds: number[]) =>
    callApi('liveOrder', { params: { stageId }, body: { entryIds } }),
  );

export const useCurrentAction = (stageId: number) =>
  useLiveAction(stageId, (current: LiveSpot | null) =>
    callApi('liveCurrent', { params: { stageId }, body: { current } }),
  );

export const useTimerAction = (stageId: number) =>
  useLiveAction(stageId, (action: LiveTimerAction['action']) =>
    callApi('liveTimer', { params: { stageId }, body: { action } }),
  );

export const useScoringAction = (stageId: number) =>
  useLiveAction(stageId, (body: LiveScoring) => callApi('liveScoring', { params: { stageId }, body }));

export const useRevealAction = (stageId: number) =>
  useLiveAction(stageId, (body: LiveReveal) => callApi('liveReveal', { params: { stageId }, body }));
