import type { ForwardQuota, InitiativeDraft, InitiativeSettings, UnitLevel } from '@contest/contracts';

/** What an initiative still lacks before its author may send it to the unit, by stable code. */
export type InitiativeGap =
  | 'area'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'application'
  | 'results'
  | 'video'
  | 'representative'
  | 'representative_contact';

/** The least a written part must say to be read as an answer (a placeholder "…" is not one). */
export const INITIATIVE_MIN_TEXT = 30;

/**
 * The completeness rule for sending an initiative, in one place: the server refuses with these
 * gaps, the web shows them as a checklist while the author types. Shape rules (allowed forms,
 * group or individual, author counts) are `initiativeShapeRefusal`'s.
 */
export function initiativeGaps(
  draft: Pick<
    InitiativeDraft,
    'area' | 'form' | 'summary' | 'problem' | 'solution' | 'application' | 'results' | 'authors'
  >,
  facts: { areas: readonly string[]; hasVideo: boolean },
): InitiativeGap[] {
  const gaps: InitiativeGap[] = [];
  if (facts.areas.length > 0 && !draft.area) gaps.push('area');
  for (const part of ['summary', 'problem', 'solution', 'application', 'results'] as const)
    if (draft[part].trim().length < INITIATIVE_MIN_TEXT) gaps.push(part);
  if (draft.form === 'video' && !facts.hasVideo) gaps.push('video');
  const representatives = draft.authors.filter((a) => a.representative);
  const contactOf = draft.authors.length > 1 ? representatives[0] : draft.authors[0];
  if (draft.authors.length > 1 && representatives.length !== 1) gaps.push('representative');
  else if (contactOf && (!contactOf.phone || !contactOf.email)) gaps.push('representative_contact');
  return gaps;
}

/** Why this draft does not fit the track's shape (form, area, group or individual), or null. */
export function initiativeShapeRefusal(
  draft: Pick<InitiativeDraft, 'form' | 'area' | 'authors'>,
  track: { topics: readonly string[]; initiative: InitiativeSettings },
):
  | { code: 'initiative_form_not_allowed'; params: { form: string; forms: string } }
  | { code: 'initiative_area_unknown'; params: { area: string; areas: string } }
  | { code: 'initiative_group_not_allowed' }
  | { code: 'initiative_individual_not_allowed' }
  | { code: 'initiative_too_many_authors'; params: { max: number } }
  | null {
  const s = track.initiative;
  if (!s.forms.includes(draft.form))
    return { code: 'initiative_form_not_allowed', params: { form: draft.form, forms: s.forms.join(', ') } };
  if (draft.area !== null && !track.topics.includes(draft.area))
    return { code: 'initiative_area_unknown', params: { area: draft.area, areas: track.topics.join(', ') } };
  const group = draft.authors.length > 1;
  if (group && !s.group) return { code: 'initiative_group_not_allowed' };
  if (!group && !s.individual) return { code: 'initiative_individual_not_allowed' };
  if (draft.authors.length > s.maxAuthors)
    return { code: 'initiative_too_many_authors', params: { max: s.maxAuthors } };
  return null;
}

/** Entries a unit of this level must forward (0: its level has no quota). */
export const forwardQuotaOf = (level: UnitLevel, quotas: readonly ForwardQuota[]): number =>
  quotas.find((q) => q.level === level)?.min ?? 0;

/**
 * The stage in which an initiative's authors may add material after sending it: the latest stage
 * holding it that allows material, open now (its window begun and not ended) and not locked; null
 * when there is none. The server takes attachments by it and the author's page offers them by it.
 */
export function stageTakingMaterial<
  S extends {
    id: number;
    position: number;
    allowsMaterial: boolean;
    opensAt: Date | string | null;
    closesAt: Date | string | null;
    lockedAt: Date | string | null;
  },
>(stages: readonly S[], heldStageIds: readonly number[], now: Date): S | null {
  const at = (t: Date | string) => new Date(t).getTime();
  const open = stages.filter(
    (s) =>
      heldStageIds.includes(s.id) &&
      s.allowsMaterial &&
      s.lockedAt === null &&
      (s.opensAt === null || at(s.opensAt) <= now.getTime()) &&
      (s.closesAt === null || at(s.closesAt) > now.getTime()),
  );
  return open.sort((a, b) => b.position - a.position)[0] ?? null;
}

export type AuthorChangeRefusal =
  'track_not_open_yet' | 'track_closed' | 'unit_review_closed' | 'initiative_not_editable';

/**
 * Why an initiative's author may not change it now (its text, attachments, or send it), or null.
 * A draft: while the call is open. One its unit returned: until the unit's deadline, even after
 * the call closed (the unit asked for the change, and waits for it). Sent and not returned: it is
 * the unit's, never.
 */
export function authorChangeRefusal(
  entry: { unitReview: string | null },
  call: { opensAt: Date | string; closesAt: Date | string },
  unitDeadline: Date | string | null,
  now: Date,
): AuthorChangeRefusal | null {
  const t = now.getTime();
  if (entry.unitReview === 'returned')
    return unitDeadline !== null && t >= new Date(unitDeadline).getTime() ? 'unit_review_closed' : null;
  if (entry.unitReview !== null) return 'initiative_not_editable';
  if (t < new Date(call.opensAt).getTime()) return 'track_not_open_yet';
  if (t >= new Date(call.closesAt).getTime()) return 'track_closed';
  return null;
}
