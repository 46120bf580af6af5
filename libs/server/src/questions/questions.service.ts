import { Injectable } from '@nestjs/common';

import type {
  ImportReport,
  Question,
  QuestionImportQuery,
  QuestionInput,
  QuestionListQuery,
  QuestionListResponse,
} from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { conflict, notFound } from '../http/api-error';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { LOCKS } from '../database/advisory-locks';
import { Sql, type Queryable } from '../database/sql';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { checkImport, questionKey } from './question-import';
import { readSheet } from '../spreadsheets/sheet-reader';
import { questionWorkbook } from './question-sheet';

/**
 * A question is locked once a round that could have drawn it has opened: it is in that round's
 * pool (fixed list, or a quota topic) and existed before the round closed. Locked questions keep
 * their options and key, so no graded attempt changes meaning.
 */
const LOCKED = `EXISTS (
  SELECT 1 FROM rounds r
   WHERE r.contest_id = q.contest_id AND r.opens_at <= now() AND q.created_at < r.closes_at
     AND (r.selection->'questionIds' @> to_jsonb(q.id)
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.selection->'quotas') t WHERE t->>'topic' = q.topic)))`;

const COLUMNS = `q.id, q.contest_id AS "contestId", q.text, q.options, q.correct_option AS "correctOption", q.topic,
  q.difficulty, q.retired_at AS "retiredAt", q.updated_at AS "updatedAt", ${LOCKED} AS locked`;

/** A question's columns after the id, in the order the statements below list them. */
const questionValues = (q: QuestionInput) => [
  q.text,
  JSON.stringify(q.options),
  q.correctOption,
  q.topic,
  q.difficulty,
];

