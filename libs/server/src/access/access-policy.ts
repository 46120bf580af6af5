import type { Role, TrackSubmitter, VoterRule } from '@contest/contracts';
import { unitsOnOneLine } from '@contest/domain';

/**
 * Who may do what to which resource: every rule of access, written once. Pure functions over the
 * facts a service already has (the account, the resource's unit path, its track, its stage), so
 * a table-driven test walks role × resource × action without a database, and `AccessService`
 * turns a "no" into the right refusal. Services ask here instead of comparing roles themselves.
 */
export interface Actor {
  id: number;
  role: Role;
  unitId: number | null;
  unitPath: string | null;
}

/** A materialised unit path ("/1/5/23/") lies in the subtree rooted at `root`. */
export const inSubtree = (path: string, root: string | null): boolean =>
  root !== null && path.startsWith(root);

// ---- Units ----

/**
 * The organizers' own ground: the contest's set-up, screening, assignments, locks and publishing,
 * live dashboards, the queue board. (The routes say so in `API_ROUTES`; sockets and the board ask here.)
 */
export const mayOrganize = (actor: Actor | undefined): boolean => actor?.role === 'organizer';

/** Who follows units at all: organizers (every unit) and unit admins (their subtree, see below). */
export const mayFollowUnits = (actor: Actor | undefined): boolean =>
  actor?.role === 'organizer' || actor?.role === 'unit_admin';

/** Organizers see every unit; a unit admin sees their own unit's subtree (its people, roster, figures). */
export function maySeeUnit(actor: Actor | undefined, unit: { path: string }): boolean {
  if (actor?.role === 'organizer') return true;
  return actor?.role === 'unit_admin' && inSubtree(unit.path, actor.unitPath);
}

/** The tree itself (create, rename, move, merge, headcounts) is the organizers'. */
export const mayEditUnitTree = mayOrganize;

// ---- Entries ----

export interface EntryFacts {
  unitId: number;
  submittedBy: number | null;
  status: 'submitted' | 'withdrawn' | string;
  screening: 'pending' | 'accepted' | 'rejected' | string;
}

/**
 * Who sends entries to a track: its unit admins for their unit, or each participant for themself.
 * Null when the account may, else why not.
 */
export function enterRefusal(
  actor: Actor | undefined,
  track: { submitter: TrackSubmitter; scopePath?: string | null },
): 'track_unit_admins_only' | 'track_participants_only' | 'track_needs_unit' | 'track_out_of_scope' | null {
  if (track.submitter === 'unit_admin' && actor?.role !== 'unit_admin') return 'track_unit_admins_only';
  if (track.submitter === 'participant' && actor?.role !== 'participant') return 'track_participants_only';
  if (!actor?.unitId) return 'track_needs_unit';
  // A district's own contest: only its units' people (or admins) send.
  if (track.scopePath && !inSubtree(actor.unitPath ?? '', track.scopePath)) return 'track_out_of_scope';
  return null;
}

export const mayEnter = (
  actor: Actor | undefined,
  track: { submitter: TrackSubmitter; scopePath?: string | null },
): boolean => enterRefusal(actor, track) === null;

/**
 * The entrant an entry belongs to: on a unit admins' track the admin of the entry's unit, on a
 * participants' track its author. Only the entrant sees an entry before it is public and changes
 * it; another account of the same unit is nobody to it.
 */
export function isEntrant(
  actor: Actor | undefined,
  track: { submitter: TrackSubmitter },
  entry: Pick<EntryFacts, 'unitId' | 'submittedBy'>,
): boolean {
  if (!actor) return false;
  if (track.submitter === 'unit_admin') return actor.role === 'unit_admin' && actor.unitId === entry.unitId;
  return actor.role === 'participant' && actor.id === entry.submittedBy;
}

/**
 * Who may see an entry and play its clip: organizers, its entrant, the judges given it, and
 * anyone once it is accepted and the gallery is open.
 */
export function maySeeEntry(
  actor: Actor | undefined,
  facts: {
    track: { submitter: TrackSubmitter };
    entry: EntryFacts & { unitReview?: string | null };
    assignedToActor: boolean;
    galleryOpen: boolean;
  },
): boolean {
  if (actor?.role === 'organizer') return true;
  if (actor?.role === 'judge' && facts.assignedToActor) return true;
  if (isEntrant(actor, facts.track, facts.entry)) return true;
  if (mayReviewForUnit(actor, facts.entry)) return true;
  return facts.entry.status === 'submitted' && facts.entry.screening === 'accepted' && facts.galleryOpen;
}

