import {
  enterRefusal,
  isEntrant,
  mayEnter,
  maySeeEntry,
  maySeeJudgeComments,
  maySeeStageResults,
  maySeeUnit,
  takePartRefusal,
  voteRefusal,
  type Actor,
} from './access-policy';

// A province (1), a district (5) with a commune (23), another district (6).
const PROVINCE = '/1/';
const DISTRICT = '/1/5/';
const COMMUNE = '/1/5/23/';
const OTHER = '/1/6/';

const who = {
  organizer: { id: 1, role: 'organizer', unitId: null, unitPath: null },
  entrant: { id: 2, role: 'unit_admin', unitId: 23, unitPath: COMMUNE },
  colleague: { id: 3, role: 'participant', unitId: 23, unitPath: COMMUNE },
  parentAdmin: { id: 4, role: 'unit_admin', unitId: 5, unitPath: DISTRICT },
  otherAdmin: { id: 5, role: 'unit_admin', unitId: 6, unitPath: OTHER },
  judge: { id: 6, role: 'judge', unitId: null, unitPath: null },
  provinceStaff: { id: 7, role: 'participant', unitId: 1, unitPath: PROVINCE },
  anonymous: undefined,
} satisfies Record<string, Actor | undefined>;
type Who = keyof typeof who;

const unitTrack = { submitter: 'unit_admin' } as const;
const pending = { unitId: 23, submittedBy: 2, status: 'submitted', screening: 'pending' };

describe('the access policy, role × resource × action', () => {
  it.each<[Who, boolean]>([
    ['organizer', true],
    ['entrant', true],
    ['colleague', false],
    ['parentAdmin', true],
    ['otherAdmin', false],
    ['judge', false],
    ['anonymous', false],
  ])("a commune's figures: %s sees them: %s", (w, allowed) => {
    expect(maySeeUnit(who[w], { path: COMMUNE })).toBe(allowed);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    // who, entrant (changes it), sees it pending, sees it pending when assigned
    ['organizer', false, true, true],
    ['entrant', true, true, true],
    ['colleague', false, false, false],
    ['parentAdmin', false, false, false],
    ['otherAdmin', false, false, false],
    ['judge', false, false, true],
    ['anonymous', false, false, false],
  ])(
    'an entry of the commune: %s is its entrant %s, sees it %s, assigned %s',
    (w, entrant, sees, assigned) => {
      expect(isEntrant(who[w], unitTrack, pending)).toBe(entrant);
      const facts = { track: unitTrack, entry: pending, galleryOpen: true };
      expect(maySeeEntry(who[w], { ...facts, assignedToActor: false })).toBe(sees);
      expect(maySeeEntry(who[w], { ...facts, assignedToActor: true })).toBe(assigned);
    },
  );

  it('shows an accepted entry to everyone once the gallery is open, and not before', () => {
    const accepted = { ...pending, screening: 'accepted' };
    for (const w of Object.keys(who) as Who[]) {
      expect(
        maySeeEntry(who[w], { track: unitTrack, entry: accepted, assignedToActor: false, galleryOpen: true }),
      ).toBe(true);
    }
    expect(
      maySeeEntry(who.colleague, {
        track: unitTrack,
        entry: accepted,
        assignedToActor: false,
        galleryOpen: false,
      }),
    ).toBe(false);
  });

  it("makes an entry on a participants' track its author's alone", () => {
    const track = { submitter: 'participant' } as const;
    const entry = { unitId: 23, submittedBy: 3 };
    expect(isEntrant(who.colleague, track, entry)).toBe(true);
    expect(isEntrant({ ...who.colleague, id: 99 }, track, entry)).toBe(false);
    expect(isEntrant(who.entrant, track, entry)).toBe(false);
    expect(mayEnter(who.colleague, track)).toBe(true);
    expect(mayEnter(who.entrant, track)).toBe(false);
    expect(mayEnter(who.entrant, unitTrack)).toBe(true);
    expect(mayEnter({ ...who.entrant, unitId: null }, unitTrack)).toBe(false);
    // And why not, in the words the api answers with.
    expect(enterRefusal(who.colleague, unitTrack)).toBe('track_unit_admins_only');
    expect(enterRefusal(who.entrant, track)).toBe('track_participants_only');
    expect(enterRefusal({ ...who.entrant, unitId: null }, unitTrack)).toBe('track_needs_unit');
    expect(enterRefusal(undefined, unitTrack)).toBe('track_unit_admins_only');
  });

  it('shows a stage’s standings to organizers, then its own judges once locked, then everyone once published', () => {
    const open = { lockedAt: null, publishedAt: null };
    const locked = { lockedAt: '2026-12-01T00:00:00Z', publishedAt: null };
    const published = { lockedAt: '2026-12-01T00:00:00Z', publishedAt: '2026-12-02T00:00:00Z' };
    expect(maySeeStageResults(who.organizer, open, false)).toBe(true);
    expect(maySeeStageResults(who.judge, open, true)).toBe(false);
    expect(maySeeStageResults(who.judge, locked, true)).toBe(true);
    expect(maySeeStageResults(who.judge, locked, false)).toBe(false);
    expect(maySeeStageResults(who.entrant, locked, false)).toBe(false);
    expect(maySeeStageResults(undefined, published, false)).toBe(true);
    // Judges' comments: organizers only, before and after publishing.
    expect(maySeeJudgeComments(who.organizer)).toBe(true);
    expect(maySeeJudgeComments(who.judge)).toBe(false);
    expect(maySeeJudgeComments(undefined)).toBe(false);
  });

  it('lets participants take part, unit admins where the contest says, staff never', () => {
    expect(takePartRefusal('participant', { unitAdminsCompete: false })).toBeNull();
    expect(takePartRefusal('unit_admin', { unitAdminsCompete: false })).toBe('unit_admin');
    expect(takePartRefusal('unit_admin', { unitAdminsCompete: true })).toBeNull();
    expect(takePartRefusal('judge', { unitAdminsCompete: true })).toBe('staff');
    expect(takePartRefusal('organizer', { unitAdminsCompete: true })).toBe('staff');
  });

  it.each<[Who, boolean, string | null]>([
    ['organizer', true, 'staff_may_not_vote'],
    ['judge', true, 'staff_may_not_vote'],
    ['entrant', true, 'vote_own_unit'],
    ['colleague', true, 'vote_own_unit'],
    ['parentAdmin', true, 'vote_own_unit'],
    ['otherAdmin', true, null],
    // The province's own staff are not every unit's parent.
    ['provinceStaff', true, null],
    ['colleague', false, 'vote_needs_roster'],
  ])('a vote for the commune’s entry by %s (rostered %s): %s', (w, rostered, refusal) => {
    const policy = {
      voters: rostered ? ('registered' as const) : ('rostered' as const),
      votesExcludeOwnUnit: true,
    };
    expect(voteRefusal({ ...who[w]!, rostered }, policy, COMMUNE)).toBe(refusal);
  });

  it('lets the own unit vote when the stage allows it', () => {
    expect(
      voteRefusal(
        { ...who.colleague, rostered: false },
        { voters: 'registered', votesExcludeOwnUnit: false },
        COMMUNE,
      ),
    ).toBeNull();
  });
});
