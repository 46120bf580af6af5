import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import {
  API_ROUTES,
  MAX_ATTACHMENTS,
  MAX_INITIATIVES_PER_AUTHOR,
  QUESTION_SHEET,
  REGISTER_SHEET,
  ROSTER_SHEET,
  UNIT_SHEET,
  INTERACTION_SHEET,
  stageSettingsOf,
  type CollectiveRule,
  type Entry,
  type Role,
  type RouteContract,
  type Stage,
  type Track,
} from '@contest/contracts';
import { foldForSearch } from '@contest/domain';
import { GradeAttemptsBatchService } from '@contest/server';
import { createUser, seedAttempts, startWorkerInProcess } from '@contest/server/testing';

import type { RunningApi } from './start-api';

/**
 * The concurrency walk's fixtures: for every state-changing route of API_ROUTES, a valid target
 * arranged afresh, the request a real user of the right role sends, and what the database must
 * hold once the same request has arrived many times at once (and, where it means something,
 * once several accounts have sent it together).
 */

export const BURST = 30;
const HOUR = 3600_000;
const FORWARD = {
  decision: 'forward',
  headName: 'Trần Văn Bình',
  headPosition: 'Chủ tịch UBND xã',
  effective: true,
  feasible: true,
};
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

export type RouteName = keyof typeof API_ROUTES;

export interface Caller {
  id: number;
  login: string;
  password: string;
  cookie: string;
}

export interface Req {
  route: RouteName;
  method: string;
  path: string;
  body?: unknown;
  file?: Buffer;
}

export interface Answer {
  status: number;
  body: any;
  text: string;
  ms: number;
  cookie: string | null;
}

export interface Send {
  caller: Caller | null;
  req: Req;
}

export interface Burst {
  sends: Send[];
  /** The invariant: answers are in the order of `sends`. */
  check: (answers: Answer[]) => Promise<void>;
}

export interface RouteFixture {
  /** The same request BURST times at once, from one account. */
  same: (w: World) => Promise<Burst>;
  /** Several accounts at once, where that has a meaning of its own. */
  mixed?: (w: World) => Promise<Burst>;
}