/**
 * An initiative's unit pre-screens it: the admin of the unit it was sent to, once it was sent
 * (a draft is its author's alone).
 */
export function mayReviewForUnit(
  actor: Actor | undefined,
  entry: { unitId: number; unitReview?: string | null },
): boolean {
  return (
    actor?.role === 'unit_admin' &&
    actor.unitId === entry.unitId &&
    entry.unitReview !== null &&
    entry.unitReview !== undefined
  );
}

/**
 * Whose side of an entry an account is on: its entrant, its reviewing unit and organizers read
 * it whole (authors' phones and e-mails too); judges and the public read it without contacts.
 */
export function entryAudience(
  actor: Actor | undefined,
  track: { submitter: TrackSubmitter },
  entry: Pick<EntryFacts, 'unitId' | 'submittedBy'> & { unitReview?: string | null },
): 'owner' | 'public' {
  if (actor?.role === 'organizer') return 'owner';
  return isEntrant(actor, track, entry) || mayReviewForUnit(actor, entry) ? 'owner' : 'public';
}

// ---- Score sheets and stage results ----

/** A judge scores only on their own assignment; nobody scores for someone else. */
export const mayScore = (actor: Actor | undefined, assignment: { judgeId: number }): boolean =>
  actor?.role === 'judge' && actor.id === assignment.judgeId;

/**
 * A stage's standings: everyone once published; before that organizers, and the stage's own
 * judges once it is locked (to check the totals their sheets made).
 */
export function maySeeStageResults(
  actor: Actor | undefined,
  stage: { lockedAt: Date | string | null; publishedAt: Date | string | null },
  judgeOfStage: boolean,
): boolean {
  if (stage.publishedAt) return true;
  if (actor?.role === 'organizer') return true;
  return actor?.role === 'judge' && stage.lockedAt !== null && judgeOfStage;
}

/** A track's final results: everyone once published; organizers before (they publish them). */
export const maySeeTrackResults = (actor: Actor | undefined, published: boolean): boolean =>
  published || actor?.role === 'organizer';

/**
 * A winner's certificates: organizers, who print them before the ceremony; the entry's own
 * people (its entrant, its unit's admin) once the results are published.
 */
export function mayTakeCertificate(
  actor: Actor | undefined,
  track: { submitter: TrackSubmitter },
  entry: Pick<EntryFacts, 'unitId' | 'submittedBy'> & { unitReview?: string | null },
  published: boolean,
): boolean {
  if (actor?.role === 'organizer') return true;
  return published && (isEntrant(actor, track, entry) || mayReviewForUnit(actor, entry));
}

/** A unit's collective prize certificate: organizers; the unit's own admins once the results are published. */
export const mayTakeUnitCertificate = (
  actor: Actor | undefined,
  unitId: number,
  published: boolean,
): boolean =>
  actor?.role === 'organizer' || (published && actor?.role === 'unit_admin' && actor.unitId === unitId);

/** Judges' comments are notes for the organizers, before and after publishing; others see points. */
export const maySeeJudgeComments = (actor: Actor | undefined): boolean => actor?.role === 'organizer';

// ---- Rounds ----

/** Why an account may not take part in a round of this contest, or null if it may. */
export function takePartRefusal(
  role: Role,
  contest: { unitAdminsCompete: boolean },
): 'staff' | 'unit_admin' | null {
  if (role === 'organizer' || role === 'judge') return 'staff';
  if (role === 'unit_admin' && !contest.unitAdminsCompete) return 'unit_admin';
  return null;
}

// ---- Votes ----

export interface VotePolicy {
  /** Any registered account, or only accounts linked to a unit's roster. */
  voters: VoterRule;
  /** Accounts of the entry's own unit, its parent or its sub-units may not vote for it. */
  votesExcludeOwnUnit: boolean;
}

/** Why this account may not vote for this entry, or null if it may. */
export function voteRefusal(
  voter: Actor & { rostered: boolean },
  policy: VotePolicy,
  entryUnitPath: string,
): 'staff_may_not_vote' | 'vote_needs_roster' | 'vote_own_unit' | null {
  if (voter.role === 'organizer' || voter.role === 'judge') return 'staff_may_not_vote';
  if (policy.voters === 'rostered' && !voter.rostered) return 'vote_needs_roster';
  // The same line of the tree as a judge's conflict: a district voting for its communes votes at home.
  if (policy.votesExcludeOwnUnit && unitsOnOneLine(voter.unitPath, entryUnitPath)) return 'vote_own_unit';
  return null;
}
