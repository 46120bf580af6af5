import { Injectable } from '@nestjs/common';

import type {
  EntryOriginality,
  Originality,
  OriginalityDecision,
  OriginalityMatch,
  TrackOriginality,
} from '@contest/contracts';
import { originalityLevel, originalityText, sharedPassages, textSimilarity } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { notFound, unprocessable } from '../http/api-error';

/** The initiatives of a track that are compared: sent to a unit and not withdrawn. */
const COMPARED = `e.details IS NOT NULL AND e.unit_review IS NOT NULL AND e.status <> 'withdrawn'`;

/**
 * Candidate pairs: each entry of `$1` (ids) against the register and the other compared entries of
 * track `$2` that share a band key of its title or text (`&&`, answered by the GIN indexes on
 * `bands`), with their titles' trigram similarity (pg_trgm). No pair outside is compared at all.
 */
export const CANDIDATES_SQL = `
  WITH mine AS (SELECT id, folded_title, bands FROM entries WHERE id = ANY($1::int[]))
  SELECT m.id AS "entryId", 'register' AS source, r.id, similarity(m.folded_title, r.folded_title) AS "titleSimilarity"
    FROM mine m JOIN initiative_register r ON r.bands && m.bands
  UNION ALL
  SELECT m.id, 'entry', e.id, similarity(m.folded_title, e.folded_title)
    FROM mine m JOIN entries e ON e.bands && m.bands AND e.track_id = $2 AND e.id <> m.id AND ${COMPARED}`;

interface Candidate {
  entryId: number;
  source: 'entry' | 'register';
  id: number;
  titleSimilarity: number;
  textSimilarity: number;
}

interface DecisionRow {
  originality: Originality['decision'];
  originalityOfEntry: number | null;
  originalityOfRegister: number | null;
  originalityReason: string | null;
  decidedByName: string | null;
  originalityAt: Date | null;
}

const DECISION_COLUMNS = `e.originality, e.originality_of_entry AS "originalityOfEntry",
  e.originality_of_register AS "originalityOfRegister", e.originality_reason AS "originalityReason",
  d.full_name AS "decidedByName", e.originality_at AS "originalityAt"`;

const toOriginality = (r: DecisionRow): Originality => ({
  decision: r.originality,
  ofEntryId: r.originalityOfEntry,
  ofRegisterId: r.originalityOfRegister,
  reason: r.originalityReason,
  decidedByName: r.decidedByName,
  decidedAt: r.originalityAt?.toISOString() ?? null,
});

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Is this initiative new? Each one is compared, in Postgres, with the other initiatives of its
 * track and with the register of initiatives already applied, on text folded the one way the
 * domain folds it (tone marks and đ gone, so trigrams never meet a letter the C locale drops).
 * The organizer reads likely duplicates side by side and records a decision, audited.
 */