/** A request to a named route, its path filled from the contract. */
export function call(
  route: RouteName,
  params: Record<string, number | string> = {},
  extra: { body?: unknown; query?: Record<string, string | number>; file?: Buffer } = {},
): Req {
  const contract: RouteContract = API_ROUTES[route];
  const path = contract.path.replace(/:(\w+)/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${route}: missing :${name}`);
    return encodeURIComponent(String(params[name]));
  });
  const query = new URLSearchParams(
    Object.entries(extra.query ?? {}).map(([k, v]) => [k, String(v)] as [string, string]),
  ).toString();
  return {
    route,
    method: contract.method,
    path: query ? `${path}?${query}` : path,
    body: extra.body,
    file: extra.file,
  };
}

/** One request as a browser sends it: JSON only when there is a body, a spreadsheet as raw bytes. */
export async function send(
  baseUrl: string,
  caller: Caller | null,
  req: Pick<Req, 'method' | 'path' | 'body' | 'file'>,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (caller) headers.cookie = caller.cookie;
  let body: string | Buffer | undefined;
  if (req.file) {
    headers['content-type'] = 'application/octet-stream';
    body = req.file;
  } else if (req.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.body);
  }
  const started = Date.now();
  const response = await fetch(`${baseUrl}/api${req.path}`, { method: req.method, headers, body });
  const text = await response.text();
  const ms = Date.now() - started;
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const setCookie = response.headers.get('set-cookie');
  const pair = setCookie?.split(';')[0] ?? null;
  return { status: response.status, body: parsed, text, ms, cookie: pair };
}

/** Answers counted by outcome: "201", or "409 vote_already_cast" for a refusal with its code. */
export function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = a.status < 300 ? String(a.status) : `${a.status} ${a.body?.code ?? '(no code)'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const oks = (answers: Answer[]) => answers.filter((a) => a.status >= 200 && a.status < 300);
const distinct = <T>(values: T[]) => new Set(values).size;
const repeat = (caller: Caller | null, req: Req, n = BURST): Send[] =>
  Array.from({ length: n }, () => ({ caller, req }));
/** BURST sends, taken in turn from the given ones. */
const inTurn = (sends: Send[]): Send[] => Array.from({ length: BURST }, (_, i) => sends[i % sends.length]);
const burst = (sends: Send[], check: Burst['check']): Burst => ({ sends, check });

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  path: string;
}

let sequence = 0;
const next = () => ++sequence;

const COLLECTIVE_RULE: CollectiveRule = {
  weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
  minHeadcount: 5,
  levels: ['commune'],
  prizes: [{ name: 'Giải Nhất', count: 1, amount: 5_000_000 }],
  tieBreak: ['participationRate'],
};

const CRITERIA = [
  { name: 'Nội dung', maxPoints: 40, guidance: 'Đúng chủ đề' },
  { name: 'Sáng tạo', maxPoints: 30, guidance: 'Ý tưởng mới' },
];

/**
 * Everything the fixtures arrange, in the walk's own units, contests, rounds and tracks (the
 * integration suite shares one database, so the demo's rows stay as other files read them).
 */
export class World {
  readonly tag = String(Date.now()).slice(-6);
  organizers: Caller[] = [];
  root!: UnitRef;
  /** Voters' unit: off the line of the walk's units, so a vote is never for the voter's own unit. */
  voterUnit!: UnitRef;
  contestId!: number;
  topic!: string;
  private worker?: INestApplicationContext;

  constructor(
    readonly db: DataSource,
    readonly api: RunningApi,
  ) {}

  get organizer(): Caller {
    return this.organizers[0];
  }

  async init(): Promise<void> {
    this.root = await this.unit(null, 'district');
    this.voterUnit = await this.unit(null, 'department');
    ({ id: this.contestId, topic: this.topic } = await this.contest());
    this.organizers = await Promise.all([1, 2, 3].map(() => this.account('organizer', null)));
  }

  async close(): Promise<void> {
    await this.worker?.close();
  }

  name(prefix: string): string {
    return `${prefix} ${this.tag}-${next()}`;
  }

  send(caller: Caller | null, req: Req): Promise<Answer> {
    return send(this.api.url, caller, req);
  }

  /** Sends and insists on the status: arranging, not the thing under test. */
  async must(caller: Caller | null, req: Req, status: number): Promise<any> {
    const answer = await this.send(caller, req);
    if (answer.status !== status)
      throw new Error(`arranging ${req.method} ${req.path}: ${answer.status} ${answer.text.slice(0, 300)}`);
    return answer.body;
  }

  async count(from: string, params: unknown[] = []): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${from}`, params);
    return n;
  }

  audits(action: string, entityId: number): Promise<number> {
    return this.count('audit_log WHERE action = $1 AND entity_id = $2', [action, entityId]);
  }

  async lastAudit(action: string, entityId: number): Promise<{ after: any } | undefined> {
    const [row] = await this.db.query(
      'SELECT after FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1',
      [action, entityId],
    );
    return row;
  }

  /** An account of that role in that unit (none: no unit), signed in through the api. */
  async account(role: Role, unit: UnitRef | null = this.root): Promise<Caller> {
    const user = await createUser(this.db, { role, unitCode: unit?.code ?? '(none)' });
    const answer = await this.send(
      null,
      call('login', {}, { body: { login: user.login, password: user.password } }),
    );
    if (answer.status !== 200 || !answer.cookie) throw new Error(`login failed: ${answer.text}`);
    return { ...user, cookie: answer.cookie };
  }

  async accounts(n: number, role: Role, unit: UnitRef | null = this.root): Promise<Caller[]> {
    const out: Caller[] = [];
    for (let i = 0; i < n; i += 10)
      out.push(
        ...(await Promise.all(Array.from({ length: Math.min(10, n - i) }, () => this.account(role, unit)))),
      );
    return out;
  }

  /** A live unit under `parent` (null: under the province). */
  async unit(parent: UnitRef | null = this.root, level = 'commune'): Promise<UnitRef> {
    const code = `CC${this.tag}-${next()}`;
    const name = `Đơn vị đồng thời ${code}`;
    const [{ id }] = await this.db.query(
      `INSERT INTO units (code, name, name_folded, level, parent_id, path)
       VALUES ($1, $2, $3, $4, coalesce($5, (SELECT id FROM units WHERE code = 'QA')), '') RETURNING id`,
      [code, name, foldForSearch(name), level, parent?.id ?? null],
    );
    const [[{ path }]] = await this.db.query(
      `UPDATE units u SET path = p.path || u.id || '/' FROM units p WHERE p.id = u.parent_id AND u.id = $1 RETURNING u.path`,
      [id],
    );
    return { id, code, name, path };
  }

  /** A contest of its own with a copy of the demo's question bank. */
  async contest(): Promise<{ id: number; topic: string }> {
    const [{ id }] = await this.db.query(
      `INSERT INTO contests (name, year, topics, prize_counts)
       SELECT $1, 2026, topics, prize_counts FROM contests WHERE id = (SELECT min(id) FROM contests) RETURNING id`,
      [this.name('Cuộc thi đồng thời')],
    );
    await this.db.query(
      `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
       SELECT $1::int, text || ' ' || $1::text, options, correct_option, topic, difficulty FROM questions
        WHERE contest_id = (SELECT min(id) FROM contests)`,
      [id],
    );
    const [{ topic }] = await this.db.query(
      'SELECT topic FROM questions WHERE contest_id = $1 GROUP BY topic ORDER BY count(*) DESC, topic LIMIT 1',
      [id],
    );
    return { id, topic };
  }

  /** A weekly round of the walk's contest (or another copy of the demo bank), drawing from the biggest topic. */
  async round(
    o: { contestId?: number; opensInMs?: number; closesInMs?: number; attemptsAllowed?: number } = {},
  ): Promise<number> {
    const contestId = o.contestId ?? this.contestId;
    const [{ id }] = await this.db.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds,
                           selection, attempts_allowed)
       SELECT $1::int, coalesce(max(week_number), 0) + 1, 'Tuần ' || (coalesce(max(week_number), 0) + 1),
              $2::timestamptz, $3::timestamptz, 5, 600, $4::jsonb, $5::int
         FROM rounds WHERE contest_id = $1::int RETURNING id`,
      [
        contestId,
        new Date(Date.now() + (o.opensInMs ?? -60_000)),
        new Date(Date.now() + (o.closesInMs ?? HOUR)),
        JSON.stringify({ mode: 'quota', quotas: [{ topic: this.topic, count: 5 }] }),
        o.attemptsAllowed ?? 1,
      ],
    );
    return id;
  }

  /** A round closed a minute ago with `count` attempts graded by the worker's own service. */
  async gradedRound(count = 6): Promise<number> {
    const roundId = await this.round({ opensInMs: -2 * HOUR, closesInMs: -60_000 });
    const expected = await seedAttempts(this.db, roundId, count, 'submitted', { unitIds: [this.root.id] });
    this.worker ??= await startWorkerInProcess();
    await this.worker.get(GradeAttemptsBatchService).gradeAttemptsBatch([...expected.keys()]);
    return roundId;
  }

  async finalisedRound(): Promise<number> {
    const roundId = await this.gradedRound();
    await this.must(this.organizer, call('finaliseRound', { roundId }, { body: {} }), 200);
    return roundId;
  }

  /** A participant with an attempt in progress in a round of their own. */
  async attempt(): Promise<{ caller: Caller; attemptId: number }> {
    const roundId = await this.round();
    const caller = await this.account('participant');
    const attempt = await this.must(caller, call('startAttempt', { roundId }), 201);
    return { caller, attemptId: attempt.id };
  }

  async question(retired = false): Promise<number> {
    const [{ id }] = await this.db.query(
      `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty, retired_at)
       VALUES ($1, $2, '["Đúng", "Sai", "Không rõ"]', 0, $3, 'easy', CASE WHEN $4 THEN now() END) RETURNING id`,
      [this.contestId, `${this.name('Câu hỏi có sẵn')}?`, this.topic, retired],
    );
    return id;
  }

  trackSettings(o: { entriesPerUnit?: number; title?: string } = {}) {
    return {
      title: o.title ?? this.name('Clip đồng thời'),
      rulesText: 'Thể lệ',
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
      submitter: 'unit_admin',
      entriesPerUnit: o.entriesPerUnit ?? 2,
      topics: [],
      allowFiles: true,
      allowLinks: true,
      maxMegabytes: 100,
      maxDurationSeconds: 300,
      formats: ['mp4'],
    };
  }

  stageSettings(o: { votes?: boolean; name?: string } = {}) {
    return {
      name: o.name ?? 'Chấm sơ khảo',
      criteria: CRITERIA,
      aggregation: 'mean',
      judgesPerEntry: 1,
      votePoints: o.votes ? 30 : 0,
      votesOpenAt: o.votes ? new Date(Date.now() - HOUR).toISOString() : null,
      votesCloseAt: o.votes ? new Date(Date.now() + HOUR).toISOString() : null,
      tieBreaks: ['judge_points', 'earliest_submission'],
      prizes: [{ label: 'Giải Nhất', count: 1 }],
    };
  }

  entryInput(title = this.name('Một cửa liên thông')) {
    return {
      title,
      description: 'Phóng sự ngắn',
      topic: null,
      authors: ['Nguyễn Văn An'],
      linkUrl: `https://video.example.vn/${next()}`,
    };
  }

  /** A call for entries by unit admins, open now, its stage with a two-criterion rubric. */
  async track(o: { entriesPerUnit?: number; votes?: boolean } = {}): Promise<{ track: Track; stage: Stage }> {
    const track: Track = await this.must(
      this.organizer,
      call(
        'createTrack',
        { contestId: this.contestId },
        { body: { kind: 'clip', settings: this.trackSettings(o) } },
      ),
      201,
    );
    const stage: Stage = await this.must(
      this.organizer,
      call('updateStage', { stageId: track.stages[0].id }, { body: this.stageSettings(o) }),
      200,
    );
    return { track, stage };
  }

  /** An entry sent by the admin of a unit of its own; accepted by the organizer when asked. */
  async entry(track: Track, accepted = false): Promise<{ entry: Entry; admin: Caller; unit: UnitRef }> {
    const unit = await this.unit();
    const admin = await this.account('unit_admin', unit);
    const entry: Entry = await this.must(
      admin,
      call('createEntry', { trackId: track.id }, { body: this.entryInput() }),
      201,
    );
    if (accepted)
      await this.must(
        this.organizer,
        call('screenEntry', { entryId: entry.id }, { body: { decision: 'accepted', reason: null } }),
        200,
      );
    return { entry, admin, unit };
  }

  /** Accepted entries, judges without a unit, each entry given `perEntry` of them; the window closed if asked. */
  async judged(o: { entries: number; judges: number; perEntry: number; closed: boolean; votes?: boolean }) {
    const { track, stage } = await this.track({ votes: o.votes });
    const entries: Entry[] = [];
    for (let i = 0; i < o.entries; i++) entries.push((await this.entry(track, true)).entry);
    const judges = await this.accounts(o.judges, 'judge', null);
    if (o.perEntry > 0)
      await this.must(
        this.organizer,
        call(
          'autoAssign',
          { stageId: stage.id },
          { body: { judgesPerEntry: o.perEntry, judgeIds: judges.map((j) => j.id) } },
        ),
        200,
      );
    const assignments: { id: number; entryId: number; judge: Caller }[] = (
      await this.db.query(
        'SELECT id, entry_id AS "entryId", judge_id AS "judgeId" FROM judge_assignments WHERE stage_id = $1 ORDER BY id',
        [stage.id],
      )
    ).map((a: { id: number; entryId: number; judgeId: number }) => ({
      id: a.id,
      entryId: a.entryId,
      judge: judges.find((j) => j.id === a.judgeId)!,
    }));
    if (o.closed) await this.closeWindow(track.id);
    return { track, stage, entries, judges, assignments };
  }

  closeWindow(trackId: number): Promise<unknown> {
    return this.db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      trackId,
    ]);
  }

  fullSheet(stage: Stage, points: number[] = [30, 20]) {
    return {
      scores: stage.criteria.map((c, i) => ({ criterionId: c.id, points: points[i], comment: null })),
    };
  }

  /** A stage whose one entry is fully scored, ready for the lock. */
  async scoredStage() {
    const j = await this.judged({ entries: 1, judges: 1, perEntry: 1, closed: true });
    const [a] = j.assignments;
    await this.must(
      a.judge,
      call('scoreEntry', { assignmentId: a.id }, { body: this.fullSheet(j.stage) }),
      200,
    );
    return j;
  }

  /** A live final holding the one entry of a locked, scored stage, its judge on the panel. */
  async liveFinal() {
    const j = await this.scoredStage();
    await this.must(
      this.organizer,
      call('lockStage', { stageId: j.stage.id }, { body: { reason: null } }),
      200,
    );
    const final: Stage = await this.must(
      this.organizer,
      call('addStage', { trackId: j.track.id }, { body: { name: 'Chung kết', kind: 'live_final' } }),
      201,
    );
    await this.must(
      this.organizer,
      call('advanceStage', { stageId: j.stage.id }, { body: { rule: { kind: 'top', count: 1 } } }),
      200,
    );
    const [entry] = j.entries;
    const { id: assignmentId } = await this.must(
      this.organizer,
      call('addAssignment', { stageId: final.id }, { body: { entryId: entry.id, judgeId: j.judges[0].id } }),
      201,
    );
    return { final, entry, judge: j.judges[0], assignmentId: assignmentId as number };
  }

  /** A stage of one accepted entry taking its public points from likes and shares typed in. */
  async countingStage() {
    const j = await this.judged({ entries: 1, judges: 1, perEntry: 1, closed: false });
    await this.must(
      this.organizer,
      call(
        'updateStage',
        { stageId: j.stage.id },
        { body: { ...stageSettingsOf(j.stage), votePoints: 30, publicSource: 'counts' } },
      ),
      200,
    );
    return j;
  }

  liveVersion(stageId: number): Promise<number> {
    return this.db
      .query('SELECT version FROM live_finals WHERE stage_id = $1', [stageId])
      .then(([r]: { version: number }[]) => r.version);
  }

  /** An accepted entry of a track whose public vote is open. */
  async votingEntry(): Promise<Entry> {
    const { track } = await this.track({ votes: true });
    return (await this.entry(track, true)).entry;
  }

  /** An initiative call open now: participants write, units forward (at most `forwardLimit`). */
  async initiativeTrack(forwardLimit = 2): Promise<Track> {
    const settings = {
      ...this.trackSettings({ entriesPerUnit: forwardLimit, title: this.name('Sáng kiến đồng thời') }),
      submitter: 'participant',
      topics: ['Cải cách thủ tục hành chính'],
      allowLinks: false,
      initiative: {
        forms: ['article'],
        individual: true,
        group: true,
        maxAuthors: 5,
        quotas: [{ level: 'commune', min: 1 }],
        attachmentMegabytes: 1,
      },
    };
    return this.must(
      this.organizer,
      call(
        'createTrack',
        { contestId: this.contestId },
        {
          body: { kind: 'initiative', settings, unitDeadline: new Date(Date.now() + 2 * HOUR).toISOString() },
        },
      ),
      201,
    );
  }

  initiativeDraft(title = this.name('Một cửa không giấy')) {
    const part = 'Nội dung viết đủ dài để đơn vị và giám khảo đọc hiểu được sáng kiến.';
    return {
      title,
      area: 'Cải cách thủ tục hành chính',
      form: 'article',
      summary: part,
      problem: part,
      solution: part,
      application: part,
      results: part,
      authors: [{ name: 'Lê Thị Mai', phone: '0912345678', email: 'mai@example.vn', representative: true }],
    };
  }

  /** A participant's initiative in a unit of its own: a draft, sent to the unit, or forwarded by it. */
  async initiative(
    track: Track,
    state: 'draft' | 'sent' | 'forwarded' = 'draft',
    unit?: UnitRef,
  ): Promise<{ entry: Entry; author: Caller; admin: Caller; unit: UnitRef }> {
    const home = unit ?? (await this.unit());
    const author = await this.account('participant', home);
    const admin = await this.account('unit_admin', home);
    let entry: Entry = await this.must(
      author,
      call('createInitiative', { trackId: track.id }, { body: this.initiativeDraft() }),
      201,
    );
    if (state !== 'draft')
      entry = await this.must(author, call('sendInitiative', { entryId: entry.id }), 200);
    if (state === 'forwarded')
      entry = await this.must(admin, call('unitReview', { entryId: entry.id }, { body: FORWARD }), 200);
    return { entry, author, admin, unit: home };
  }

  registerCsv(titles: string[]): Buffer {
    const H = REGISTER_SHEET.headers;
    const lines = [[H.title, H.summary, H.unit, H.year].join(',')];
    for (const t of titles) lines.push(`"${t}",Tóm tắt,UBND xã Tân Lập,2022`);
    return Buffer.from(lines.join('\r\n'), 'utf8');
  }

  unitCsv(rows: { code: string; parent: string; headcount: number }[]): Buffer {
    const H = UNIT_SHEET.headers;
    const lines = [[H.code, H.name, H.level, H.parentCode, H.headcount].join(',')];
    for (const r of rows) lines.push(`${r.code},Xã ${r.code},Cấp xã,${r.parent},${r.headcount}`);
    return Buffer.from(lines.join('\r\n'), 'utf8');
  }

  rosterCsv(n: number): { file: Buffer; phones: string[] } {
    const H = ROSTER_SHEET.headers;
    const phones = Array.from({ length: n }, () => `09${String(Date.now() * 10 + next()).slice(-8)}`);
    const lines = [[H.fullName, H.phone, H.email, H.subUnit].join(',')];
    phones.forEach((p, i) => lines.push(`Cán bộ số ${i + 1},${p},,`));
    return { file: Buffer.from(lines.join('\r\n'), 'utf8'), phones };
  }

  questionCsv(texts: string[], topic: string): Buffer {
    const H = QUESTION_SHEET.headers;
    const lines = [[H.text, ...H.options, H.correct, H.topic, H.difficulty].join(',')];
    for (const t of texts) lines.push(`"${t}",Đúng,Sai,Không rõ,,,,A,"${topic}",Dễ`);
    return Buffer.from(lines.join('\r\n'), 'utf8');
  }
}

