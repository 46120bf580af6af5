import type { Track } from '@contest/contracts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { issuesByField } from '../../../shared/server-issues';
import type { InitiativeField } from '../initiatives/initiative-form';
import {
  TRACK_FIELD_BY_PATH,
  needsScope,
  validateTrackCreate,
  validateTrackDraft,
  type TrackDraft,
  type TrackField,
} from './track-form';

/**
 * The call-for-entries form's state, for a new call and an existing one alike: the draft, the
 * fields the last check found wrong, and each field's message (the form's own, else the api's).
 */
export function useTrackDraft(
  initial: () => TrackDraft,
  saveError: unknown,
  resetSave: () => void,
  saved: Pick<Track, 'opensAt' | 'closesAt'> | null = null,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<TrackField[]>([]);

  const update = useCallback(
    <K extends keyof TrackDraft>(key: K, value: TrackDraft[K]) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setProblems([]);
      resetSave();
    },
    [resetSave],
  );

  /** Several fields at once (a new call switched between clip and initiative). */
  const replaceDraft = (next: TrackDraft) => {
    setDraft(next);
    setProblems([]);
    resetSave();
  };

  const serverErrors = isApiError(saveError) ? issuesByField(saveError.issues, TRACK_FIELD_BY_PATH) : {};
  const ownMessage = (field: TrackField) => {
    if (field === 'unitDeadline') return t('initiativeAdmin.errors.unitDeadline');
    if (field === 'scope' && needsScope(draft)) return t('initiativeAdmin.errors.scopeNeeded');
    if (field === 'media' && draft.initiative) return t('initiativeAdmin.errors.videoFiles');
    if (field.startsWith('initiative.'))
      return t(`initiativeAdmin.errors.${field.slice('initiative.'.length) as InitiativeField}`);
    return t(
      `clipsAdmin.track.errors.${field as Exclude<TrackField, `initiative.${string}` | 'unitDeadline'>}`,
    );
  };
  const errorFor = (field: TrackField) =>
    problems.includes(field) ? ownMessage(field) : serverErrors[field];

  /** The settings to send, or null after marking what to fix. */
  const check = () => {
    const result = validateTrackDraft(draft, saved);
    if (result.ok) return result.settings;
    setProblems(result.problems);
    return null;
  };

  /** A new call as the api takes it (with an initiative call's units deadline), or null after marking what to fix. */
  const checkNew = () => {
    const result = validateTrackCreate(draft);
    if (result.ok) return result.body;
    setProblems(result.problems);
    return null;
  };

  return {
    draft,
    setDraft,
    replaceDraft,
    update,
    errorFor,
    check,
    checkNew,
    hasProblems: problems.length > 0,
  };
}
