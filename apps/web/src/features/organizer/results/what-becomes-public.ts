/**
 * What finalising, re-finalising and publishing do, as the points their confirmations list (keys
 * under `organizer.results.confirm`): the organizer learns what anyone will see before it is seen.
 */
export type ConfirmPoint =
  | 'finaliseComputes'
  | 'finaliseLocks'
  | 'notYetPublic'
  | 'refinaliseComputes'
  | 'refinaliseAudited'
  | 'refinalisePublicNow'
  | 'publishWinners'
  | 'publishRankingPublic'
  | 'publishRankingPrivate'
  | 'publishFinal';

export const FINALISE_POINTS: readonly ConfirmPoint[] = ['finaliseComputes', 'finaliseLocks', 'notYetPublic'];

export const refinalisePoints = (published: boolean): ConfirmPoint[] => [
  'refinaliseComputes',
  'refinaliseAudited',
  published ? 'refinalisePublicNow' : 'notYetPublic',
];

/** `publicRankingNames` is the contest's choice: the full ranking with names and units, or the winners only. */
export const publishPoints = (publicRankingNames: boolean): ConfirmPoint[] => [
  'publishWinners',
  publicRankingNames ? 'publishRankingPublic' : 'publishRankingPrivate',
  'publishFinal',
];
