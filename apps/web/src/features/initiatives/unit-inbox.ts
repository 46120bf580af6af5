import type { Stage, Track, UnitInbox } from '@contest/contracts';

import { foldDiacritics } from '../../lib/fold-diacritics';

type InboxEntry = UnitInbox['items'][number];

export interface InboxGroups {
  pending: InboxEntry[];
  forwarded: InboxEntry[];
  returned: InboxEntry[];
}

/** What the unit has to read, what it sent on, and what it gave back to the authors. */
export function inboxGroups(items: readonly InboxEntry[]): InboxGroups {
  const of = (state: 'pending' | 'forwarded' | 'returned') =>
    items.filter((e) => e.unitReview?.state === state);
  return { pending: of('pending'), forwarded: of('forwarded'), returned: of('returned') };
}

/** Whether the account that sent it is one of its authors: then its name is said once, among the authors. */
export function sentByAnAuthor(entry: Pick<InboxEntry, 'authors' | 'submittedByName'>): boolean {
  const sender = foldDiacritics(entry.submittedByName.trim());
  return entry.authors.some((name) => foldDiacritics(name.trim()) === sender);
}

/** Whether the unit may return or forward now, by its pre-screening stage's window (the server's rule). */
export type ReviewWindow =
  | { kind: 'open'; closesAt: string | null }
  | { kind: 'notYet'; opensAt: string }
  | { kind: 'closed'; closesAt: string };

export function reviewWindow(
  stage: Pick<Stage, 'opensAt' | 'closesAt'> | undefined,
  deadline: string | null,
  now: number,
): ReviewWindow {
  const opensAt = stage?.opensAt ?? null;
  const closesAt = deadline ?? stage?.closesAt ?? null;
  if (opensAt !== null && now < Date.parse(opensAt)) return { kind: 'notYet', opensAt };
  if (closesAt !== null && now >= Date.parse(closesAt)) return { kind: 'closed', closesAt };
  return { kind: 'open', closesAt };
}

/** Where the unit stands against its quota (at least `required`) and the call's limit (at most `limit`). */
export type QuotaStanding = 'short' | 'met' | 'full';

export function quotaStanding(inbox: Pick<UnitInbox, 'forwarded' | 'required' | 'limit'>): QuotaStanding {
  if (inbox.forwarded >= inbox.limit) return 'full';
  return inbox.forwarded >= inbox.required ? 'met' : 'short';
}

/**
 * The head who confirmed the unit's latest forward: usually the same person signs them all, so
 * the next forward starts with their name and position filled in (and can be changed).
 */
export function lastHead(items: readonly InboxEntry[]): { name: string; position: string } | null {
  let latest: { at: number; name: string; position: string } | null = null;
  for (const e of items) {
    const r = e.unitReview;
    if (r?.state !== 'forwarded' || !r.headName || !r.headPosition || !r.reviewedAt) continue;
    const at = Date.parse(r.reviewedAt);
    if (!latest || at > latest.at) latest = { at, name: r.headName, position: r.headPosition };
  }
  return latest && { name: latest.name, position: latest.position };
}

/** The call the page opens on: the one in the address, else the first still taking initiatives, else the newest. */
export function chosenTrack(
  tracks: readonly Pick<Track, 'id' | 'phase'>[],
  wanted: number | null,
): number | null {
  if (wanted !== null && tracks.some((t) => t.id === wanted)) return wanted;
  return (tracks.find((t) => t.phase === 'open') ?? tracks[0])?.id ?? null;
}
