import { Global, Injectable, Module } from '@nestjs/common';

import type { TrackSubmitter } from '@contest/contracts';

import { forbidden, notFound } from '../http/api-error';
import {
  enterRefusal,
  isEntrant,
  maySeeEntry,
  maySeeJudgeComments,
  maySeeStageResults,
  maySeeUnit,
  type Actor,
  type EntryFacts,
} from './access-policy';

/**
 * The one place a service asks "may this account do this to this resource" and gets the refusal
 * the api answers with. The rules are `access-policy.ts`; this class only picks the answer: a
 * 404 where even the resource's existence is private (entries, results), a 403 with the reason
 * where the caller already knows it exists (a unit in the tree, their own track).
 */
@Injectable()
export class AccessService {
  requireUnit(actor: Actor | undefined, unit: { path: string }): void {
    if (!maySeeUnit(actor, unit)) throw forbidden('unit_out_of_scope');
  }

  /** Who sends entries to a track, and under which unit. */
  requireEntrantOf(
    actor: Actor,
    track: { submitter: TrackSubmitter; scopePath?: string | null; scopeUnitName?: string | null },
  ): number {
    const refusal = enterRefusal(actor, track);
    if (refusal === 'track_out_of_scope') throw forbidden(refusal, { unit: track.scopeUnitName ?? '' });
    if (refusal) throw forbidden(refusal);
    return actor.unitId!;
  }

  /** Only the entrant changes an entry; to anyone but an organizer, someone else's is not found. */
  requireEntrant(
    actor: Actor,
    track: { submitter: TrackSubmitter },
    entry: Pick<EntryFacts, 'unitId' | 'submittedBy'>,
  ): void {
    if (isEntrant(actor, track, entry)) return;
    throw actor.role === 'organizer' ? forbidden('entry_not_yours') : notFound('entry_not_found');
  }

  requireEntryVisible(actor: Actor | undefined, facts: Parameters<typeof maySeeEntry>[1]): void {
    if (!maySeeEntry(actor, facts)) throw notFound('entry_not_found');
  }

  requireStageResults(
    actor: Actor | undefined,
    stage: Parameters<typeof maySeeStageResults>[1],
    judgeOfStage: boolean,
  ): void {
    if (!maySeeStageResults(actor, stage, judgeOfStage)) throw notFound('stage_results_not_published');
  }

  /** Standings as this account may read them: judges' comments only for organizers. */
  redactComments<S extends { sheets: { scores: { comment: string | null }[] }[] }>(
    actor: Actor | undefined,
    standings: S[],
  ): S[] {
    if (maySeeJudgeComments(actor)) return standings;
    return standings.map((s) => ({
      ...s,
      sheets: s.sheets.map((sheet) => ({
        ...sheet,
        scores: sheet.scores.map((x) => ({ ...x, comment: null })),
      })),
    }));
  }
}

@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
