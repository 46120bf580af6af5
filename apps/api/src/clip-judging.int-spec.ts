import type { DataSource } from 'typeorm';

import type {
  AssignmentBoard,
  Entry,
  Gallery,
  JudgeWork,
  ScreeningList,
  Stage,
  StageResults,
  Track,
} from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { stageSettingsOf } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

const HOUR = 3600_000;
const UNITS = ['QA-S02', 'QA-S03', 'QA-S04', 'QA-S05'];

describe('clip judging: screening, assignments, score sheets, the lock, votes and the published gallery', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let track: Track;
  let stage: Stage;
  const admins = new Map<string, ApiClient>();
  const judges: { client: ApiClient; id: number; unit: string | null }[] = [];
  const entries: Entry[] = [];

  const signIn = async (role: string, unitCode?: string) => {
    const user = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(user.login, user.password);
    return { client, id: user.id };
  };
  const closeWindow = () =>
    db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [track.id]);
  const work = async (judge: ApiClient) =>
    (await judge.get<JudgeWork>('/judging')).body.stages[0]?.entries ?? [];
  const fullSheet = (points: number[]) => ({
    scores: stage.criteria.map((c, i) => ({
      criterionId: c.id,
      points: points[i],
      comment: i === 0 ? 'Rõ ý' : null,
    })),
  });

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    organizer = (await signIn('organizer')).client;
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const created = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: {
        title: 'Clip chấm thử',
        rulesText: 'Thể lệ',
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        submitter: 'unit_admin',
        entriesPerUnit: 2,
        topics: [],
        allowFiles: true,
        allowLinks: true,
        maxMegabytes: 100,
        maxDurationSeconds: 300,
        formats: ['mp4'],
      },
    });
    track = created.body;
    const settings = {
      name: 'Chấm sơ khảo',
      criteria: [
        { name: 'Nội dung', maxPoints: 40, guidance: 'Đúng chủ đề' },
        { name: 'Sáng tạo', maxPoints: 30, guidance: 'Ý tưởng mới' },
      ],
      aggregation: 'mean',
      judgesPerEntry: 2,
      votePoints: 30,
      votesOpenAt: new Date(Date.now() - HOUR).toISOString(),
      votesCloseAt: new Date(Date.now() + HOUR).toISOString(),
      tieBreaks: ['judge_points', 'vote_points', 'earliest_submission'],
      prizes: [
        { label: 'Giải Nhất', count: 1 },
        { label: 'Giải Nhì', count: 1 },
      ],
    };
    const updated = await organizer.put<Stage>(`/stages/${track.stages[0].id}`, settings);
    expect(updated.status).toBe(200);
    stage = updated.body;
    expect(stage.judgePoints).toBe(70);

    for (const code of UNITS) admins.set(code, (await signIn('unit_admin', code)).client);
    for (const unit of ['QA-S02', 'QA-S03', null, null]) {
      const { client, id } = await signIn('judge', unit ?? 'none');
      judges.push({ client, id, unit });
    }
    const titles = [
      'Một cửa liên thông: nhanh hơn, gọn hơn',
      'Chuyển đổi số ở xã Tân Lập',
      'Dân vận khéo',
      'mot cua lien thong nhanh hon gon hon',
    ];
    for (const [i, code] of UNITS.entries()) {
      const r = await admins.get(code)!.post<Entry>(`/tracks/${track.id}/entries`, {
        title: titles[i],
        description: 'Mô tả',
        topic: null,
        authors: ['Tác giả'],
        linkUrl: `https://video.example.vn/${i}`,
      });
      expect(r.status).toBe(201);
      entries.push(r.body);
    }
  });

  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('flags near-identical titles and the same file, and lets a rejected unit answer by editing', async () => {
    // Two entries with the same bytes (as the worker would record them).
    for (const e of [entries[1], entries[2]]) {
      const [{ id }] = await db.query(
        `INSERT INTO entry_files (entry_id, upload_id, uploaded_by, original_name, bytes, status, sha256)
         SELECT $1::int, 'seeded-' || $1::text, submitted_by, 'a.mp4', 10, 'ready', 'abc123' FROM entries WHERE id = $1 RETURNING id`,
        [e.id],
      );
      await db.query('UPDATE entries SET file_id = $2 WHERE id = $1', [e.id, id]);
    }
    const list = (await organizer.get<ScreeningList>(`/tracks/${track.id}/screening`)).body;
    const byId = new Map(list.items.map((i) => [i.id, i]));
    expect(byId.get(entries[0].id)!.similarTitleTo.map((s) => s.entryId)).toEqual([entries[3].id]);
    expect(byId.get(entries[1].id)!.sameFileAs).toEqual([entries[2].id]);
    expect(byId.get(entries[0].id)!.sameFileAs).toEqual([]);
    expect(list.counts).toMatchObject({ submitted: 4, pending: 4 });

    const short = await organizer.post(`/entries/${entries[3].id}/screening`, {
      decision: 'rejected',
      reason: 'x',
    });
    expect(short.status).toBe(400);
    const rejected = await organizer.post<Entry>(`/entries/${entries[3].id}/screening`, {
      decision: 'rejected',
      reason: 'Trùng nội dung với bài của đơn vị khác',
    });
    expect(rejected.body).toMatchObject({
      screening: 'rejected',
      screeningReason: 'Trùng nội dung với bài của đơn vị khác',
    });
    const seen = await admins.get('QA-S05')!.get<Entry>(`/entries/${entries[3].id}`);
    expect(seen.body.screeningReason).toBe('Trùng nội dung với bài của đơn vị khác');
    const answered = await admins.get('QA-S05')!.put<Entry>(`/entries/${entries[3].id}`, {
      title: 'Phường văn minh',
      description: 'Bản làm lại',
      topic: null,
      authors: ['Tác giả'],
      linkUrl: 'https://video.example.vn/moi',
    });
    expect(answered.body).toMatchObject({
      screening: 'pending',
      screeningReason: null,
      title: 'Phường văn minh',
    });
    for (const e of entries) {
      const r = await organizer.post<Entry>(`/entries/${e.id}/screening`, {
        decision: 'accepted',
        reason: null,
      });
      expect(r.body.screening).toBe('accepted');
    }
  });

  it('assigns judges with balanced load and never a judge of the entry’s own unit', async () => {
    const own = await organizer.post(`/stages/${stage.id}/assignments`, {
      entryId: entries[0].id,
      judgeId: judges[0].id,
    });
    expect(own.status).toBe(422);
    expect(own.body.code).toBe('judge_own_unit');
    const trimmed = await organizer.put(`/stages/${stage.id}`, {
      ...stageSettingsOf(stage),
      aggregation: 'trimmed_mean',
    });
    expect(trimmed.status).toBe(422);
    expect(trimmed.body.code).toBe('aggregation_trimmed_needs_judges');

    const auto = await organizer.post(`/stages/${stage.id}/assignments/auto`, {
      judgesPerEntry: 2,
      judgeIds: judges.map((j) => j.id),
    });
    expect(auto.body).toEqual({ added: 8, short: [] });
    const board = (await organizer.get<AssignmentBoard>(`/stages/${stage.id}/assignments`)).body;
    const unitOf = new Map(board.judges.map((j) => [j.id, j.unitId]));
    for (const a of board.assignments) {
      const entry = board.entries.find((e) => e.id === a.entryId)!;
      expect(unitOf.get(a.judgeId)).not.toBe(entry.unitId);
    }
    const loads = judges.map((j) => board.assignments.filter((a) => a.judgeId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(board.methods.find((m) => m.method === 'mean')!.allowed).toBe(true);
  });

  it('keeps score sheets to their own judge, in range, and only once the window has closed', async () => {
    const [first] = await work(judges[2].client);
    const early = await judges[2].client.put(
      `/judging/assignments/${first.assignmentId}/scores`,
      fullSheet([30, 20]),
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('judging_not_started');
    await closeWindow();

    const over = await judges[2].client.put(
      `/judging/assignments/${first.assignmentId}/scores`,
      fullSheet([41, 20]),
    );
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('score_out_of_range');
    expect(over.body.message).toBe('Điểm tiêu chí "Nội dung" phải từ 0 đến 40');
    const foreignCriterion = await judges[2].client.put(`/judging/assignments/${first.assignmentId}/scores`, {
      scores: [{ criterionId: 999999, points: 1, comment: null }],
    });
    expect(foreignCriterion.body.code).toBe('criterion_not_in_stage');
    const notMine = await judges[3].client.put(
      `/judging/assignments/${first.assignmentId}/scores`,
      fullSheet([1, 1]),
    );
    expect(notMine.status === 404 || notMine.status === 403).toBe(true);

    const saved = await judges[2].client.put(
      `/judging/assignments/${first.assignmentId}/scores`,
      fullSheet([30, 20]),
    );
    expect(saved.body).toMatchObject({ complete: true, total: 50 });
    // Nobody else's sheet is in a judge's view: only their own assignments and scores.
    const other = await work(judges[3].client);
    expect(other.every((e) => e.scores.every((s) => s.points === null))).toBe(true);
    const results = await judges[2].client.get(`/stages/${stage.id}/results`);
    expect(results.status).toBe(404);
    // Changing a score is audited, with the points before and after.
    await judges[2].client.put(`/judging/assignments/${first.assignmentId}/scores`, fullSheet([32, 20]));
    const [audit] = await db.query(
      `SELECT before, after FROM audit_log WHERE action = 'score.save' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [first.assignmentId],
    );
    expect(audit.before).toEqual([expect.objectContaining({ points: 30 })]);
    expect(audit.after.scores).toEqual([expect.objectContaining({ points: 32 })]);
  });

  it('lets a judge step off an entry with a conflict, and the lock waits for every sheet', async () => {
    const mine = await work(judges[3].client);
    const conflicted = await judges[3].client.post(`/judging/assignments/${mine[0].assignmentId}/conflict`, {
      reason: 'Tác giả là người nhà',
    });
    expect(conflicted.body.conflict).toBe('Tác giả là người nhà');
    const after = await judges[3].client.put(
      `/judging/assignments/${mine[0].assignmentId}/scores`,
      fullSheet([1, 1]),
    );
    expect(after.body.code).toBe('scoring_conflicted');
    // The organizer fills the gap with another judge.
    const refill = await organizer.post(`/stages/${stage.id}/assignments/auto`, {
      judgesPerEntry: 2,
      judgeIds: judges.map((j) => j.id),
    });
    expect(refill.body.added).toBe(1);

    const refused = await organizer.post(`/stages/${stage.id}/lock`, { reason: null });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('stage_scores_incomplete');

    const points = new Map([
      [entries[0].id, [36, 26]],
      [entries[1].id, [30, 20]],
      [entries[2].id, [20, 10]],
      [entries[3].id, [30, 20]],
    ]);
    for (const j of judges)
      for (const e of await work(j.client)) {
        if (e.conflict) continue;
        const r = await j.client.put(
          `/judging/assignments/${e.assignmentId}/scores`,
          fullSheet(points.get(e.entry.id)!),
        );
        expect(r.body).toMatchObject({ complete: true });
      }
  });

  it('counts one vote per account per entry, then locks, publishes and shows the traced ranking', async () => {
    const voter = (await signIn('participant')).client;
    const vote = await voter.post(`/entries/${entries[3].id}/vote`);
    expect(vote.status).toBe(201);
    expect(vote.body.votes).toBe(1);
    const again = await voter.post(`/entries/${entries[3].id}/vote`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('vote_already_cast');
    expect((await organizer.post(`/entries/${entries[3].id}/vote`)).body.code).toBe('staff_may_not_vote');
    expect((await api.client().post(`/entries/${entries[3].id}/vote`)).status).toBe(401);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM entry_votes WHERE entry_id = $1', [
      entries[3].id,
    ]);
    expect(n).toBe(1);

    const locked = await organizer.post<Stage>(`/stages/${stage.id}/lock`, { reason: 'Đủ phiếu chấm' });
    expect(locked.body).toMatchObject({ phase: 'locked' });
    const [anyAssignment] = await work(judges[2].client);
    const late = await judges[2].client.put(
      `/judging/assignments/${anyAssignment.assignmentId}/scores`,
      fullSheet([1, 1]),
    );
    expect(late.body.code).toBe('stage_locked');
    expect((await voter.post(`/entries/${entries[0].id}/vote`)).body.code).toBe('votes_closed');
    expect(
      (
        await organizer.post(`/entries/${entries[0].id}/screening`, {
          decision: 'rejected',
          reason: 'muộn quá rồi',
        })
      ).body.code,
    ).toBe('stage_locked');
    expect((await api.client().get(`/stages/${stage.id}/results`)).status).toBe(404);
    const reopen = await organizer.put(`/tracks/${track.id}`, {
      ...settingsOfTrack(track),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
    });
    expect(reopen.body.code).toBe('stage_locked');

    const published = await organizer.post<Stage>(`/stages/${stage.id}/publish`);
    expect(published.body.phase).toBe('published');
    const results = (await api.client().get<StageResults>(`/stages/${stage.id}/results`)).body;
    expect(results.published).toBe(true);
    // The public sees every judge's points, not their notes; organizers see both.
    expect(results.standings.flatMap((s) => s.sheets.flatMap((x) => x.scores.map((c) => c.comment)))).toEqual(
      expect.not.arrayContaining(['Rõ ý']),
    );
    const full = (await organizer.get<StageResults>(`/stages/${stage.id}/results`)).body;
    expect(full.standings[0].sheets[0].scores[0].comment).toBe('Rõ ý');
    const [top, second] = results.standings;
    // 62 from both judges + 0 votes; the voted entry has 50 + 30 (all of the vote points).
    expect(top).toMatchObject({
      entryId: entries[3].id,
      judgePoints: 50,
      votes: 1,
      votePoints: 30,
      total: 80,
      prize: 'Giải Nhất',
    });
    expect(second).toMatchObject({
      entryId: entries[0].id,
      judgePoints: 62,
      votePoints: 0,
      total: 62,
      prize: 'Giải Nhì',
    });
    // Every total traces to each judge's criterion scores.
    for (const s of results.standings) {
      const totals = s.sheets.map((sheet) => sheet.scores.reduce((sum, x) => sum + (x.points ?? 0), 0));
      expect(s.judgePoints).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 2);
      expect(s.sheets).toHaveLength(2);
    }
    const gallery = (await api.client().get<Gallery>(`/gallery/${track.id}`)).body;
    expect(gallery.entries).toHaveLength(4);
    expect(gallery.results!.map((r) => r.entryId)).toEqual(results.standings.map((s) => s.entryId));
    expect(gallery.votingOpen).toBe(false);
    expect((await organizer.post(`/stages/${stage.id}/publish`)).body.code).toBe('stage_already_published');
  });
});

function settingsOfTrack(t: Track) {
  const { title, rulesText, opensAt, closesAt, submitter, entriesPerUnit, topics, allowFiles, allowLinks } =
    t;
  return {
    ...{ title, rulesText, opensAt, closesAt, submitter, entriesPerUnit, topics, allowFiles, allowLinks },
    ...{ maxMegabytes: t.maxMegabytes, maxDurationSeconds: t.maxDurationSeconds, formats: t.formats },
  };
}