/** Every state-changing route of API_ROUTES, keyed by its name: the walk fails for a route missing here. */
export const ROUTE_FIXTURES: Partial<Record<RouteName, RouteFixture>> = {
  // ---- Accounts ----
  register: {
    same: async (w) => {
      const login = `dt${w.tag}x${next()}@test.vn`;
      const body = { fullName: 'Ngô Thị Thu', login, password: 'mat-khau-dai-123', unitId: w.root.id };
      return burst(repeat(null, call('register', {}, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 201: 1, '409 login_taken': BURST - 1 });
        expect(await w.count('users WHERE login = $1', [login])).toBe(1);
      });
    },
    mixed: async (w) => {
      const logins = Array.from({ length: BURST }, () => `dt${w.tag}x${next()}@test.vn`);
      const sends = logins.map((login) => ({
        caller: null,
        req: call(
          'register',
          {},
          {
            body: { fullName: 'Trần Văn Bình', login, password: 'mat-khau-dai-123', unitId: w.root.id },
          },
        ),
      }));
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 201: BURST });
        expect(await w.count('users WHERE login = ANY($1)', [logins])).toBe(BURST);
      });
    },
  },
  login: {
    same: async (w) => {
      const user = await w.account('participant');
      const body = { login: user.login, password: user.password };
      return burst(repeat(null, call('login', {}, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(distinct(answers.map((a) => a.cookie))).toBe(BURST);
        // Its own sign-in while arranging, and one session per answer.
        expect(await w.count('sessions WHERE user_id = $1', [user.id])).toBe(1 + BURST);
      });
    },
    mixed: async (w) => {
      const users = await w.accounts(5, 'participant');
      const sends = inTurn(
        users.map((u) => ({
          caller: null,
          req: call('login', {}, { body: { login: u.login, password: u.password } }),
        })),
      );
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        for (const u of users)
          expect(await w.count('sessions WHERE user_id = $1', [u.id])).toBe(1 + BURST / users.length);
      });
    },
  },
  logout: {
    same: async (w) => {
      const user = await w.account('participant');
      return burst(repeat(user, call('logout')), async (answers) => {
        expect(tally(answers)).toEqual({ 204: BURST });
        expect(await w.count('sessions WHERE user_id = $1', [user.id])).toBe(0);
        expect((await w.send(user, call('me'))).status).toBe(401);
      });
    },
    mixed: async (w) => {
      const users = await w.accounts(10, 'participant');
      return burst(inTurn(users.map((u) => ({ caller: u, req: call('logout') }))), async (answers) => {
        expect(tally(answers)).toEqual({ 204: BURST });
        expect(await w.count('sessions WHERE user_id = ANY($1)', [users.map((u) => u.id)])).toBe(0);
      });
    },
  },

  // ---- Units ----
  createUnit: {
    same: async (w) => {
      const body = unitCreate(w);
      return burst(repeat(w.organizer, call('createUnit', {}, { body })), (answers) =>
        expectOneUnitCreated(w, body, answers),
      );
    },
    mixed: async (w) => {
      const body = unitCreate(w);
      const sends = inTurn(w.organizers.map((o) => ({ caller: o, req: call('createUnit', {}, { body }) })));
      return burst(sends, (answers) => expectOneUnitCreated(w, body, answers));
    },
  },
  updateUnit: {
    same: async (w) => {
      const [unit, parent] = [await w.unit(), await w.unit()];
      const body = { name: 'Phường Đổi Tên', parentId: parent.id };
      return burst(
        repeat(w.organizer, call('updateUnit', { unitId: unit.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          const [row] = await w.db.query(
            'SELECT name, parent_id AS "parentId", path FROM units WHERE id = $1',
            [unit.id],
          );
          expect(row).toEqual({
            name: 'Phường Đổi Tên',
            parentId: parent.id,
            path: `${parent.path}${unit.id}/`,
          });
          expect(await w.audits('unit.update', unit.id)).toBe(BURST);
        },
      );
    },
    mixed: async (w) => {
      // Two organizers move two siblings under each other at once: one move wins, never a cycle.
      const [x, y] = [await w.unit(), await w.unit()];
      const sends = inTurn([
        { caller: w.organizers[0], req: call('updateUnit', { unitId: x.id }, { body: { parentId: y.id } }) },
        { caller: w.organizers[1], req: call('updateUnit', { unitId: y.id }, { body: { parentId: x.id } }) },
      ]);
      return burst(sends, async (answers) => {
        expect(
          Object.keys(tally(answers)).filter((k) => k !== '200' && k !== '422 unit_move_into_own_subtree'),
        ).toEqual([]);
        const moved = new Set(oks(answers).map((a) => a.body.id));
        expect(moved.size).toBe(1);
        const rows: { id: number; parentId: number; path: string; parentPath: string }[] = await w.db.query(
          `SELECT u.id, u.parent_id AS "parentId", u.path, p.path AS "parentPath" FROM units u JOIN units p ON p.id = u.parent_id
            WHERE u.id = ANY($1) ORDER BY u.id`,
          [[x.id, y.id]],
        );
        for (const r of rows) expect(r.path).toBe(`${r.parentPath}${r.id}/`);
        const [mover] = [...moved];
        const other = mover === x.id ? y.id : x.id;
        expect(rows.find((r) => r.id === mover)!.parentId).toBe(other);
        expect(rows.find((r) => r.id === other)!.parentId).toBe(w.root.id);
      });
    },
  },
  setUnitHeadcount: {
    same: async (w) => {
      const unit = await w.unit();
      const body = { contestId: w.contestId, headcount: 42 };
      return burst(
        repeat(w.organizer, call('setUnitHeadcount', { unitId: unit.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          expect(await headcounts(w, unit.id)).toEqual([42]);
          expect(await w.audits('unit.headcount', unit.id)).toBe(BURST);
        },
      );
    },
    mixed: async (w) => {
      const unit = await w.unit();
      const sends = Array.from({ length: BURST }, (_, i) => ({
        caller: w.organizers[i % w.organizers.length],
        req: call(
          'setUnitHeadcount',
          { unitId: unit.id },
          { body: { contestId: w.contestId, headcount: 100 + i } },
        ),
      }));
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        // One row, holding what the last change to commit wrote.
        const last = await w.lastAudit('unit.headcount', unit.id);
        expect(await headcounts(w, unit.id)).toEqual([last!.after.headcount]);
      });
    },
  },
  mergeUnit: {
    same: async (w) => {
      const [unit, into] = [await w.unit(), await w.unit()];
      const req = call('mergeUnit', { unitId: unit.id }, { body: { intoUnitId: into.id } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '422 unit_merged': BURST - 1 });
        const [row] = await w.db.query('SELECT merged_into_id AS "mergedIntoId" FROM units WHERE id = $1', [
          unit.id,
        ]);
        expect(row.mergedIntoId).toBe(into.id);
        expect(await w.audits('unit.merge', unit.id)).toBe(1);
      });
    },
    mixed: async (w) => {
      // A into B and B into A at once: one merge happens, never both.
      const [a, b] = [await w.unit(), await w.unit()];
      const sends = inTurn([
        { caller: w.organizers[0], req: call('mergeUnit', { unitId: a.id }, { body: { intoUnitId: b.id } }) },
        { caller: w.organizers[1], req: call('mergeUnit', { unitId: b.id }, { body: { intoUnitId: a.id } }) },
      ]);
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '422 unit_merged': BURST - 1 });
        expect(await w.count('units WHERE id = ANY($1) AND merged_into_id IS NOT NULL', [[a.id, b.id]])).toBe(
          1,
        );
      });
    },
  },
  importUnits: {
    same: async (w) => {
      const codes = [1, 2, 3].map(() => `CC${w.tag}-${next()}`);
      const file = w.unitCsv(codes.map((code) => ({ code, parent: w.root.code, headcount: 9 })));
      const req = call('importUnits', {}, { query: { format: 'csv', contestId: w.contestId }, file });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.ok === true)).toBe(true);
        expect(oks(answers).reduce((sum, a) => sum + a.body.created, 0)).toBe(codes.length);
        expect(await w.count('units WHERE code = ANY($1)', [codes])).toBe(codes.length);
        expect(
          await w.count(
            'unit_headcounts h JOIN units u ON u.id = h.unit_id WHERE u.code = ANY($1) AND contest_id = $2',
            [codes, w.contestId],
          ),
        ).toBe(codes.length);
      });
    },
  },
  importRoster: {
    same: async (w) => {
      const unit = await w.unit();
      const admin = await w.account('unit_admin', unit);
      const { file } = w.rosterCsv(3);
      const req = call('importRoster', { unitId: unit.id }, { query: { format: 'csv' }, file });
      return burst(repeat(admin, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.ok && a.body.imported === 3)).toBe(true);
        expect(await w.count('roster_entries WHERE roster_unit_id = $1', [unit.id])).toBe(3);
      });
    },
    mixed: async (w) => {
      // The unit's admin and an organizer replace the roster with different files at once:
      // the roster is then one file whole, never a blend or the sum.
      const unit = await w.unit();
      const admin = await w.account('unit_admin', unit);
      const [three, five] = [w.rosterCsv(3), w.rosterCsv(5)];
      const sends = inTurn([
        {
          caller: admin,
          req: call('importRoster', { unitId: unit.id }, { query: { format: 'csv' }, file: three.file }),
        },
        {
          caller: w.organizer,
          req: call('importRoster', { unitId: unit.id }, { query: { format: 'csv' }, file: five.file }),
        },
      ]);
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const phones: string[] = (
          await w.db.query('SELECT phone FROM roster_entries WHERE roster_unit_id = $1 ORDER BY phone', [
            unit.id,
          ])
        ).map((r: { phone: string }) => r.phone);
        expect([[...three.phones].sort(), [...five.phones].sort()]).toContainEqual(phones);
      });
    },
  },

  // ---- Reports: earlier contests and collective prizes ----
  createEarlierContest: {
    same: async (w) => {
      const body = {
        name: w.name('Năm trước'),
        year: 2023,
        units: 171,
        participants: null,
        attempts: 26_915,
        weeks: 4,
      };
      return burst(repeat(w.organizer, call('createEarlierContest', {}, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 201: BURST });
        expect(distinct(answers.map((a) => a.body.id))).toBe(BURST);
        expect(await w.count('earlier_contests WHERE name = $1', [body.name])).toBe(BURST);
      });
    },
  },
  deleteEarlierContest: {
    same: async (w) => {
      const created = await w.must(
        w.organizer,
        call(
          'createEarlierContest',
          {},
          {
            body: { name: w.name('Xoá đi'), year: 2022, units: 1, participants: 1, attempts: 1, weeks: 1 },
          },
        ),
        201,
      );
      const req = call('deleteEarlierContest', { earlierId: created.id });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 204: 1, '404 earlier_contest_not_found': BURST - 1 });
        expect(await w.count('earlier_contests WHERE id = $1', [created.id])).toBe(0);
        expect(
          await w.count(`audit_log WHERE action = 'earlier.delete' AND before->>'name' = $1`, [created.name]),
        ).toBe(1);
      });
    },
  },
  setCollectiveRule: {
    same: async (w) => {
      const { id: contestId } = await w.contest();
      await w.round({ contestId, closesInMs: HOUR });
      const req = call('setCollectiveRule', { contestId }, { body: COLLECTIVE_RULE });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [{ rule }] = await w.db.query('SELECT collective_rule AS rule FROM contests WHERE id = $1', [
          contestId,
        ]);
        expect(rule).toEqual(COLLECTIVE_RULE);
        expect(await w.audits('collective.rule', contestId)).toBe(BURST);
      });
    },
    mixed: async (w) => {
      const { id: contestId } = await w.contest();
      await w.round({ contestId, closesInMs: HOUR });
      const sends = Array.from({ length: BURST }, (_, i) => ({
        caller: w.organizers[i % w.organizers.length],
        req: call('setCollectiveRule', { contestId }, { body: { ...COLLECTIVE_RULE, minHeadcount: i } }),
      }));
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [{ rule }] = await w.db.query('SELECT collective_rule AS rule FROM contests WHERE id = $1', [
          contestId,
        ]);
        expect(rule.minHeadcount).toBe((await w.lastAudit('collective.rule', contestId))!.after.minHeadcount);
      });
    },
  },
  finaliseCollectivePrizes: {
    same: async (w) => {
      const { id: contestId } = await w.contest();
      await w.round({ contestId, opensInMs: -2 * HOUR, closesInMs: -60_000 });
      await w.db.query('UPDATE contests SET collective_rule = $2 WHERE id = $1', [
        contestId,
        JSON.stringify(COLLECTIVE_RULE),
      ]);
      const req = call('finaliseCollectivePrizes', { contestId }, { body: {} });
      return burst(repeat(w.organizer, req), async (answers) => {
        // The first finalises; finalising again needs a reason.
        expect(tally(answers)).toEqual({ 200: 1, '422 collective_refinalise_needs_reason': BURST - 1 });
        expect(await w.count('collective_results WHERE contest_id = $1', [contestId])).toBe(1);
        expect(await w.audits('collective.finalise', contestId)).toBe(1);
      });
    },
  },

  // ---- Taking part ----
  startAttempt: {
    same: async (w) => {
      const roundId = await w.round({ attemptsAllowed: 1 });
      const caller = await w.account('participant');
      return burst(repeat(caller, call('startAttempt', { roundId })), async (answers) => {
        expect(tally(answers)).toEqual({ 201: BURST });
        // A start returns the attempt in progress: one attempt, the same id in every answer.
        expect(distinct(answers.map((a) => a.body.id))).toBe(1);
        expect(await w.count('attempts WHERE round_id = $1', [roundId])).toBe(1);
      });
    },
    mixed: async (w) => {
      const roundId = await w.round({ attemptsAllowed: 1 });
      const callers = await w.accounts(10, 'participant');
      const sends = inTurn(callers.map((c) => ({ caller: c, req: call('startAttempt', { roundId }) })));
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 201: BURST });
        for (const c of callers) {
          const mine = answers.filter((_, i) => sends[i].caller === c);
          expect(distinct(mine.map((a) => a.body.id))).toBe(1);
          expect(await w.count('attempts WHERE round_id = $1 AND user_id = $2', [roundId, c.id])).toBe(1);
        }
        expect(distinct(answers.map((a) => a.body.id))).toBe(callers.length);
      });
    },
  },
  saveAnswers: {
    same: async (w) => {
      const { caller, attemptId } = await w.attempt();
      const body = { answers: [{ position: 0, option: 1, seq: 5 }] };
      return burst(repeat(caller, call('saveAnswers', { attemptId }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        // The write is one row whoever wins; "accepted" names it at least once, never another position.
        expect(answers.every((a) => ['', '0'].includes(a.body.accepted.join()))).toBe(true);
        expect(answers.some((a) => a.body.accepted.join() === '0')).toBe(true);
        expect(await savedAnswers(w, attemptId)).toEqual([{ position: 0, option: 1, seq: '5' }]);
      });
    },
    mixed: async (w) => {
      // The owner's autosaves arrive out of order while strangers try the same attempt.
      const { caller, attemptId } = await w.attempt();
      const strangers = await w.accounts(3, 'participant');
      const sends: Send[] = Array.from({ length: BURST }, (_, i) =>
        i < strangers.length
          ? {
              caller: strangers[i],
              req: call(
                'saveAnswers',
                { attemptId },
                { body: { answers: [{ position: 0, option: 0, seq: 999 }] } },
              ),
            }
          : {
              caller,
              req: call(
                'saveAnswers',
                { attemptId },
                { body: { answers: [{ position: 0, option: i % 2, seq: i }] } },
              ),
            },
      );
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({
          200: BURST - strangers.length,
          '404 attempt_not_found': strangers.length,
        });
        expect(await savedAnswers(w, attemptId)).toEqual([
          { position: 0, option: (BURST - 1) % 2, seq: String(BURST - 1) },
        ]);
      });
    },
  },
  submitAttempt: {
    same: async (w) => {
      const { caller, attemptId } = await w.attempt();
      const body = { answers: [{ position: 0, option: 2, seq: 1 }] };
      return burst(repeat(caller, call('submitAttempt', { attemptId }, { body })), (answers) =>
        expectSubmittedOnce(w, attemptId, answers),
      );
    },
    mixed: async (w) => {
      const { caller, attemptId } = await w.attempt();
      const strangers = await w.accounts(3, 'participant');
      const req = call(
        'submitAttempt',
        { attemptId },
        { body: { answers: [{ position: 0, option: 2, seq: 1 }] } },
      );
      const sends = [
        ...strangers.map((s) => ({ caller: s, req })),
        ...repeat(caller, req, BURST - strangers.length),
      ];
      return burst(sends, async (answers) => {
        expect(tally(answers.slice(0, strangers.length))).toEqual({
          '404 attempt_not_found': strangers.length,
        });
        await expectSubmittedOnce(w, attemptId, answers.slice(strangers.length));
      });
    },
  },

  // ---- Organizing: contests, rounds, overrides ----
  createContest: {
    same: async (w) => {
      const name = w.name('Cuộc thi tạo đồng thời');
      const body = {
        name,
        year: 2026,
        topics: ['Chung'],
        firstOpensAt: new Date(Date.now() + 24 * HOUR).toISOString(),
        openHours: 48,
        weeks: 2,
        questionsPerRound: 5,
        timeLimitSeconds: 600,
        quotas: [{ topic: 'Chung', count: 5 }],
        attemptsAllowed: 1,
        countedAttempt: 'best',
        predictionEnabled: false,
        prizeCounts: { first: 1, second: 1, third: 1, encouragement: 0 },
        onePrizePerPerson: true,
      };
      return burst(repeat(w.organizer, call('createContest', {}, { body })), async (answers) => {
        // Nothing makes a contest's name unique: each answer created one, with its two rounds.
        expect(tally(answers)).toEqual({ 201: BURST });
        expect(distinct(answers.map((a) => a.body.id))).toBe(BURST);
        expect(await w.count('contests WHERE name = $1', [name])).toBe(BURST);
        expect(
          await w.count('rounds r JOIN contests c ON c.id = r.contest_id WHERE c.name = $1', [name]),
        ).toBe(2 * BURST);
      });
    },
  },
  updateContest: {
    same: async (w) => {
      const { id: contestId } = await w.contest();
      const [{ topics, prizeCounts }] = await w.db.query(
        'SELECT topics, prize_counts AS "prizeCounts" FROM contests WHERE id = $1',
        [contestId],
      );
      const body = {
        name: w.name('Cuộc thi đổi tên'),
        year: 2027,
        topics,
        prizeCounts,
        onePrizePerPerson: false,
        unitAdminsCompete: false,
        publicRankingNames: true,
      };
      return burst(repeat(w.organizer, call('updateContest', { contestId }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [row] = await w.db.query('SELECT name, year FROM contests WHERE id = $1', [contestId]);
        expect(row).toEqual({ name: body.name, year: 2027 });
        expect(await w.audits('contest.update', contestId)).toBe(BURST);
      });
    },
  },
  updateRound: {
    same: async (w) => {
      const roundId = await w.round({ opensInMs: 24 * HOUR, closesInMs: 48 * HOUR });
      const body = {
        name: 'Tuần sửa đồng thời',
        opensAt: new Date(Date.now() + 30 * HOUR).toISOString(),
        closesAt: new Date(Date.now() + 50 * HOUR).toISOString(),
        questionCount: 5,
        timeLimitSeconds: 900,
        selection: { mode: 'quota', quotas: [{ topic: w.topic, count: 5 }] },
        shuffleQuestions: true,
        shuffleOptions: true,
        attemptsAllowed: 2,
        countedAttempt: 'best',
        predictionEnabled: false,
        predictionPrompt: null,
        scoreVisibility: 'after_grading',
      };
      return burst(repeat(w.organizer, call('updateRound', { roundId }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [row] = await w.db.query(
          'SELECT name, time_limit_seconds AS "timeLimit", attempts_allowed AS "attempts" FROM rounds WHERE id = $1',
          [roundId],
        );
        expect(row).toEqual({ name: body.name, timeLimit: 900, attempts: 2 });
        expect(await w.audits('round.update', roundId)).toBe(BURST);
      });
    },
  },
  grantOverride: {
    same: async (w) => {
      const roundId = await w.round();
      const participant = await w.account('participant');
      const body = {
        login: participant.login,
        extraSeconds: 300,
        extraAttempts: 0,
        reason: 'Mất điện trong giờ thi',
      };
      return burst(repeat(w.organizer, call('grantOverride', { roundId }, { body })), async (answers) => {
        // Each grant is its own row (with who and why): as many rows as grants answered.
        const granted = oks(answers).length;
        expect(tally(answers)).toEqual({ 201: BURST });
        expect(distinct(oks(answers).map((a) => a.body.id))).toBe(granted);
        expect(
          await w.count('attempt_overrides WHERE round_id = $1 AND user_id = $2', [roundId, participant.id]),
        ).toBe(granted);
      });
    },
  },

  // ---- The question bank ----
  createQuestion: {
    same: async (w) => {
      const body = questionInput(w);
      return burst(
        repeat(w.organizer, call('createQuestion', { contestId: w.contestId }, { body })),
        (answers) => expectOneQuestion(w, body.text, answers),
      );
    },
    mixed: async (w) => {
      const body = questionInput(w);
      const sends = inTurn(
        w.organizers.map((o) => ({
          caller: o,
          req: call('createQuestion', { contestId: w.contestId }, { body }),
        })),
      );
      return burst(sends, (answers) => expectOneQuestion(w, body.text, answers));
    },
  },
  updateQuestion: {
    same: async (w) => {
      const questionId = await w.question();
      const body = { ...questionInput(w), difficulty: 'hard' };
      return burst(repeat(w.organizer, call('updateQuestion', { questionId }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [row] = await w.db.query('SELECT text, difficulty FROM questions WHERE id = $1', [questionId]);
        expect(row).toEqual({ text: body.text, difficulty: 'hard' });
        expect(await w.audits('question.update', questionId)).toBe(BURST);
      });
    },
  },
  retireQuestion: {
    same: async (w) => {
      const questionId = await w.question();
      return burst(repeat(w.organizer, call('retireQuestion', { questionId })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [{ retiredAt }] = await w.db.query(
          'SELECT retired_at AS "retiredAt" FROM questions WHERE id = $1',
          [questionId],
        );
        // Retired once: every answer shows the same moment, the one stored.
        expect(distinct(answers.map((a) => a.body.retiredAt))).toBe(1);
        expect(answers[0].body.retiredAt).toBe(retiredAt.toISOString());
      });
    },
  },
  restoreQuestion: {
    same: async (w) => {
      const questionId = await w.question(true);
      return burst(repeat(w.organizer, call('restoreQuestion', { questionId })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.retiredAt === null)).toBe(true);
        expect(await w.count('questions WHERE id = $1 AND retired_at IS NULL', [questionId])).toBe(1);
      });
    },
  },
  importQuestions: {
    same: async (w) => {
      const { id: contestId, topic } = await w.contest();
      const texts = [1, 2, 3].map(() => `${w.name('Câu hỏi nhập đồng thời')}?`);
      const file = w.questionCsv(texts, topic);
      const req = call('importQuestions', { contestId }, { query: { format: 'csv' }, file });
      return burst(repeat(w.organizer, req), async (answers) => {
        // One import writes the file; the others find it already there (a report with problems,
        // or the bank changed under them), never a second copy.
        const outcome = tally(answers);
        expect(Object.keys(outcome).every((k) => k === '200' || k === '409 bank_changed_during_import')).toBe(
          true,
        );
        expect(
          oks(answers)
            .map((a) => a.body.imported)
            .sort((a, b) => b - a)[0],
        ).toBe(texts.length);
        expect(oks(answers).reduce((sum, a) => sum + a.body.imported, 0)).toBe(texts.length);
        expect(await w.count('questions WHERE contest_id = $1 AND text = ANY($2)', [contestId, texts])).toBe(
          texts.length,
        );
      });
    },
  },

  // ---- Results and exports ----
  finaliseRound: {
    same: async (w) => {
      const roundId = await w.gradedRound();
      const req = call('finaliseRound', { roundId }, { body: {} });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(distinct(answers.map((a) => a.body.version))).toBe(1);
        expect(answers[0].body.version).toBe(1);
        expect(await w.audits('round.finalise', roundId)).toBe(1);
        expect(await w.count('round_results WHERE round_id = $1', [roundId])).toBe(
          answers[0].body.participants,
        );
      });
    },
    mixed: async (w) => {
      // Organizers finalise and re-finalise (with a reason) at once: each version is one audited run.
      const roundId = await w.gradedRound();
      const sends = Array.from({ length: BURST }, (_, i) => ({
        caller: w.organizers[i % w.organizers.length],
        req: call(
          'finaliseRound',
          { roundId },
          {
            body: i % 3 === 2 ? { refinalise: true, reason: 'Soát lại sau gia hạn' } : {},
          },
        ),
      }));
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [{ version }] = await w.db.query(
          'SELECT finalise_version AS version FROM rounds WHERE id = $1',
          [roundId],
        );
        expect(
          await w.count(
            `audit_log WHERE action IN ('round.finalise', 'round.refinalise') AND entity_id = $1`,
            [roundId],
          ),
        ).toBe(version);
        expect(await w.audits('round.finalise', roundId)).toBe(1);
        expect(Math.max(...answers.map((a) => a.body.version))).toBe(version);
        expect(await w.count('round_results WHERE round_id = $1', [roundId])).toBe(
          answers[0].body.participants,
        );
      });
    },
  },
  publishRound: {
    same: async (w) => {
      const roundId = await w.finalisedRound();
      return burst(repeat(w.organizer, call('publishRound', { roundId })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [{ publishedAt }] = await w.db.query(
          'SELECT published_at AS "publishedAt" FROM rounds WHERE id = $1',
          [roundId],
        );
        expect(distinct(answers.map((a) => a.body.publishedAt))).toBe(1);
        expect(answers[0].body.publishedAt).toBe(publishedAt.toISOString());
        expect(await w.audits('round.publish', roundId)).toBe(1);
      });
    },
  },
  createExport: {
    same: async (w) => {
      const roundId = await w.finalisedRound();
      const req = call('createExport', {}, { body: { kind: 'round_ranking', roundId } });
      return burst(repeat(w.organizer, req), async (answers) => {
        // Each request is its own export job, queued once.
        expect(tally(answers)).toEqual({ 202: BURST });
        expect(distinct(answers.map((a) => a.body.id))).toBe(BURST);
        expect(
          await w.count(`exports WHERE created_by = $1 AND request->>'roundId' = $2`, [
            w.organizer.id,
            String(roundId),
          ]),
        ).toBe(BURST);
      });
    },
  },

  // ---- Entries ----
  createTrack: {
    same: async (w) => {
      const settings = w.trackSettings();
      const req = call('createTrack', { contestId: w.contestId }, { body: { kind: 'clip', settings } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 201: BURST });
        expect(distinct(answers.map((a) => a.body.id))).toBe(BURST);
        expect(await w.count('entry_tracks WHERE title = $1', [settings.title])).toBe(BURST);
        expect(
          await w.count('entry_stages s JOIN entry_tracks t ON t.id = s.track_id WHERE t.title = $1', [
            settings.title,
          ]),
        ).toBe(BURST);
      });
    },
  },
  updateTrack: {
    same: async (w) => {
      const { track } = await w.track();
      const settings = w.trackSettings({ entriesPerUnit: 5 });
      return burst(
        repeat(w.organizer, call('updateTrack', { trackId: track.id }, { body: settings })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          const [row] = await w.db.query(
            'SELECT title, entries_per_unit AS "perUnit" FROM entry_tracks WHERE id = $1',
            [track.id],
          );
          expect(row).toEqual({ title: settings.title, perUnit: 5 });
          expect(await w.audits('track.update', track.id)).toBe(BURST);
        },
      );
    },
  },
  updateStage: {
    same: async (w) => {
      const { stage } = await w.track();
      // A new rubric (criteria without ids): sent thirty times, it must still be one rubric.
      const body = {
        ...w.stageSettings({ name: 'Chấm chung khảo' }),
        criteria: [...CRITERIA, { name: 'Âm thanh', maxPoints: 10, guidance: '' }],
      };
      return burst(
        repeat(w.organizer, call('updateStage', { stageId: stage.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          expect(answers.every((a) => a.body.criteria.length === 3)).toBe(true);
          expect(await w.count('rubric_criteria WHERE stage_id = $1', [stage.id])).toBe(3);
          expect(await w.audits('stage.update', stage.id)).toBe(1 + BURST);
        },
      );
    },
  },
  createEntry: {
    same: async (w) => {
      const { track } = await w.track({ entriesPerUnit: 1 });
      const unit = await w.unit();
      const admin = await w.account('unit_admin', unit);
      const req = call('createEntry', { trackId: track.id }, { body: w.entryInput() });
      return burst(repeat(admin, req), (answers) => expectOneEntry(w, track.id, unit.id, answers));
    },
    mixed: async (w) => {
      // Two admins of one unit press send together: the per-unit limit still holds.
      const { track } = await w.track({ entriesPerUnit: 1 });
      const unit = await w.unit();
      const admins = await w.accounts(3, 'unit_admin', unit);
      const sends = inTurn(
        admins.map((a) => ({
          caller: a,
          req: call('createEntry', { trackId: track.id }, { body: w.entryInput() }),
        })),
      );
      return burst(sends, (answers) => expectOneEntry(w, track.id, unit.id, answers));
    },
  },
  updateEntry: {
    same: async (w) => {
      const { track } = await w.track();
      const { entry, admin } = await w.entry(track, true);
      const body = w.entryInput('Bản làm lại của clip');
      return burst(repeat(admin, call('updateEntry', { entryId: entry.id }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [row] = await w.db.query('SELECT title, screening FROM entries WHERE id = $1', [entry.id]);
        expect(row).toEqual({ title: 'Bản làm lại của clip', screening: 'pending' });
        expect(await w.audits('entry.update', entry.id)).toBe(BURST);
      });
    },
  },
  withdrawEntry: {
    same: async (w) => {
      const { track } = await w.track();
      const { entry, admin } = await w.entry(track);
      return burst(repeat(admin, call('withdrawEntry', { entryId: entry.id })), (answers) =>
        expectWithdrawnOnce(w, entry.id, answers),
      );
    },
    mixed: async (w) => {
      const { track } = await w.track();
      const { entry, admin, unit } = await w.entry(track);
      const second = await w.account('unit_admin', unit);
      const sends = inTurn(
        [admin, second].map((a) => ({ caller: a, req: call('withdrawEntry', { entryId: entry.id }) })),
      );
      return burst(sends, (answers) => expectWithdrawnOnce(w, entry.id, answers));
    },
  },
  screenEntry: {
    same: async (w) => {
      const { track } = await w.track();
      const { entry } = await w.entry(track);
      const req = call(
        'screenEntry',
        { entryId: entry.id },
        { body: { decision: 'accepted', reason: null } },
      );
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(await w.count(`entries WHERE id = $1 AND screening = 'accepted'`, [entry.id])).toBe(1);
        expect(await w.audits('entry.accept', entry.id)).toBe(BURST);
      });
    },
    mixed: async (w) => {
      // One organizer accepts while another rejects: the entry ends as the last decision recorded.
      const { track } = await w.track();
      const { entry } = await w.entry(track);
      const sends = inTurn([
        {
          caller: w.organizers[0],
          req: call('screenEntry', { entryId: entry.id }, { body: { decision: 'accepted', reason: null } }),
        },
        {
          caller: w.organizers[1],
          req: call(
            'screenEntry',
            { entryId: entry.id },
            { body: { decision: 'rejected', reason: 'Trùng nội dung' } },
          ),
        },
      ]);
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        const [last] = await w.db.query(
          `SELECT action FROM audit_log WHERE action IN ('entry.accept', 'entry.reject') AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
          [entry.id],
        );
        const [{ screening }] = await w.db.query('SELECT screening FROM entries WHERE id = $1', [entry.id]);
        expect(screening).toBe(last.action === 'entry.accept' ? 'accepted' : 'rejected');
      });
    },
  },

  // ---- Initiatives ----
  updateStageWindow: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const stageId = track.stages[0].id;
      const body = {
        name: 'Đơn vị xét chọn đợt 1',
        opensAt: null,
        closesAt: new Date(Date.now() + 3 * HOUR).toISOString(),
      };
      return burst(repeat(w.organizer, call('updateStageWindow', { stageId }, { body })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(
          await w.count(`entry_stages WHERE id = $1 AND name = 'Đơn vị xét chọn đợt 1'`, [stageId]),
        ).toBe(1);
        expect(await w.audits('stage.window', stageId)).toBe(BURST);
      });
    },
  },
  createInitiative: {
    same: async (w) => {
      // One author pressing start thirty times gets no more drafts than an author may hold.
      const track = await w.initiativeTrack();
      const author = await w.account('participant', await w.unit());
      const req = call('createInitiative', { trackId: track.id }, { body: w.initiativeDraft() });
      return burst(repeat(author, req), async (answers) => {
        const max = MAX_INITIATIVES_PER_AUTHOR;
        expect(tally(answers)).toEqual({ 201: max, '409 entry_limit_per_author': BURST - max });
        expect(
          await w.count('entries WHERE track_id = $1 AND submitted_by = $2', [track.id, author.id]),
        ).toBe(max);
      });
    },
  },
  updateInitiative: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry, author } = await w.initiative(track);
      const body = w.initiativeDraft('Bản sửa của sáng kiến');
      return burst(
        repeat(author, call('updateInitiative', { entryId: entry.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          const [row] = await w.db.query('SELECT title, folded_title AS folded FROM entries WHERE id = $1', [
            entry.id,
          ]);
          expect(row).toEqual({ title: 'Bản sửa của sáng kiến', folded: 'ban sua cua sang kien' });
        },
      );
    },
  },
  sendInitiative: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry, author } = await w.initiative(track);
      return burst(repeat(author, call('sendInitiative', { entryId: entry.id })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '409 initiative_already_sent': BURST - 1 });
        expect(await w.count(`stage_entries WHERE entry_id = $1 AND state = 'in'`, [entry.id])).toBe(1);
        expect(await w.audits('initiative.send', entry.id)).toBe(1);
      });
    },
  },
  addAttachment: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry, author } = await w.initiative(track);
      const req = call('addAttachment', { entryId: entry.id }, { query: { name: 'Báo cáo.pdf' }, file: PDF });
      return burst(repeat(author, req), async (answers) => {
        expect(tally(answers)).toEqual({
          201: MAX_ATTACHMENTS,
          '409 attachment_limit': BURST - MAX_ATTACHMENTS,
        });
        expect(await w.count('entry_attachments WHERE entry_id = $1', [entry.id])).toBe(MAX_ATTACHMENTS);
      });
    },
  },
  removeAttachment: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry, author } = await w.initiative(track);
      const added = await w.must(
        author,
        call('addAttachment', { entryId: entry.id }, { query: { name: 'a.pdf' }, file: PDF }),
        201,
      );
      return burst(repeat(author, call('removeAttachment', { attachmentId: added.id })), async (answers) => {
        expect(tally(answers)).toEqual({ 204: 1, '404 attachment_not_found': BURST - 1 });
        expect(await w.count('entry_attachments WHERE entry_id = $1', [entry.id])).toBe(0);
        expect(await w.audits('attachment.remove', entry.id)).toBe(1);
      });
    },
  },
  unitReview: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry, admin } = await w.initiative(track, 'sent');
      const req = call('unitReview', { entryId: entry.id }, { body: FORWARD });
      return burst(repeat(admin, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '409 unit_review_not_pending': BURST - 1 });
        expect(await w.count(`entries WHERE id = $1 AND unit_review = 'forwarded'`, [entry.id])).toBe(1);
        expect(await w.audits('initiative.forward', entry.id)).toBe(1);
      });
    },
    mixed: async (w) => {
      // Two admins forward two entries of a unit allowed one: one goes through, never both.
      const track = await w.initiativeTrack(1);
      const first = await w.initiative(track, 'sent');
      const second = await w.initiative(track, 'sent', first.unit);
      const sends = inTurn([
        { caller: first.admin, req: call('unitReview', { entryId: first.entry.id }, { body: FORWARD }) },
        { caller: second.admin, req: call('unitReview', { entryId: second.entry.id }, { body: FORWARD }) },
      ]);
      return burst(sends, async (answers) => {
        const t = tally(answers);
        expect(t[200]).toBe(1);
        expect((t['409 unit_review_not_pending'] ?? 0) + (t['409 forward_limit_reached'] ?? 0)).toBe(
          BURST - 1,
        );
        expect(await w.count(`entries WHERE track_id = $1 AND unit_review = 'forwarded'`, [track.id])).toBe(
          1,
        );
      });
    },
  },
  decideOriginality: {
    same: async (w) => {
      const track = await w.initiativeTrack();
      const { entry } = await w.initiative(track, 'forwarded');
      const body = { decision: 'original', reason: 'Chưa có ở danh mục' };
      return burst(
        repeat(w.organizer, call('decideOriginality', { entryId: entry.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          expect(await w.count(`entries WHERE id = $1 AND originality = 'original'`, [entry.id])).toBe(1);
          expect(await w.audits('originality.decide', entry.id)).toBe(BURST);
        },
      );
    },
  },
  importRegister: {
    same: async (w) => {
      // The same file thirty times: added once; every later copy is reported as already there.
      const titles = [w.name('Sáng kiến đã áp dụng'), w.name('Sáng kiến đã áp dụng')];
      const req = call('importRegister', {}, { query: { format: 'csv' }, file: w.registerCsv(titles) });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.filter((a) => a.body.ok && a.body.imported === 2)).toHaveLength(1);
        expect(
          answers.filter((a) => !a.body.ok && a.body.problems[0].code === 'register_duplicate_known'),
        ).toHaveLength(BURST - 1);
        expect(await w.count('initiative_register WHERE title = ANY($1)', [titles])).toBe(2);
      });
    },
  },

  // ---- Judging ----
  autoAssign: {
    same: async (w) => {
      const { stage, judges } = await w.judged({ entries: 3, judges: 4, perEntry: 0, closed: false });
      const body = { judgesPerEntry: 2, judgeIds: judges.map((j) => j.id) };
      return burst(
        repeat(w.organizer, call('autoAssign', { stageId: stage.id }, { body })),
        async (answers) => {
          expect(tally(answers)).toEqual({ 200: BURST });
          const rows: { n: number }[] = await w.db.query(
            'SELECT count(*)::int AS n FROM judge_assignments WHERE stage_id = $1 GROUP BY entry_id',
            [stage.id],
          );
          expect(rows.map((r) => r.n)).toEqual([2, 2, 2]);
          expect(oks(answers).reduce((sum, a) => sum + a.body.added, 0)).toBe(6);
        },
      );
    },
  },
  addAssignment: {
    same: async (w) => {
      const { stage, entries, judges } = await w.judged({
        entries: 1,
        judges: 1,
        perEntry: 0,
        closed: false,
      });
      const body = { entryId: entries[0].id, judgeId: judges[0].id };
      return burst(repeat(w.organizer, call('addAssignment', { stageId: stage.id }, { body })), (answers) =>
        expectOneAssignment(w, stage.id, answers),
      );
    },
    mixed: async (w) => {
      const { stage, entries, judges } = await w.judged({
        entries: 1,
        judges: 1,
        perEntry: 0,
        closed: false,
      });
      const body = { entryId: entries[0].id, judgeId: judges[0].id };
      const sends = inTurn(
        w.organizers.map((o) => ({ caller: o, req: call('addAssignment', { stageId: stage.id }, { body }) })),
      );
      return burst(sends, (answers) => expectOneAssignment(w, stage.id, answers));
    },
  },
  removeAssignment: {
    same: async (w) => {
      const { stage, assignments } = await w.judged({ entries: 1, judges: 1, perEntry: 1, closed: false });
      const req = call('removeAssignment', { stageId: stage.id, assignmentId: assignments[0].id });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 204: 1, '404 assignment_not_found': BURST - 1 });
        expect(await w.count('judge_assignments WHERE stage_id = $1', [stage.id])).toBe(0);
        expect(await w.audits('stage.unassign', stage.id)).toBe(1);
      });
    },
  },
  addStage: {
    same: async (w) => {
      const { track } = await w.track();
      const req = call('addStage', { trackId: track.id }, { body: { name: 'Chung khảo' } });
      return burst(repeat(w.organizer, req), async (answers) => {
        // Each request adds a stage of its own, in its own place after the first.
        expect(tally(answers)).toEqual({ 201: BURST });
        const positions = await w.db.query(
          'SELECT position FROM entry_stages WHERE track_id = $1 ORDER BY position',
          [track.id],
        );
        expect(positions.map((p: { position: number }) => p.position)).toEqual(
          Array.from({ length: BURST + 1 }, (_, i) => i + 1),
        );
        const stageIds = answers.map((a) => a.body.id as number);
        expect(new Set(stageIds).size).toBe(BURST);
        for (const id of stageIds) expect(await w.audits('stage.create', id)).toBe(1);
      });
    },
  },
  // ---- Unit admins: the same grant or revoke thirty times changes the role once ----
  addUnitAdmin: {
    same: async (w) => {
      const unit = await w.unit();
      const person = await w.account('participant', unit);
      const req = call('addUnitAdmin', { unitId: unit.id }, { body: { login: person.login } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(
          answers.every((a) => a.body.items.map((i: { id: number }) => i.id).join() === String(person.id)),
        ).toBe(true);
        expect(await w.audits('unit.admin_add', unit.id)).toBe(1);
      });
    },
  },
  removeUnitAdmin: {
    same: async (w) => {
      const unit = await w.unit();
      const admin = await w.account('unit_admin', unit);
      const req = call('removeUnitAdmin', { unitId: unit.id, userId: admin.id });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '404 unit_admin_not_found': BURST - 1 });
        expect(await w.count(`users WHERE id = $1 AND role = 'participant'`, [admin.id])).toBe(1);
        expect(await w.audits('unit.admin_remove', unit.id)).toBe(1);
      });
    },
  },
  // ---- A track's totals and prizes ----
  updateAwardRules: {
    same: async (w) => {
      const { track, stage } = await w.track();
      const rules = {
        combination: { kind: 'sum' },
        tieBreaks: ['last_stage'],
        main: [{ label: 'Giải Nhất', count: 1, amount: 5_000_000 }],
        groupMultiplier: 1.5,
        side: [
          { label: 'Cá nhân xuất sắc', stageId: stage.id, part: null, for: 'individual', amount: 1_000_000 },
        ],
        units: [],
      };
      const req = call('updateAwardRules', { trackId: track.id }, { body: rules });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(await w.audits('awards.rules', track.id)).toBe(1);
      });
    },
  },
  publishTrackResults: {
    same: async (w) => {
      const { track, stage } = await w.scoredStage();
      await w.must(w.organizer, call('lockStage', { stageId: stage.id }, { body: { reason: null } }), 200);
      const req = call('publishTrackResults', { trackId: track.id });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '409 track_results_published': BURST - 1 });
        expect(await w.count('track_results WHERE track_id = $1', [track.id])).toBe(1);
        expect(await w.audits('awards.publish', track.id)).toBe(1);
      });
    },
  },
  importStageInteractions: {
    same: async (w) => {
      // The same file thirty times: one change saved and audited, every copy reported clean.
      const j = await w.countingStage();
      const H = INTERACTION_SHEET.headers;
      const file = Buffer.from(`${H.entry},${H.likes},${H.shares}\r\n${j.entries[0].id},1.840,0\r\n`, 'utf8');
      const req = call(
        'importStageInteractions',
        { stageId: j.stage.id },
        { query: { format: 'csv' }, file },
      );
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.ok && a.body.imported === 1)).toBe(true);
        const [row] = await w.db.query('SELECT likes FROM interaction_counts WHERE stage_id = $1', [
          j.stage.id,
        ]);
        expect(row.likes).toBe(1840);
        expect(await w.audits('interaction.update', j.stage.id)).toBe(1);
      });
    },
  },
  updateStageInteractions: {
    same: async (w) => {
      const j = await w.countingStage();
      const rows = [{ entryId: j.entries[0].id, likes: 120, shares: 30 }];
      const req = call('updateStageInteractions', { stageId: j.stage.id }, { body: { rows } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.rows[0].points === 30)).toBe(true);
        expect(await w.count('interaction_counts WHERE stage_id = $1', [j.stage.id])).toBe(1);
        expect(await w.audits('interaction.update', j.stage.id)).toBe(1);
      });
    },
  },
  // ---- A live final: the same click thirty times changes it once ----
  liveOrder: {
    same: async (w) => {
      const { final, entry } = await w.liveFinal();
      const req = call('liveOrder', { stageId: final.id }, { body: { entryIds: [entry.id] } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(await w.audits('live.order', final.id)).toBe(1);
        expect(await w.liveVersion(final.id)).toBe(2);
      });
    },
  },
  liveCurrent: {
    same: async (w) => {
      const { final, entry } = await w.liveFinal();
      const req = call(
        'liveCurrent',
        { stageId: final.id },
        { body: { current: { entryId: entry.id, part: 1 } } },
      );
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(
          answers.every((a) => a.body.board.current?.part === 1 && a.body.board.timer.seconds === 300),
        ).toBe(true);
        expect(await w.audits('live.current', final.id)).toBe(1);
      });
    },
  },
  liveTimer: {
    same: async (w) => {
      const { final, entry } = await w.liveFinal();
      await w.must(
        w.organizer,
        call('liveCurrent', { stageId: final.id }, { body: { current: { entryId: entry.id, part: 0 } } }),
        200,
      );
      const req = call('liveTimer', { stageId: final.id }, { body: { action: 'start' } });
      return burst(repeat(w.organizer, req), async (answers) => {
        // One start: the clock is not restarted by the twenty-nine clicks behind it.
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(new Set(answers.map((a) => a.body.board.timer.endsAt)).size).toBe(1);
        expect(await w.audits('live.timer', final.id)).toBe(1);
      });
    },
  },
  liveScoring: {
    same: async (w) => {
      const { final, entry } = await w.liveFinal();
      const req = call(
        'liveScoring',
        { stageId: final.id },
        { body: { entryId: entry.id, part: 0, open: true } },
      );
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(await w.count('live_part_windows WHERE stage_id = $1 AND closed_at IS NULL', [final.id])).toBe(
          1,
        );
        expect(await w.audits('live.scoring', final.id)).toBe(1);
      });
    },
    mixed: async (w) => {
      // The judge's sheets race the organizer's close: each sheet is saved whole before the close
      // or refused after it, and what stays is what the last accepted sheet said.
      const { final, entry, judge, assignmentId } = await w.liveFinal();
      const open = { entryId: entry.id, part: 0, open: true };
      await w.must(w.organizer, call('liveScoring', { stageId: final.id }, { body: open }), 200);
      const criteria = final.criteria.filter((c) => c.part === 0);
      const sends: Send[] = Array.from({ length: BURST }, (_, i) =>
        i === 12
          ? {
              caller: w.organizer,
              req: call('liveScoring', { stageId: final.id }, { body: { ...open, open: false } }),
            }
          : {
              caller: judge,
              req: call(
                'scoreEntry',
                { assignmentId },
                {
                  body: {
                    scores: criteria.map((c) => ({ criterionId: c.id, points: i % 10, comment: null })),
                  },
                },
              ),
            },
      );
      return burst(sends, async (answers) => {
        const scores = answers.filter((_, i) => sends[i].req.route === 'scoreEntry');
        expect(scores.every((a) => a.status === 200 || a.body?.code === 'live_part_closed')).toBe(true);
        const saved = await w.db.query(
          'SELECT DISTINCT points::float8 AS p FROM judge_scores WHERE assignment_id = $1',
          [assignmentId],
        );
        expect(saved.length).toBeLessThanOrEqual(1);
        expect(await w.count('live_part_windows WHERE stage_id = $1 AND closed_at IS NULL', [final.id])).toBe(
          0,
        );
      });
    },
  },
  liveReveal: {
    same: async (w) => {
      const { final, entry } = await w.liveFinal();
      const req = call(
        'liveReveal',
        { stageId: final.id },
        { body: { reveal: { mode: 'team', entryId: entry.id }, override: 'Công bố thử trước giờ' } },
      );
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((a) => a.body.board.standings.length === 1)).toBe(true);
        expect(await w.audits('live.reveal', final.id)).toBe(1);
      });
    },
  },
  advanceStage: {
    same: async (w) => {
      const { track, stage } = await w.scoredStage();
      await w.must(w.organizer, call('lockStage', { stageId: stage.id }, { body: { reason: null } }), 200);
      const next = await w.must(
        w.organizer,
        call('addStage', { trackId: track.id }, { body: { name: 'Vòng 2' } }),
        201,
      );
      const req = call('advanceStage', { stageId: stage.id }, { body: { rule: { kind: 'top', count: 1 } } });
      return burst(repeat(w.organizer, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '409 advance_already_done': BURST - 1 });
        expect(await w.count(`stage_entries WHERE stage_id = $1 AND state = 'in'`, [next.id])).toBe(1);
        expect(await w.audits('stage.advance', stage.id)).toBe(1);
      });
    },
  },
  lockStage: {
    same: async (w) => {
      const { stage } = await w.scoredStage();
      const req = call('lockStage', { stageId: stage.id }, { body: { reason: null } });
      return burst(repeat(w.organizer, req), (answers) => expectLockedOnce(w, stage.id, answers));
    },
    mixed: async (w) => {
      // Organizers lock while the judge is still changing the sheet: one lock, and the scores it
      // froze are the scores that stay.
      const { stage, assignments } = await w.scoredStage();
      const [a] = assignments;
      const lock = { reason: 'Đủ phiếu chấm' };
      // The judge's sheets go first, so the lock arrives while one is being saved.
      const sends: Send[] = Array.from({ length: BURST }, (_, i) =>
        i >= 10 && i % 2 === 0
          ? {
              caller: w.organizers[i % w.organizers.length],
              req: call('lockStage', { stageId: stage.id }, { body: lock }),
            }
          : {
              caller: a.judge,
              req: call(
                'scoreEntry',
                { assignmentId: a.id },
                { body: w.fullSheet(stage, [31 + (i % 5), 20]) },
              ),
            },
      );
      return burst(sends, async (answers) => {
        const of = (route: RouteName) => answers.filter((_, i) => sends[i].req.route === route);
        await expectLockedOnce(w, stage.id, of('lockStage'));
        expect(
          Object.keys(tally(of('scoreEntry'))).filter((k) => k !== '200' && k !== '409 stage_locked'),
        ).toEqual([]);
        const frozen = (await w.lastAudit('stage.lock', stage.id))!.after[0].total;
        const [{ total }] = await w.db.query(
          'SELECT sum(points)::float8 AS total FROM judge_scores WHERE assignment_id = $1',
          [a.id],
        );
        expect(total).toBe(frozen);
      });
    },
  },
  publishStage: {
    same: async (w) => {
      const { stage } = await w.scoredStage();
      await w.must(w.organizer, call('lockStage', { stageId: stage.id }, { body: { reason: null } }), 200);
      return burst(repeat(w.organizer, call('publishStage', { stageId: stage.id })), async (answers) => {
        expect(tally(answers)).toEqual({ 200: 1, '409 stage_already_published': BURST - 1 });
        expect(await w.count('stage_results WHERE stage_id = $1', [stage.id])).toBe(1);
        expect(await w.audits('stage.publish', stage.id)).toBe(1);
      });
    },
  },
  scoreEntry: {
    same: async (w) => {
      const { stage, assignments } = await w.judged({ entries: 1, judges: 1, perEntry: 1, closed: true });
      const [a] = assignments;
      const req = call('scoreEntry', { assignmentId: a.id }, { body: w.fullSheet(stage) });
      return burst(repeat(a.judge, req), async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        expect(answers.every((x) => x.body.total === 50 && x.body.complete)).toBe(true);
        expect(await w.count('judge_scores WHERE assignment_id = $1', [a.id])).toBe(stage.criteria.length);
        // Only the first sheet changed anything; the same sheet again is not a change to audit.
        expect(await w.audits('score.save', a.id)).toBe(1);
      });
    },
    mixed: async (w) => {
      // Four judges of one stage save their sheets at the same moment.
      const { stage, assignments } = await w.judged({ entries: 1, judges: 4, perEntry: 4, closed: true });
      const sends = inTurn(
        assignments.map((a) => ({
          caller: a.judge,
          req: call('scoreEntry', { assignmentId: a.id }, { body: w.fullSheet(stage) }),
        })),
      );
      return burst(sends, async (answers) => {
        expect(tally(answers)).toEqual({ 200: BURST });
        for (const a of assignments) {
          expect(await w.count('judge_scores WHERE assignment_id = $1', [a.id])).toBe(stage.criteria.length);
          expect(await w.audits('score.save', a.id)).toBe(1);
        }
      });
    },
  },
  declareConflict: {
    same: async (w) => {
      const { assignments } = await w.judged({ entries: 1, judges: 1, perEntry: 1, closed: true });
      const [a] = assignments;
      const req = call(
        'declareConflict',
        { assignmentId: a.id },
        { body: { reason: 'Tác giả là người nhà' } },
      );
      return burst(repeat(a.judge, req), (answers) => expectConflictOnce(w, a.id, answers));
    },
    mixed: async (w) => {
      // The judge steps off while another judge tries the same assignment: theirs it is not.
      const { assignments, judges } = await w.judged({ entries: 1, judges: 2, perEntry: 1, closed: true });
      const [a] = assignments;
      const other = judges.find((j) => j.id !== a.judge.id)!;
      const req = call(
        'declareConflict',
        { assignmentId: a.id },
        { body: { reason: 'Tác giả là người nhà' } },
      );
      const sends = [...repeat(other, req, 5), ...repeat(a.judge, req, BURST - 5)];
      return burst(sends, async (answers) => {
        expect(tally(answers.slice(0, 5))).toEqual({ '404 assignment_not_found': 5 });
        await expectConflictOnce(w, a.id, answers.slice(5));
      });
    },
  },
  voidVotes: {
    same: async (w) => {
      const { stage, entryId, voters } = await votedStage(w);
      const body = { userIds: voters.map((v) => v.id), reason: 'Phiếu bầu từ một nhóm tài khoản mới' };
      return burst(repeat(w.organizer, call('voidVotes', { stageId: stage.id }, { body })), (answers) =>
        expectVoidedOnce(w, stage.id, entryId, voters.length, answers),
      );
    },
    mixed: async (w) => {
      // One organizer voids the address, another the same accounts: the votes come off once.
      const { stage, entryId, voters } = await votedStage(w);
      const [{ ip }] = await w.db.query('SELECT DISTINCT ip FROM entry_votes WHERE entry_id = $1', [entryId]);
      const reason = 'Cùng một địa chỉ mạng';
      const sends = inTurn([
        { caller: w.organizers[0], req: call('voidVotes', { stageId: stage.id }, { body: { ip, reason } }) },
        {
          caller: w.organizers[1],
          req: call(
            'voidVotes',
            { stageId: stage.id },
            { body: { userIds: voters.map((v) => v.id), reason } },
          ),
        },
      ]);
      return burst(sends, (answers) => expectVoidedOnce(w, stage.id, entryId, voters.length, answers));
    },
  },
  vote: {
    same: async (w) => {
      const entry = await w.votingEntry();
      const voter = await w.account('participant', w.voterUnit);
      return burst(repeat(voter, call('vote', { entryId: entry.id })), (answers) =>
        expectVotes(w, entry.id, answers, 1),
      );
    },
    mixed: async (w) => {
      const entry = await w.votingEntry();
      const voters = await w.accounts(BURST, 'participant', w.voterUnit);
      const sends = voters.map((v) => ({ caller: v, req: call('vote', { entryId: entry.id }) }));
      return burst(sends, async (answers) => {
        await expectVotes(w, entry.id, answers, BURST);
        // Each vote answered with the count it made: 1 … 30, each once.
        expect(answers.map((a) => a.body.votes).sort((a, b) => a - b)).toEqual(
          Array.from({ length: BURST }, (_, i) => i + 1),
        );
      });
    },
  },
};

// ---- Invariants shared by a route's two bursts ----

function unitCreate(w: World) {
  return {
    code: `CC${w.tag}-${next()}`,
    name: 'Trường THPT Đồng Thời',
    level: 'school',
    parentId: w.root.id,
    contestId: w.contestId,
    headcount: 12,
  };
}

async function expectOneUnitCreated(w: World, body: ReturnType<typeof unitCreate>, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 201: 1, '409 unit_code_taken': BURST - 1 });
  expect(await w.count('units WHERE code = $1', [body.code])).toBe(1);
  const [unit] = oks(answers);
  expect(await headcounts(w, unit.body.id)).toEqual([12]);
}

async function headcounts(w: World, unitId: number): Promise<number[]> {
  return (
    await w.db.query('SELECT headcount FROM unit_headcounts WHERE unit_id = $1 AND contest_id = $2', [
      unitId,
      w.contestId,
    ])
  ).map((r: { headcount: number }) => r.headcount);
}

async function savedAnswers(w: World, attemptId: number) {
  return w.db.query(
    'SELECT position, option, seq FROM attempt_answers WHERE attempt_id = $1 ORDER BY position',
    [attemptId],
  );
}

async function expectSubmittedOnce(w: World, attemptId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 200: answers.length });
  expect(answers.filter((a) => a.body.firstSubmit)).toHaveLength(1);
  expect(distinct(answers.map((a) => a.body.submittedAt))).toBe(1);
  const [row] = await w.db.query('SELECT status, submitted_at AS "submittedAt" FROM attempts WHERE id = $1', [
    attemptId,
  ]);
  // Graded already if the worker was quick.
  expect(['submitted', 'graded']).toContain(row.status);
  expect(row.submittedAt.toISOString()).toBe(answers[0].body.submittedAt);
  expect(await savedAnswers(w, attemptId)).toEqual([{ position: 0, option: 2, seq: '1' }]);
}

function questionInput(w: World) {
  return {
    text: `${w.name('Luật nào quy định về cán bộ, công chức')}?`,
    options: ['Luật Cán bộ, công chức', 'Luật Đất đai', 'Luật Giáo dục'],
    correctOption: 0,
    topic: w.topic,
    difficulty: 'easy',
  };
}

async function expectOneQuestion(w: World, text: string, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 201: 1, '409 question_duplicate': BURST - 1 });
  expect(await w.count('questions WHERE contest_id = $1 AND text = $2', [w.contestId, text])).toBe(1);
}

async function expectOneEntry(w: World, trackId: number, unitId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 201: 1, '409 track_entry_limit': BURST - 1 });
  expect(await w.count('entries WHERE track_id = $1 AND unit_id = $2', [trackId, unitId])).toBe(1);
}

async function expectWithdrawnOnce(w: World, entryId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 200: 1, '409 entry_withdrawn': BURST - 1 });
  expect(await w.count(`entries WHERE id = $1 AND status = 'withdrawn'`, [entryId])).toBe(1);
  expect(await w.audits('entry.withdraw', entryId)).toBe(1);
}

async function expectOneAssignment(w: World, stageId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 201: 1, '409 assignment_exists': BURST - 1 });
  expect(await w.count('judge_assignments WHERE stage_id = $1', [stageId])).toBe(1);
  expect(await w.audits('stage.assign', stageId)).toBe(1);
}

async function expectLockedOnce(w: World, stageId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 200: 1, '409 stage_locked': answers.length - 1 });
  expect(await w.count('entry_stages WHERE id = $1 AND locked_at IS NOT NULL', [stageId])).toBe(1);
  expect(await w.audits('stage.lock', stageId)).toBe(1);
}

async function expectConflictOnce(w: World, assignmentId: number, answers: Answer[]) {
  expect(tally(answers)).toEqual({ 200: answers.length });
  expect(answers.every((a) => a.body.conflict === 'Tác giả là người nhà')).toBe(true);
  expect(
    await w.count('judge_assignments WHERE id = $1 AND conflict_reason IS NOT NULL', [assignmentId]),
  ).toBe(1);
  expect(await w.audits('score.conflict', assignmentId)).toBe(1);
}

/** A stage with an open vote and five votes cast for one entry. */
async function votedStage(w: World) {
  const { track, stage } = await w.track({ votes: true });
  const { entry } = await w.entry(track, true);
  const voters = await w.accounts(5, 'participant', w.voterUnit);
  for (const v of voters) await w.must(v, call('vote', { entryId: entry.id }), 201);
  return { stage, entryId: entry.id, voters };
}

async function expectVoidedOnce(
  w: World,
  stageId: number,
  entryId: number,
  votes: number,
  answers: Answer[],
) {
  expect(tally(answers)).toEqual({ 200: 1, '422 votes_void_nothing': BURST - 1 });
  expect(oks(answers)[0].body.voided).toBe(votes);
  expect(await w.count('entry_votes WHERE entry_id = $1 AND voided_at IS NOT NULL', [entryId])).toBe(votes);
  // Taken off the count once: it still equals the live votes.
  const [{ voteCount }] = await w.db.query(
    'SELECT votes AS "voteCount" FROM stage_entries WHERE stage_id = $1 AND entry_id = $2',
    [stageId, entryId],
  );
  expect(voteCount).toBe(0);
  expect(await w.audits('stage.votes_void', stageId)).toBe(1);
}

/** `voters` votes counted, one row each, and the entry's count in its stage equal to its live rows. */
export async function expectVotes(w: World, entryId: number, answers: Answer[], voters: number) {
  const refused = answers.length - voters;
  expect(tally(answers)).toEqual({ 201: voters, ...(refused ? { '409 vote_already_cast': refused } : {}) });
  const [row] = await w.db.query(
    `SELECT m.votes AS "voteCount",
            (SELECT count(*)::int FROM entry_votes v
              WHERE v.stage_id = m.stage_id AND v.entry_id = m.entry_id AND v.voided_at IS NULL) AS rows
       FROM stage_entries m WHERE m.entry_id = $1`,
    [entryId],
  );
  expect(row).toEqual({ voteCount: voters, rows: voters });
}
