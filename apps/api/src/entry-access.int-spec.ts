import type { DataSource } from 'typeorm';

import type { Entry, MyEntries, Stage, StageResults, Track, VoteAudit } from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { linkCallSettings, stageSettingsOf } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

const HOUR = 3600_000;
type Who =
  | 'organizer'
  | 'entrant'
  | 'colleague'
  | 'parentAdmin'
  | 'otherAdmin'
  | 'assignedJudge'
  | 'otherJudge'
  | 'public';

/**
 * Who may see, change, judge and vote for an entry, walked as a table of account × action: the
 * entrant (the unit admin of a commune), another account of the same unit, the district above it,
 * another district, an assigned judge, a judge of the parent or of a child unit, and the public.
 */
describe('access to entries, sheets and votes, role by role', () => {
  let db: DataSource;
  let api: RunningApi;
  let track: Track;
  let stage: Stage;
  let entry: Entry;
  let districtEntry: Entry;
  const as = {} as Record<Who, ApiClient>;
  const ids = {} as Record<string, number>;

  const signIn = async (role: string, unitCode?: string) => {
    const user = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(user.login, user.password);
    return { client, id: user.id };
  };

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const organizer = await signIn('organizer');
    as.organizer = organizer.client;
    as.public = api.client();
    const entrant = await signIn('unit_admin', 'QA-H01-X01');
    as.entrant = entrant.client;
    as.colleague = (await signIn('participant', 'QA-H01-X01')).client;
    as.parentAdmin = (await signIn('unit_admin', 'QA-H01')).client;
    as.otherAdmin = (await signIn('unit_admin', 'QA-H03')).client;
    const assigned = await signIn('judge', 'none');
    as.assignedJudge = assigned.client;
    ids.assignedJudge = assigned.id;
    as.otherJudge = (await signIn('judge', 'none')).client;
    ids.parentJudge = (await signIn('judge', 'QA-H01')).id;
    ids.childJudge = (await signIn('judge', 'QA-H02-X01')).id;

    track = (
      await as.organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: linkCallSettings('Clip phân quyền'),
      })
    ).body;
    stage = (
      await as.organizer.put<Stage>(`/stages/${track.stages[0].id}`, {
        name: 'Chấm',
        criteria: [{ name: 'Nội dung', maxPoints: 10, guidance: '' }],
        aggregation: 'mean',
        judgesPerEntry: 1,
        votePoints: 30,
        votesOpenAt: new Date(Date.now() - HOUR).toISOString(),
        votesCloseAt: new Date(Date.now() + HOUR).toISOString(),
        tieBreaks: [],
        prizes: [],
      })
    ).body;
    expect(stage).toMatchObject({ voters: 'registered', votesExcludeOwnUnit: true, votesPerAccount: null });
    const sent = await as.entrant.post<Entry>(`/tracks/${track.id}/entries`, {
      title: 'Một cửa ở xã',
      description: 'Mô tả riêng của đơn vị',
      topic: null,
      authors: ['Tác giả'],
      linkUrl: 'https://video.example.vn/xa',
    });
    expect(sent.status).toBe(201);
    entry = sent.body;
    const district = await signIn('unit_admin', 'QA-H02');
    districtEntry = (
      await district.client.post<Entry>(`/tracks/${track.id}/entries`, {
        title: 'Bài của huyện',
        description: 'Mô tả',
        topic: null,
        authors: ['Tác giả'],
        linkUrl: 'https://video.example.vn/huyen',
      })
    ).body;
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  const walk = async (table: [Who, number][], call: (c: ApiClient) => Promise<{ status: number }>) => {
    const seen: [Who, number][] = [];
    for (const [who] of table) seen.push([who, (await call(as[who])).status]);
    expect(seen).toEqual(table);
  };

  it('shows an entry before it is public to its entrant and organizers only, then to its judges', async () => {
    const view = (c: ApiClient) => c.get(`/entries/${entry.id}`);
    await walk(
      [
        ['organizer', 200],
        ['entrant', 200],
        ['colleague', 404],
        ['parentAdmin', 404],
        ['otherAdmin', 404],
        ['assignedJudge', 404],
        ['otherJudge', 404],
        ['public', 401],
      ],
      view,
    );
    for (const e of [entry, districtEntry])
      expect(
        (await as.organizer.post(`/entries/${e.id}/screening`, { decision: 'accepted', reason: null }))
          .status,
      ).toBe(200);
    const added = await as.organizer.post(`/stages/${stage.id}/assignments`, {
      entryId: entry.id,
      judgeId: ids.assignedJudge,
    });
    expect(added.status).toBe(201);
    expect((await view(as.assignedJudge)).status).toBe(200);
  });

  it("lists a unit's entries in 'my entries' for the entrant only, not for another account of the unit", async () => {
    const mine = (c: ApiClient) => c.get<MyEntries>(`/tracks/${track.id}/my-entries`);
    expect((await mine(as.entrant)).body.items.map((e) => e.id)).toEqual([entry.id]);
    expect((await mine(as.colleague)).body).toMatchObject({ items: [], mayEnter: false, remaining: 0 });
    expect((await mine(as.parentAdmin)).body.items).toEqual([]);
    expect((await mine(as.otherAdmin)).body.items).toEqual([]);
  });

  it("refuses a judge of the entry's parent unit or of one of its sub-units", async () => {
    const parent = await as.organizer.post(`/stages/${stage.id}/assignments`, {
      entryId: entry.id,
      judgeId: ids.parentJudge,
    });
    expect(parent.body.code).toBe('judge_own_unit');
    const child = await as.organizer.post(`/stages/${stage.id}/assignments`, {
      entryId: districtEntry.id,
      judgeId: ids.childJudge,
    });
    expect(child.body.code).toBe('judge_own_unit');
  });

  it("refuses votes from the entry's own unit line by default, keeps the address, and lets an organizer void", async () => {
    const colleague = await as.colleague.post(`/entries/${entry.id}/vote`);
    expect(colleague).toMatchObject({ status: 403, body: { code: 'vote_own_unit' } });
    const parentMember = (await signIn('participant', 'QA-H01')).client;
    expect((await parentMember.post(`/entries/${entry.id}/vote`)).body.code).toBe('vote_own_unit');
    expect((await as.entrant.post(`/entries/${entry.id}/vote`)).body.code).toBe('vote_own_unit');
    const stranger = (await signIn('participant', 'QA-S03')).client;
    expect((await stranger.post(`/entries/${entry.id}/vote`)).status).toBe(201);
    // The stage may also limit each account and open voting to the entry's own people.
    const capped = await as.organizer.put<Stage>(`/stages/${stage.id}`, {
      ...stageSettingsOf(stage),
      votesPerAccount: 1,
      votesExcludeOwnUnit: false,
    });
    expect(capped.status).toBe(200);
    expect((await stranger.post(`/entries/${districtEntry.id}/vote`)).body).toMatchObject({
      code: 'vote_limit_reached',
      params: { max: 1 },
    });
    expect((await as.colleague.post(`/entries/${entry.id}/vote`)).status).toBe(201);
    const rostered = await as.organizer.put<Stage>(`/stages/${stage.id}`, {
      ...stageSettingsOf(stage),
      voters: 'rostered',
    });
    expect(rostered.body.voters).toBe('rostered');
    const unlisted = (await signIn('participant', 'QA-S04')).client;
    expect((await unlisted.post(`/entries/${entry.id}/vote`)).body.code).toBe('vote_needs_roster');

    const audit = (await as.organizer.get<VoteAudit>(`/stages/${stage.id}/votes`)).body;
    expect(audit).toMatchObject({ votes: 2, voided: 0, addressCount: 1 });
    expect(audit.addresses).toEqual([
      expect.objectContaining({ ip: '127.0.0.1', votes: 2, accounts: 2, peak10Min: 2, flagged: false }),
    ]);
    expect((await as.entrant.get(`/stages/${stage.id}/votes`)).status).toBe(403);
    const voided = await as.organizer.post(`/stages/${stage.id}/votes/void`, {
      ip: '127.0.0.1',
      reason: 'Thử hủy phiếu cùng địa chỉ',
    });
    expect(voided.body).toEqual({ voided: 2 });
    const [{ count, rows }] = await db.query(
      `SELECT (SELECT votes FROM stage_entries WHERE stage_id = $2 AND entry_id = $1) AS count,
              (SELECT count(*)::int FROM entry_votes WHERE stage_id = $2 AND entry_id = $1 AND voided_at IS NULL) AS rows`,
      [entry.id, stage.id],
    );
    expect(count).toBe(rows);
    expect(count).toBe(0);
    const again = await as.organizer.post(`/stages/${stage.id}/votes/void`, {
      ip: '127.0.0.1',
      reason: 'Lần hai',
    });
    expect(again.body.code).toBe('votes_void_nothing');
  });

  it("keeps judges' comments from other judges between the lock and publishing", async () => {
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const work = (await as.assignedJudge.get('/judging')).body.stages[0].entries;
    const scored = await as.assignedJudge.put(`/judging/assignments/${work[0].assignmentId}/scores`, {
      scores: [{ criterionId: stage.criteria[0].id, points: 8, comment: 'Ghi chú riêng cho ban tổ chức' }],
    });
    expect(scored.status).toBe(200);
    const twice = await as.assignedJudge.put(`/judging/assignments/${work[0].assignmentId}/scores`, {
      scores: [
        { criterionId: stage.criteria[0].id, points: 8, comment: null },
        { criterionId: stage.criteria[0].id, points: 9, comment: null },
      ],
    });
    expect(twice).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    await db.query(
      `INSERT INTO judge_assignments (stage_id, entry_id, judge_id, source)
       SELECT $1, $2, $3, 'manual'`,
      [stage.id, districtEntry.id, ids.assignedJudge],
    );
    const second = (await as.assignedJudge.get('/judging')).body.stages[0].entries.find(
      (e: { entry: { id: number } }) => e.entry.id === districtEntry.id,
    );
    await as.assignedJudge.put(`/judging/assignments/${second.assignmentId}/scores`, {
      scores: [{ criterionId: stage.criteria[0].id, points: 5, comment: null }],
    });
    expect((await as.organizer.post(`/stages/${stage.id}/lock`, { reason: null })).status).toBe(200);
    const afterLock = await as.organizer.post(`/stages/${stage.id}/votes/void`, {
      userIds: [1],
      reason: 'Quá muộn để hủy',
    });
    expect(afterLock).toMatchObject({ status: 409, body: { code: 'votes_locked' } });
    const comments = (r: StageResults) =>
      r.standings.flatMap((s) => s.sheets.flatMap((x) => x.scores)).map((x) => x.comment);
    const judgeView = await as.assignedJudge.get<StageResults>(`/stages/${stage.id}/results`);
    expect(judgeView.status).toBe(200);
    expect(comments(judgeView.body).every((c) => c === null)).toBe(true);
    expect((await as.otherJudge.get(`/stages/${stage.id}/results`)).status).toBe(404);
    expect((await as.entrant.get(`/stages/${stage.id}/results`)).status).toBe(404);
    const organizerView = await as.organizer.get<StageResults>(`/stages/${stage.id}/results`);
    expect(comments(organizerView.body)).toContain('Ghi chú riêng cho ban tổ chức');
  });
  it('lets only the entrant change the entry; to others it is not there', async () => {
    const edit = { ...entryInput(entry), title: 'Một cửa ở xã (sửa)' };
    await walk(
      [
        ['colleague', 404],
        ['parentAdmin', 404],
        ['otherAdmin', 404],
        ['assignedJudge', 403],
        ['organizer', 403],
        ['public', 401],
        // The entrant passes the access check and meets the closed window (closed by the test above).
        ['entrant', 409],
      ],
      (c) => c.put(`/entries/${entry.id}`, edit),
    );
    await walk(
      [
        ['colleague', 404],
        ['otherAdmin', 404],
      ],
      (c) => c.post(`/entries/${entry.id}/withdraw`),
    );
  });
});

function entryInput(e: Entry) {
  return {
    title: e.title,
    description: e.description,
    topic: e.topic,
    authors: e.authors,
    linkUrl: e.linkUrl,
  };
}