type Row = Omit<Question, 'retiredAt' | 'updatedAt'> & { retiredAt: Date | null; updatedAt: Date };
const toQuestion = (r: Row): Question => ({
  ...r,
  retiredAt: r.retiredAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

@Injectable()
export class QuestionsService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
    private readonly snapshots: RoundSnapshotCache,
  ) {}

  async list(contestId: number, query: QuestionListQuery): Promise<QuestionListResponse> {
    await this.topicsOf(contestId);
    const where = `q.contest_id = $1
      AND ($2::varchar IS NULL OR q.topic = $2)
      AND ($3::varchar IS NULL OR q.difficulty = $3)
      AND ($4 = 'all' OR ($4 = 'active') = (q.retired_at IS NULL))`;
    const params = [contestId, query.topic ?? null, query.difficulty ?? null, query.status];
    const offset = (query.page - 1) * query.pageSize;
    const topics = this.sql.query<QuestionListResponse['topics'][number]>(
      'questions-topics',
      `SELECT topic, count(*) FILTER (WHERE difficulty = 'easy')::int AS easy,
              count(*) FILTER (WHERE difficulty = 'medium')::int AS medium,
              count(*) FILTER (WHERE difficulty = 'hard')::int AS hard
         FROM questions WHERE contest_id = $1 AND retired_at IS NULL GROUP BY topic ORDER BY topic`,
      [contestId],
    );
    if (query.q) {
      // Diacritic-insensitive text search: a bank is a few thousand questions, folded here.
      const needle = foldForSearch(query.q);
      const [all, topicCounts] = await Promise.all([
        this.sql.query<Row>(
          'questions-filtered',
          `SELECT ${COLUMNS} FROM questions q WHERE ${where} ORDER BY q.id`,
          params,
        ),
        topics,
      ]);
      const hits = all.filter((r) => foldForSearch(r.text).includes(needle));
      return {
        items: hits.slice(offset, offset + query.pageSize).map(toQuestion),
        total: hits.length,
        topics: topicCounts,
      };
    }
    const [items, total, topicCounts] = await Promise.all([
      this.sql.query<Row>(
        'questions-page',
        `SELECT ${COLUMNS} FROM questions q WHERE ${where} ORDER BY q.id LIMIT $5 OFFSET $6`,
        [...params, query.pageSize, offset],
      ),
      this.sql.query<{ total: number }>(
        'questions-count',
        `SELECT count(*)::int AS total FROM questions q WHERE ${where}`,
        params,
      ),
      topics,
    ]);
    return { items: items.map(toQuestion), total: total[0].total, topics: topicCounts };
  }

  async get(questionId: number, on?: Queryable): Promise<Question> {
    const [row] = await this.sql.query<Row>(
      'question-by-id',
      `SELECT ${COLUMNS} FROM questions q WHERE q.id = $1`,
      [questionId],
      on,
    );
    if (!row) throw notFound('question_not_found');
    return toQuestion(row);
  }

  async create(user: SessionUser, contestId: number, input: QuestionInput): Promise<Question> {
    const topics = await this.topicsOf(contestId);
    this.checkTopic(input.topic, topics);
    const created = await this.sql.transaction(async (tx) => {
      // Under the bank's lock, so 30 identical requests at once make one question, not 30.
      await this.sql.query('question-bank-lock', 'SELECT pg_advisory_xact_lock($1, $2)', [
        LOCKS.questionBank,
        contestId,
      ]);
      await this.refuseDuplicate(contestId, input.text, null);
      const [{ id }] = await this.sql.query<{ id: number }>(
        'question-insert',
        `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [contestId, ...questionValues(input)],
        tx,
      );
      const question = await this.get(id, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'question.create',
        entityType: 'question',
        entityId: id,
        after: question,
      });
      return question;
    });
    await this.invalidateContestRounds(contestId);
    return created;
  }

  async update(user: SessionUser, questionId: number, input: QuestionInput): Promise<Question> {
    const updated = await this.sql.transaction(async (tx) => {
      await this.sql.query(
        'question-lock',
        'SELECT id FROM questions WHERE id = $1 FOR UPDATE',
        [questionId],
        tx,
      );
      const before = await this.get(questionId, tx);
      this.checkTopic(input.topic, await this.topicsOf(before.contestId));
      if (
        before.locked &&
        (input.correctOption !== before.correctOption || input.options.length !== before.options.length)
      )
        throw conflict('question_locked');
      await this.refuseDuplicate(before.contestId, input.text, questionId);
      await this.sql.query(
        'question-update',
        `UPDATE questions SET text = $2, options = $3, correct_option = $4, topic = $5, difficulty = $6, updated_at = now()
          WHERE id = $1`,
        [questionId, ...questionValues(input)],
        tx,
      );
      const after = await this.get(questionId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'question.update',
        entityType: 'question',
        entityId: questionId,
        before,
        after,
      });
      return after;
    });
    await this.invalidateContestRounds(updated.contestId);
    return updated;
  }

  async setRetired(user: SessionUser, questionId: number, retired: boolean): Promise<Question> {
    const changed = await this.sql.transaction(async (tx) => {
      const before = await this.get(questionId, tx);
      await this.sql.query(
        'question-retire',
        `UPDATE questions SET retired_at = CASE WHEN $2 THEN coalesce(retired_at, now()) END, updated_at = now()
          WHERE id = $1`,
        [questionId, retired],
        tx,
      );
      const after = await this.get(questionId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: retired ? 'question.retire' : 'question.restore',
        entityType: 'question',
        entityId: questionId,
        before: { retiredAt: before.retiredAt },
        after: { retiredAt: after.retiredAt },
      });
      return after;
    });
    await this.invalidateContestRounds(changed.contestId);
    return changed;
  }

  /** Checks the whole file; imports every row in one transaction only when no row has a problem. */
  async import(
    user: SessionUser,
    contestId: number,
    query: QuestionImportQuery,
    file: Buffer,
  ): Promise<ImportReport> {
    const topics = await this.topicsOf(contestId);
    const sheet = await readSheet(query.format, file);
    const existing = await this.sql.query<{ id: number; text: string }>(
      'questions-texts',
      'SELECT id, text FROM questions WHERE contest_id = $1',
      [contestId],
    );
    const checked = checkImport(sheet, topics, new Map(existing.map((q) => [questionKey(q.text), q.id])));
    const report: ImportReport = {
      ok: checked.problems.length === 0,
      dryRun: query.dryRun,
      rowsRead: sheet.rows.length,
      imported: 0,
      problems: checked.problems,
    };
    if (!report.ok || query.dryRun) return report;
    const qs = checked.questions;
    await this.sql.transaction(async (tx) => {
      // A concurrent import of the same file must not double the bank.
      await this.sql.query(
        'question-bank-lock',
        'SELECT pg_advisory_xact_lock($1, $2)',
        [LOCKS.questionBank, contestId],
        tx,
      );
      const again = await this.sql.query<{ n: number }>(
        'questions-import-recheck',
        `SELECT count(*)::int AS n FROM questions WHERE contest_id = $1 AND id > $2`,
        [contestId, existing.reduce((max, q) => Math.max(max, q.id), 0)],
        tx,
      );
      if (again[0].n > 0) throw conflict('bank_changed_during_import');
      await this.sql.query(
        'questions-import',
        `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
         SELECT $1, t, o::jsonb, c, tp, d FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS x(t, o, c, tp, d)`,
        [
          contestId,
          qs.map((q) => q.text),
          qs.map((q) => JSON.stringify(q.options)),
          qs.map((q) => q.correctOption),
          qs.map((q) => q.topic),
          qs.map((q) => q.difficulty),
        ],
        tx,
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'question.import',
        entityType: 'question',
        entityId: null,
        after: { contestId, format: query.format, imported: qs.length },
      });
    });
    await this.invalidateContestRounds(contestId);
    return { ...report, imported: qs.length };
  }

  async templateFile(contestId: number): Promise<Buffer> {
    const workbook = questionWorkbook(await this.topicsOf(contestId), []);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async exportFile(contestId: number): Promise<Buffer> {
    const topics = await this.topicsOf(contestId);
    const rows = await this.sql.query<Row>(
      'questions-all-active',
      `SELECT ${COLUMNS} FROM questions q WHERE q.contest_id = $1 AND q.retired_at IS NULL ORDER BY q.id`,
      [contestId],
    );
    return Buffer.from(await questionWorkbook(topics, rows).xlsx.writeBuffer());
  }

  private async topicsOf(contestId: number): Promise<string[]> {
    const [row] = await this.sql.query<{ topics: string[] }>(
      'contest-topics',
      'SELECT topics FROM contests WHERE id = $1',
      [contestId],
    );
    if (!row) throw notFound('contest_not_found');
    return row.topics;
  }

  private checkTopic(topic: string, topics: string[]): void {
    if (!topics.includes(topic)) throw conflict('topic_not_in_contest', { topic, topics: topics.join('; ') });
  }

  private async refuseDuplicate(contestId: number, text: string, self: number | null): Promise<void> {
    const others = await this.sql.query<{ id: number; text: string }>(
      'questions-texts',
      'SELECT id, text FROM questions WHERE contest_id = $1',
      [contestId],
    );
    const key = questionKey(text);
    const same = others.find((q) => q.id !== self && questionKey(q.text) === key);
    if (same) throw conflict('question_duplicate', { id: same.id });
  }

  /** Pools are cached per round; any bank change drops the contest's cached rounds. */
  private async invalidateContestRounds(contestId: number): Promise<void> {
    const rounds = await this.sql.query<{ id: number }>(
      'contest-round-ids',
      'SELECT id FROM rounds WHERE contest_id = $1',
      [contestId],
    );
    await Promise.all(rounds.map((r) => this.snapshots.invalidate(r.id)));
  }
}
