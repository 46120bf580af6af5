import type { DataSource } from 'typeorm';

import type { AdvanceResult, AssignmentBoard, Entry, Stage, Track } from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { linkCallSettings } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

/**
 * Stages in sequence: a locked stage's ranking, a rule stated before it is applied (previewed
 * first), and the entries it takes moved into the next stage with the rule as their reason.
 */
describe('advancing entries from one stage to the next', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let organizerId: number;
  let track: Track;
  let stage: Stage;
  const entries: Entry[] = [];

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    const o = await createUser(db, { role: 'organizer' });
    organizerId = o.id;
    organizer = api.client();
    await organizer.login(o.login, o.password);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: linkCallSettings('Hai vòng'),
      })
    ).body;
    stage = track.stages[0];
    const judge = await createUser(db, { role: 'judge', unitCode: 'none' });
    const judgeClient = api.client();
    await judgeClient.login(judge.login, judge.password);
    for (const [i, code] of ['QA-S09', 'QA-S10', 'QA-S11'].entries()) {
      const a = await createUser(db, { role: 'unit_admin', unitCode: code });
      const admin = api.client();
      await admin.login(a.login, a.password);
      const entry = (
        await admin.post<Entry>(`/tracks/${track.id}/entries`, {
          title: `Sáng kiến ${i + 1}`,
          description: 'Mô tả',
          topic: null,
          authors: ['Tác giả'],
          linkUrl: `https://video.example.vn/sk-${i}`,
        })
      ).body;
      entries.push(entry);
      await organizer.post(`/entries/${entry.id}/screening`, { decision: 'accepted', reason: null });
      await organizer.post(`/stages/${stage.id}/assignments`, { entryId: entry.id, judgeId: judge.id });
    }
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const work = (await judgeClient.get('/judging')).body.stages[0].entries;
    for (const w of work) {
      const i = entries.findIndex((e) => e.id === w.entry.id);
      await judgeClient.put(`/judging/assignments/${w.assignmentId}/scores`, {
        scores: stage.criteria.map((c) => ({
          criterionId: c.id,
          points: c.maxPoints - (i + 1) * 2,
          comment: null,
        })),
      });
    }
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  const advance = (body: unknown) =>
    organizer.post<AdvanceResult & { code?: string }>(`/stages/${stage.id}/advance`, body);

  it('refuses before the lock, and before there is a next stage', async () => {
    expect((await advance({ rule: { kind: 'top', count: 2 } })).body.code).toBe('advance_needs_lock');
    await organizer.post(`/stages/${stage.id}/lock`, { reason: null });
    expect((await advance({ rule: { kind: 'top', count: 2 } })).body.code).toBe('advance_needs_next_stage');
  });

  it('previews the outcome, refuses a rule that cannot hold, then moves the entries with the rule as reason', async () => {
    const next = (await organizer.post<Stage>(`/tracks/${track.id}/stages`, { name: 'Chung khảo' })).body;
    expect(next).toMatchObject({ position: 2, kind: 'judged', name: 'Chung khảo' });

    const preview = await advance({ rule: { kind: 'top', count: 2 }, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ applied: false, nextStageId: next.id });
    expect(preview.body.advancing.map((e) => e.entryId)).toEqual([entries[0].id, entries[1].id]);
    expect(preview.body.staying.map((e) => e.entryId)).toEqual([entries[2].id]);
    expect(preview.body.cut).toEqual({ lastIn: entries[1].id, firstOut: entries[2].id, decidedBy: 'total' });
    expect(await db.query('SELECT 1 FROM stage_entries WHERE stage_id = $1', [next.id])).toEqual([]);

    expect((await advance({ rule: { kind: 'top', count: 5 } })).body).toMatchObject({
      statusCode: 422,
      code: 'advance_more_than_field',
      params: { count: 5, field: 3 },
    });
    expect((await advance({ rule: { kind: 'threshold', minTotal: 1000 } })).body.code).toBe(
      'advance_takes_nobody',
    );
    expect((await advance({ rule: { kind: 'hand', entryIds: [entries[2].id], reason: '' } })).status).toBe(
      400,
    );

    const done = await advance({ rule: { kind: 'top', count: 2 } });
    expect(done.body.applied).toBe(true);
    const moved = await db.query(
      `SELECT entry_id AS "entryId", state, moved_by AS "movedBy", reason FROM stage_entries WHERE stage_id = $1 ORDER BY entry_id`,
      [next.id],
    );
    const rule = `Nằm trong 2 bài cao điểm nhất ở «${stage.name}»`;
    expect(moved).toEqual([
      ...[entries[0].id, entries[1].id].map((entryId) => ({
        entryId,
        state: 'in',
        movedBy: organizerId,
        reason: rule,
      })),
      // The one held back is told too, with the rule that held it.
      {
        entryId: entries[2].id,
        state: 'out',
        movedBy: organizerId,
        reason: `Chưa vào vòng sau; quy tắc xét: ${rule}`,
      },
    ]);
    const board = (await organizer.get<AssignmentBoard>(`/stages/${next.id}/assignments`)).body;
    expect(board.entries.map((e) => e.id)).toEqual([entries[0].id, entries[1].id]);
    expect((await advance({ rule: { kind: 'top', count: 1 } })).body.code).toBe('advance_already_done');
  });
});
