import type { DataSource } from 'typeorm';

import type { AssignmentBoard, Entry, Stage, Track } from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { linkCallSettings, stageSettingsOf } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

const HOUR = 3600_000;

/**
 * What a stage judges is its membership (stage × entry × state, with who moved it and why), and
 * nothing else: screening moves an entry in, a change by its unit or a withdrawal moves it out,
 * and assignments, sheets, the gallery and votes follow.
 */
describe('stage membership: the one answer to what a stage judges', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let admin: ApiClient;
  let voter: ApiClient;
  let organizerId: number;
  let track: Track;
  let stage: Stage;

  const signIn = async (role: string, unitCode?: string) => {
    const user = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(user.login, user.password);
    return { client, id: user.id };
  };
  const membership = async (entryId: number) =>
    db.query(
      `SELECT state, moved_by AS "movedBy", reason, votes FROM stage_entries WHERE stage_id = $1 AND entry_id = $2`,
      [stage.id, entryId],
    );
  const boardEntries = async () =>
    (await organizer.get<AssignmentBoard>(`/stages/${stage.id}/assignments`)).body.entries.map((e) => e.id);
  const send = async (title: string) =>
    (
      await admin.post<Entry>(`/tracks/${track.id}/entries`, {
        title,
        description: 'Mô tả',
        topic: null,
        authors: ['Tác giả'],
        linkUrl: `https://video.example.vn/${encodeURIComponent(title)}`,
      })
    ).body;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    ({ client: organizer, id: organizerId } = await signIn('organizer'));
    admin = (await signIn('unit_admin', 'QA-S07')).client;
    voter = (await signIn('participant', 'QA-S08')).client;
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: linkCallSettings('Clip thành viên vòng', 3),
      })
    ).body;
    stage = (
      await organizer.put<Stage>(`/stages/${track.stages[0].id}`, {
        name: 'Sơ khảo',
        criteria: [{ name: 'Nội dung', maxPoints: 10, guidance: '' }],
        aggregation: 'mean',
        judgesPerEntry: 1,
        votePoints: 10,
        votesOpenAt: new Date(Date.now() - HOUR).toISOString(),
        votesCloseAt: new Date(Date.now() + HOUR).toISOString(),
        tieBreaks: [],
        prizes: [],
      })
    ).body;
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('takes in what screening accepts, with who and why, and nothing before', async () => {
    const entry = await send('Vào vòng');
    expect(await membership(entry.id)).toEqual([]);
    expect(await boardEntries()).not.toContain(entry.id);
    expect((await voter.post(`/entries/${entry.id}/vote`)).status).toBe(404);

    await organizer.post(`/entries/${entry.id}/screening`, { decision: 'accepted', reason: null });
    expect(await membership(entry.id)).toEqual([
      { state: 'in', movedBy: organizerId, reason: 'Được nhận khi sàng lọc', votes: 0 },
    ]);
    expect(await boardEntries()).toContain(entry.id);
    expect((await voter.post(`/entries/${entry.id}/vote`)).body).toEqual({ entryId: entry.id, votes: 1 });
    expect(await membership(entry.id)).toEqual([expect.objectContaining({ state: 'in', votes: 1 })]);
    const [{ stageId }] = await db.query(
      'SELECT stage_id AS "stageId" FROM entry_votes WHERE entry_id = $1',
      [entry.id],
    );
    expect(stageId).toBe(stage.id);
  });

  it('lets an entry changed by its unit, rejected or withdrawn leave, saying why, and everything follows', async () => {
    const changed = await send('Sẽ sửa');
    await organizer.post(`/entries/${changed.id}/screening`, { decision: 'accepted', reason: null });
    await admin.put(`/entries/${changed.id}`, {
      title: 'Đã sửa',
      description: 'Mô tả mới',
      topic: null,
      authors: ['Tác giả'],
      linkUrl: 'https://video.example.vn/da-sua',
    });
    expect(await membership(changed.id)).toEqual([
      expect.objectContaining({ state: 'out', reason: 'Đơn vị đã sửa bài: cần sàng lọc lại' }),
    ]);
    expect(await boardEntries()).not.toContain(changed.id);
    expect((await voter.post(`/entries/${changed.id}/vote`)).status).toBe(404);

    // Accepted again, then rejected after all: out, with the organizer's reason.
    await organizer.post(`/entries/${changed.id}/screening`, { decision: 'accepted', reason: null });
    expect((await membership(changed.id))[0]).toMatchObject({ state: 'in' });
    await organizer.post(`/entries/${changed.id}/screening`, {
      decision: 'rejected',
      reason: 'Sai chủ đề cuộc thi',
    });
    expect((await membership(changed.id))[0]).toMatchObject({
      state: 'out',
      movedBy: organizerId,
      reason: 'Bị loại khi sàng lọc: Sai chủ đề cuộc thi',
    });

    const withdrawn = await send('Sẽ rút');
    await organizer.post(`/entries/${withdrawn.id}/screening`, { decision: 'accepted', reason: null });
    await admin.post(`/entries/${withdrawn.id}/withdraw`);
    expect((await membership(withdrawn.id))[0]).toMatchObject({
      state: 'out',
      reason: 'Đơn vị đã rút bài',
    });
    expect(await boardEntries()).not.toContain(withdrawn.id);
  });

  it('scores in the stage’s own window, and keeps a judge off an entry the stage no longer holds', async () => {
    const entry = await send('Giám khảo chấm');
    await organizer.post(`/entries/${entry.id}/screening`, { decision: 'accepted', reason: null });
    const judge = await signIn('judge', 'none');
    expect(
      (await organizer.post(`/stages/${stage.id}/assignments`, { entryId: entry.id, judgeId: judge.id }))
        .status,
    ).toBe(201);
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const [{ assignmentId }] = (await judge.client.get('/judging')).body.stages[0].entries;
    // The stage keeps its own window: scoring opens and closes with it, not with the call.
    const sheet = { scores: [{ criterionId: stage.criteria[0].id, points: 5, comment: null }] };
    const settings = { ...stageSettingsOf(stage), votePoints: 0, votesOpenAt: null, votesCloseAt: null };
    const later = await organizer.put<Stage>(`/stages/${stage.id}`, {
      ...settings,
      opensAt: new Date(Date.now() + HOUR).toISOString(),
      closesAt: new Date(Date.now() + 2 * HOUR).toISOString(),
    });
    expect(later.body.kind).toBe('judged');
    expect((await judge.client.put(`/judging/assignments/${assignmentId}/scores`, sheet)).body.code).toBe(
      'stage_not_open_yet',
    );
    await organizer.put(`/stages/${stage.id}`, {
      ...settings,
      opensAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      closesAt: new Date(Date.now() - HOUR).toISOString(),
    });
    expect((await judge.client.put(`/judging/assignments/${assignmentId}/scores`, sheet)).body.code).toBe(
      'stage_window_closed',
    );
    await organizer.put(`/stages/${stage.id}`, { ...settings, opensAt: null, closesAt: null });
    expect((await judge.client.put(`/judging/assignments/${assignmentId}/scores`, sheet)).status).toBe(200);
    // Moved out by hand here: the window closed, so its unit could not change it any more.
    await db.query(
      `UPDATE stage_entries SET state = 'out', reason = 'test' WHERE stage_id = $1 AND entry_id = $2`,
      [stage.id, entry.id],
    );
    expect((await judge.client.get('/judging')).body.stages).toEqual([]);
    const scored = await judge.client.put(`/judging/assignments/${assignmentId}/scores`, sheet);
    expect(scored.body.code).toBe('entry_not_accepted');
  });
});