@Injectable()
export class OriginalityService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  /**
   * The pairs worth showing: candidates found over the indexes, then each pair's texts compared
   * in full (their phrase sets), kept when the title or the text reaches a level.
   */
  async candidates(entryIds: number[], trackId: number): Promise<Candidate[]> {
    const pairs = await this.sql.query<Omit<Candidate, 'textSimilarity'>>(
      'originality-candidates',
      CANDIDATES_SQL,
      [entryIds, trackId],
    );
    const entryIds2 = [
      ...new Set([...entryIds, ...pairs.filter((p) => p.source === 'entry').map((p) => p.id)]),
    ];
    const registerIds = [...new Set(pairs.filter((p) => p.source === 'register').map((p) => p.id))];
    const shingles = await this.sql.query<{ key: string; shingles: number[] }>(
      'originality-shingles',
      `SELECT 'entry:' || id AS key, shingles FROM entries WHERE id = ANY($1::int[]) AND shingles IS NOT NULL
       UNION ALL
       SELECT 'register:' || id, shingles FROM initiative_register WHERE id = ANY($2::int[])`,
      [entryIds2, registerIds],
    );
    const of = new Map(shingles.map((r) => [r.key, r.shingles]));
    return pairs
      .map((p) => ({
        ...p,
        textSimilarity: textSimilarity(
          of.get(`entry:${p.entryId}`) ?? [],
          of.get(`${p.source}:${p.id}`) ?? [],
        ),
      }))
      .filter((c) => originalityLevel(c.titleSimilarity, c.textSimilarity) !== null);
  }

  /**
   * Every initiative units forwarded on the track: its closest match (among every sent one and the
   * register), how many, and the decision. Drafts and ones still with their unit are not the
   * organizer's to decide, though they are compared against.
   */
  async track(trackId: number): Promise<TrackOriginality> {
    const started = performance.now();
    const entries = await this.sql.query<DecisionRow & { entryId: number; title: string; unitName: string }>(
      'originality-track-entries',
      `SELECT e.id AS "entryId", e.title, un.name AS "unitName", ${DECISION_COLUMNS}
         FROM entries e JOIN units un ON un.id = e.unit_id LEFT JOIN users d ON d.id = e.originality_by
        WHERE e.track_id = $1 AND ${COMPARED} AND e.unit_review = 'forwarded' ORDER BY e.id`,
      [trackId],
    );
    const candidates = await this.candidates(
      entries.map((e) => e.entryId),
      trackId,
    );
    const titles = await this.titlesOf(candidates);
    const [{ size }] = await this.sql.query<{ size: number }>(
      'register-size',
      'SELECT count(*)::int AS size FROM initiative_register',
    );
    return {
      items: entries.map((e) => {
        const mine = candidates
          .filter((c) => c.entryId === e.entryId)
          .sort(
            (a, b) =>
              Math.max(b.titleSimilarity, b.textSimilarity) - Math.max(a.titleSimilarity, a.textSimilarity),
          );
        const top = mine[0];
        return {
          entryId: e.entryId,
          title: e.title,
          unitName: e.unitName,
          originality: toOriginality(e),
          closest: top
            ? {
                source: top.source,
                id: top.id,
                title: titles.get(`${top.source}:${top.id}`)?.title ?? '',
                level: originalityLevel(top.titleSimilarity, top.textSimilarity)!,
                similarity: round(Math.max(top.titleSimilarity, top.textSimilarity)),
              }
            : null,
          matches: mine.length,
        };
      }),
      registerSize: size,
      checkedMs: Math.round(performance.now() - started),
    };
  }

  /** One initiative beside each likely duplicate, with the passages they share. */
  async entry(entryId: number): Promise<EntryOriginality> {
    const [e] = await this.sql.query<
      DecisionRow & { trackId: number; title: string; summary: string; solution: string; compared: boolean }
    >(
      'originality-entry',
      `SELECT e.track_id AS "trackId", e.title, e.details->>'summary' AS summary, e.details->>'solution' AS solution,
         ${COMPARED} AS compared, ${DECISION_COLUMNS}
         FROM entries e LEFT JOIN users d ON d.id = e.originality_by WHERE e.id = $1`,
      [entryId],
    );
    if (!e) throw notFound('entry_not_found');
    if (!e.compared) throw unprocessable('track_not_initiative');
    const text = originalityText(e);
    const candidates = await this.candidates([entryId], e.trackId);
    const others = await this.titlesOf(candidates);
    const matches: OriginalityMatch[] = candidates
      .map((c) => {
        const other = others.get(`${c.source}:${c.id}`)!;
        return {
          source: c.source,
          id: c.id,
          title: other.title,
          unitName: other.unitName,
          text: other.text,
          year: other.year,
          titleSimilarity: round(c.titleSimilarity),
          textSimilarity: round(c.textSimilarity),
          level: originalityLevel(c.titleSimilarity, c.textSimilarity)!,
          passages: sharedPassages(text, other.text),
        };
      })
      .sort(
        (a, b) =>
          Math.max(b.titleSimilarity, b.textSimilarity) - Math.max(a.titleSimilarity, a.textSimilarity),
      );
    return { entryId, title: e.title, text, originality: toOriginality(e), matches };
  }

  private async titlesOf(
    candidates: Candidate[],
  ): Promise<Map<string, { title: string; unitName: string; text: string; year: number | null }>> {
    const ids = (source: Candidate['source']) => [
      ...new Set(candidates.filter((c) => c.source === source).map((c) => c.id)),
    ];
    const rows = await this.sql.query<{
      key: string;
      title: string;
      unitName: string;
      text: string;
      year: number | null;
    }>(
      'originality-others',
      `SELECT 'register:' || r.id AS key, r.title, r.unit_name AS "unitName",
              r.title || E'\\n' || r.summary AS text, r.year
         FROM initiative_register r WHERE r.id = ANY($1::int[])
       UNION ALL
       SELECT 'entry:' || e.id, e.title, un.name,
              concat_ws(E'\\n', e.title, nullif(e.details->>'summary', ''), nullif(e.details->>'solution', '')),
              extract(year FROM e.submitted_at)::int
         FROM entries e JOIN units un ON un.id = e.unit_id WHERE e.id = ANY($2::int[])`,
      [ids('register'), ids('entry')],
    );
    return new Map(rows.map((r) => [r.key, r]));
  }

  async decide(user: SessionUser, entryId: number, d: OriginalityDecision): Promise<EntryOriginality> {
    await this.sql.transaction(async (client) => {
      const [e] = await this.sql.query<DecisionRow & { trackId: number; compared: boolean }>(
        'originality-entry-for-update',
        `SELECT e.track_id AS "trackId", ${COMPARED} AS compared, ${DECISION_COLUMNS}
           FROM entries e LEFT JOIN users d ON d.id = e.originality_by WHERE e.id = $1 FOR UPDATE OF e`,
        [entryId],
        client,
      );
      if (!e) throw notFound('entry_not_found');
      if (!e.compared) throw unprocessable('track_not_initiative');
      if (d.ofEntryId === entryId) throw unprocessable('originality_self');
      if (d.decision === 'duplicate') {
        const [source] = d.ofEntryId
          ? await this.sql.query<{ id: number }>(
              'originality-source-entry',
              'SELECT id FROM entries WHERE id = $1 AND track_id = $2',
              [d.ofEntryId, e.trackId],
              client,
            )
          : await this.sql.query<{ id: number }>(
              'originality-source-register',
              'SELECT id FROM initiative_register WHERE id = $1',
              [d.ofRegisterId],
              client,
            );
        if (!source) throw unprocessable('originality_source_not_found');
      }
      const duplicate = d.decision === 'duplicate';
      await this.sql.query(
        'originality-decide',
        `UPDATE entries SET originality = $2, originality_of_entry = $3, originality_of_register = $4,
           originality_reason = nullif($5, ''), originality_by = $6, originality_at = now()
         WHERE id = $1`,
        [
          entryId,
          d.decision,
          duplicate ? d.ofEntryId : null,
          duplicate ? d.ofRegisterId : null,
          d.reason,
          user.id,
        ],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'originality.decide',
        entityType: 'entry',
        entityId: entryId,
        before: toOriginality(e),
        after: d,
        reason: d.reason || null,
      });
    });
    return this.entry(entryId);
  }
}
