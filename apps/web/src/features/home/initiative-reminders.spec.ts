import type { Stage, Track, UnitInbox } from '@contest/contracts';

import { initiativeEntry, initiativeTrack } from '../initiatives/initiative.fixture';
import {
  callsToAskAuthorAbout,
  callsToAskUnitAbout,
  inboxWaiting,
  openInitiativeCalls,
  returnedToFix,
} from './initiative-reminders';

// The call takes initiatives until Dec 10; its units review until Dec 15.
const unitReview = {
  id: 1,
  kind: 'unit_review',
  opensAt: null,
  closesAt: '2026-12-15T00:00:00.000Z',
} as Stage;
const call = (over: Partial<Track> = {}): Track =>
  initiativeTrack({}, { stages: [unitReview], submitter: 'participant', ...over });
const clip = { ...call(), id: 9, kind: 'clip' } as Track;
const open = Date.parse('2026-12-05T00:00:00Z');
const afterCall = Date.parse('2026-12-12T00:00:00Z');
const afterUnit = Date.parse('2026-12-16T00:00:00Z');
const review = (state: 'pending' | 'returned' | 'forwarded') => ({
  state,
  comment: null,
  headName: null,
  headPosition: null,
  reviewedByName: null,
  reviewedAt: null,
});

describe('initiative reminders on the home page', () => {
  it('names the initiative calls open to someone who may send one', () => {
    expect(openInitiativeCalls([call(), clip], open, 'participant').map((t) => t.id)).toEqual([3]);
    expect(openInitiativeCalls([call({ phase: 'closed' })], afterCall, 'participant')).toEqual([]);
    expect(openInitiativeCalls([call()], open, 'judge')).toEqual([]);
    // A call participants send to is not a unit admin's to write for.
    expect(openInitiativeCalls([call()], open, 'unit_admin')).toEqual([]);
  });

  it('asks about an author’s initiatives until the unit’s deadline, after the call closed', () => {
    const closed = call({ phase: 'closed' });
    expect(callsToAskAuthorAbout([call(), clip], 'participant', open).map((t) => t.id)).toEqual([3]);
    expect(callsToAskAuthorAbout([closed], 'participant', afterCall)).toHaveLength(1);
    expect(callsToAskAuthorAbout([closed], 'participant', afterUnit)).toEqual([]);
    expect(callsToAskAuthorAbout([call({ phase: 'upcoming' })], 'participant', open)).toEqual([]);
    expect(callsToAskAuthorAbout([call()], 'unit_admin', open)).toEqual([]);
  });

  it('counts the returned initiatives the author may still fix', () => {
    const mine = {
      track: call({ phase: 'closed' }),
      items: [
        initiativeEntry({ id: 1, unitReview: review('returned') }),
        initiativeEntry({ id: 2, unitReview: review('pending') }),
        initiativeEntry({ id: 3 }),
      ],
    };
    expect(returnedToFix(mine, afterCall)).toBe(1);
    expect(returnedToFix(mine, afterUnit)).toBe(0);
  });

  it('tells a unit admin, and only them, what waits in the inbox while the unit may answer', () => {
    expect(callsToAskUnitAbout([call(), clip], 'unit_admin', open).map((t) => t.id)).toEqual([3]);
    expect(callsToAskUnitAbout([call()], 'participant', open)).toEqual([]);
    expect(callsToAskUnitAbout([call()], 'unit_admin', afterUnit)).toEqual([]);
    const inbox = {
      track: call(),
      deadline: unitReview.closesAt,
      items: [
        { ...initiativeEntry({ id: 1, unitReview: review('pending') }), submittedByName: 'An' },
        { ...initiativeEntry({ id: 2, unitReview: review('forwarded') }), submittedByName: 'An' },
      ],
    } as UnitInbox;
    expect(inboxWaiting(inbox, afterCall)).toBe(1);
    expect(inboxWaiting(inbox, afterUnit)).toBe(0);
  });
});
