import { stageWindowSchema, type Stage, type StageWindow } from '@contest/contracts';

import { isoToVnLocal } from '../../../lib/contest-time';
import { instantOf } from '../clips/track-form';

/** A unit pre-screening or screening stage as its card holds it: times as Vietnam clock text, '' for none. */
export interface StageWindowDraft {
  name: string;
  opensAt: string;
  closesAt: string;
}

export type StageWindowField = keyof StageWindowDraft;

export function stageWindowToDraft(stage: Pick<Stage, 'name' | 'opensAt' | 'closesAt'>): StageWindowDraft {
  return {
    name: stage.name,
    opensAt: stage.opensAt ? isoToVnLocal(stage.opensAt) : '',
    closesAt: stage.closesAt ? isoToVnLocal(stage.closesAt) : '',
  };
}

type Saved = Pick<Stage, 'opensAt' | 'closesAt'> | null;

/**
 * The window to send, or the fields to fix. A time typed but not a real time is a problem, not
 * "no time"; the unit pre-screening's close is the units' deadline, so it may not be left empty.
 */
export function validateStageWindow(
  draft: StageWindowDraft,
  saved: Saved,
  closeRequired: boolean,
): { ok: true; window: StageWindow } | { ok: false; problems: StageWindowField[] } {
  const problems: StageWindowField[] = [];
  const time = (field: 'opensAt' | 'closesAt'): string | null => {
    if (!draft[field].trim()) return null;
    const instant = instantOf(draft[field], saved?.[field]);
    if (!instant) problems.push(field);
    return instant;
  };
  const window = { name: draft.name.trim(), opensAt: time('opensAt'), closesAt: time('closesAt') };
  if (closeRequired && !draft.closesAt.trim()) problems.push('closesAt');
  if (window.opensAt && window.closesAt && Date.parse(window.closesAt) <= Date.parse(window.opensAt))
    problems.push('closesAt');
  const parsed = stageWindowSchema.safeParse(window);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field === 'name' || field === 'opensAt' || field === 'closesAt') problems.push(field);
    }
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, window };
}
