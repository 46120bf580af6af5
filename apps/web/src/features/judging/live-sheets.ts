import type { Criterion, JudgeEntry, LiveSpot } from '@contest/contracts';

import { isScoringOpen, sameSpot } from '../live-final/live-board';
import type { JudgeStage } from './judge-progress';
import { sheetKey, type ScoreOutboxSnapshot, type SheetRefusal } from './score-outbox';
import { draftFromScores, sheetChanged, type SheetDraft } from './score-sheet';

/**
 * Where one part's sheet stands for the judge: nothing typed, typed but not sent, waiting on the
 * phone for the network, taken by the server, or refused by it (the part closed before it arrived).
 */
export type LiveSheetStatus = 'empty' | 'unsent' | 'queued' | 'saved' | 'refused';

export interface LiveSheet {
  key: string;
  sheet: JudgeEntry;
  part: number;
  /** The criteria of this part only: what the judge scores now, and all that is sent. */
  criteria: Criterion[];
  open: boolean;
  onStage: boolean;
  draft: SheetDraft;
  status: LiveSheetStatus;
  refusal: SheetRefusal | null;
}

export const partCriteria = (criteria: readonly Criterion[], part: number): Criterion[] =>
  criteria.filter((criterion) => criterion.part === part);

export function liveSheetStatus(
  criteria: readonly Criterion[],
  draft: SheetDraft,
  saved: JudgeEntry['scores'],
  queued: boolean,
  refused: boolean,
): LiveSheetStatus {
  if (queued) return 'queued';
  if (refused) return 'refused';
  if (sheetChanged(criteria, draft, saved)) return 'unsent';
  const scored = criteria.some((c) => saved.some((s) => s.criterionId === c.id && s.points !== null));
  return scored ? 'saved' : 'empty';
}

/**
 * The sheets the judge's phone shows: every part open for scoring of a team the judge scores, and
 * any other part that still has something to tell (typed and not sent, waiting, or refused), so
 * points refused after a part closed stay in sight for the organizers. In the judge's own order.
 */
export function liveSheets(
  work: JudgeStage,
  outbox: ScoreOutboxSnapshot,
  decimalMark: '.' | ',' = '.',
): LiveSheet[] {
  const live = work.live;
  if (!live) return [];
  const sheets: LiveSheet[] = [];
  for (const sheet of work.entries) {
    if (sheet.conflict !== null) continue;
    for (let part = 0; part < work.stage.parts.length; part++) {
      const spot: LiveSpot = { entryId: sheet.entry.id, part };
      const key = sheetKey({ assignmentId: sheet.assignmentId, part });
      const criteria = partCriteria(work.stage.criteria, part);
      const draft = outbox.drafts.get(key) ?? draftFromScores(criteria, sheet.scores, decimalMark);
      const outcome = outbox.outcomes.get(key);
      const status = liveSheetStatus(
        criteria,
        draft,
        sheet.scores,
        outbox.queued.has(key),
        outcome?.kind === 'refused',
      );
      const open = isScoringOpen(live.scoring, spot);
      if (!open && (status === 'empty' || status === 'saved')) continue;
      sheets.push({
        key,
        sheet,
        part,
        criteria,
        open,
        onStage: sameSpot(live.current, spot),
        draft,
        status,
        refusal: outcome?.kind === 'refused' ? outcome.refusal : null,
      });
    }
  }
  return sheets;
}

/** The sheet to show first: the part on stage if it takes scores, else the first open one, else the first. */
export function defaultSheet(sheets: readonly LiveSheet[]): LiveSheet | null {
  return sheets.find((s) => s.onStage && s.open) ?? sheets.find((s) => s.open) ?? sheets[0] ?? null;
}
