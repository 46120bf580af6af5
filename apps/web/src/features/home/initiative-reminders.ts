import type { MyEntries, Role, Track, UnitInbox } from '@contest/contracts';

import { trackLinks } from '../gallery/track-status';
import { mayAuthorEdit, unitDeadlineOf } from '../initiatives/initiative-state';
import { reviewWindow } from '../initiatives/unit-inbox';

const initiativeTracks = (tracks: readonly Track[]) => tracks.filter((t) => t.kind === 'initiative');

/** Calls this role sends to (participants, or unit admins): the server refuses anyone else's entries. */
const callsSentBy = (tracks: readonly Track[], role: Role) =>
  initiativeTracks(tracks).filter((t) => t.submitter === role);

/** Initiative calls taking entries now, for someone who may send one. */
export const openInitiativeCalls = (tracks: readonly Track[], now: number, role: Role): Track[] =>
  callsSentBy(tracks, role).filter((track) => trackLinks(track, now, role).enter);

/**
 * Calls where the author may still have an initiative to fix: open, or closed with the unit's
 * deadline still ahead (a returned one can be fixed until then). Only these are asked about.
 */
export const callsToAskAuthorAbout = (tracks: readonly Track[], role: Role, now: number): Track[] =>
  callsSentBy(tracks, role).filter((track) => {
    if (track.phase === 'upcoming') return false;
    const deadline = unitDeadlineOf(track);
    return track.phase === 'open' || (deadline !== null && now < Date.parse(deadline));
  });

/** Initiatives the unit returned that the author may still fix and send again. */
export const returnedToFix = (mine: Pick<MyEntries, 'track' | 'items'>, now: number): number =>
  mine.items.filter((e) => e.unitReview?.state === 'returned' && mayAuthorEdit(mine.track, e, new Date(now)))
    .length;

/** Calls whose unit review has not closed yet: a unit admin's inbox may be waiting there. */
export const callsToAskUnitAbout = (tracks: readonly Track[], role: Role, now: number): Track[] =>
  role !== 'unit_admin'
    ? []
    : initiativeTracks(tracks).filter((track) => {
        if (track.phase === 'upcoming') return false;
        const stage = track.stages.find((s) => s.kind === 'unit_review');
        return reviewWindow(stage, null, now).kind !== 'closed';
      });

/** Initiatives waiting for the unit's answer while it may still give one. */
export function inboxWaiting(inbox: UnitInbox, now: number): number {
  const stage = inbox.track.stages.find((s) => s.kind === 'unit_review');
  if (reviewWindow(stage, inbox.deadline, now).kind === 'closed') return 0;
  return inbox.items.filter((e) => e.unitReview?.state === 'pending').length;
}
