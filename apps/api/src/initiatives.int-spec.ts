import type { DataSource } from 'typeorm';

import type { Entry, QuotaReport, ScreeningList, Stage, Track, UnitInbox } from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { initiativeCallSettings, initiativeDraft, stageSettingsOf } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

/**
 * Initiatives through units: an author's draft, sent when complete to their own unit, which
 * returns it with a comment or forwards it with its head's confirmation before its deadline and
 * within the call's limit; the organizer screens only what units forwarded and follows quotas.
 */
describe('initiatives through their units', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let author: ApiClient;
  let otherAuthor: ApiClient;
  let unitAdmin: ApiClient;
  let otherUnitAdmin: ApiClient;
  let judge: ApiClient;
  let track: Track;

  const login = async (role: string, unitCode?: string) => {
    const u = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(u.login, u.password);
    return client;
  };

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    organizer = await login('organizer');
    author = await login('participant', 'QA-S03');
    otherAuthor = await login('participant', 'QA-S03');
    unitAdmin = await login('unit_admin', 'QA-S03');
    otherUnitAdmin = await login('unit_admin', 'QA-S04');
    judge = await login('judge', 'none');
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const created = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
      kind: 'initiative',
      unitDeadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
      settings: initiativeCallSettings('Sáng kiến cải cách hành chính', 2),
    });
    expect(created.status).toBe(201);
    track = created.body;
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  const start = async (client: ApiClient, title: string, more: Record<string, unknown> = {}) => {
    const res = await client.post<Entry>(`/tracks/${track.id}/initiatives`, initiativeDraft(title, more));
    expect(res.status).toBe(201);
    return res.body;
  };

  it('starts an initiative track with its unit pre-screening, screening and a preliminary judged stage', () => {
    expect(track.kind).toBe('initiative');
    expect(track.stages.map((s) => [s.position, s.kind])).toEqual([
      [1, 'unit_review'],
      [2, 'screening'],
      [3, 'judged'],
    ]);
    expect(track.stages[0].closesAt).not.toBeNull();
    expect(track.stages[2].criteria.map((c) => c.name)).toContain('Tính mới, sáng tạo');
    expect(track.initiative?.quotas).toEqual([{ level: 'department', min: 1 }]);
  });

  it('refuses an initiative track without its settings or its units deadline, and a clip form on it', async () => {
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const noDeadline = await organizer.post(`/contests/${contestId}/tracks`, {
      kind: 'initiative',
      settings: initiativeCallSettings('Thiếu hạn'),
    });
    expect(noDeadline.status).toBe(400);
    const clipWithInitiative = await organizer.post(`/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: initiativeCallSettings('Nhầm loại'),
    });
    expect(clipWithInitiative.status).toBe(400);
    const clipEntry = await author.post(`/tracks/${track.id}/entries`, {
      title: 'Bài dạng clip',
      description: '',
      topic: 'Chuyển đổi số',
      authors: ['An'],
      linkUrl: null,
    });
    expect(clipEntry.status).toBe(422);
    expect(clipEntry.body.code).toBe('track_is_initiative');
  });

  it('saves a draft as it is typed and sends it only when complete', async () => {
    const draft = await start(author, 'Một cửa không giấy', { problem: '', results: 'ngắn' });
    expect(draft.status).toBe('draft');
    expect(draft.unitReview).toBeNull();
    expect(draft.initiative?.authors[0].phone).toBe('0912345678');
    const refused = await author.post(`/entries/${draft.id}/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('initiative_incomplete');
    expect(refused.body.params.missing).toBe('problem, results');
    const saved = await author.put<Entry>(
      `/entries/${draft.id}/initiative`,
      initiativeDraft('Một cửa không giấy'),
    );
    expect(saved.status).toBe(200);
    const sent = await author.post<Entry>(`/entries/${draft.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('submitted');
    expect(sent.body.unitReview?.state).toBe('pending');
    expect(sent.body.unitReview?.unitHasAdmin).toBe(true);
    expect(sent.body.journey.map((j) => [j.stageName, j.state])).toEqual([['Đơn vị xét chọn', 'in']]);
    // Sent: the author's text is the unit's to judge now.
    const late = await author.put(`/entries/${draft.id}/initiative`, initiativeDraft('Sửa sau khi gửi'));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('initiative_not_editable');
  });

  it('refuses a shape the track does not take: a form, an area, too many authors', async () => {
    const person = (name: string) => ({
      name,
      unitName: '',
      position: '',
      phone: '',
      email: '',
      representative: false,
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ area: 'Thể thao' }, 'initiative_area_unknown'],
      [
        { authors: ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => person(`Tác giả ${n}`)) },
        'initiative_too_many_authors',
      ],
    ];
    for (const [more, code] of cases) {
      const res = await author.post(`/tracks/${track.id}/initiatives`, initiativeDraft('Sai khuôn', more));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(code);
    }
    const badPhone = await author.post(`/tracks/${track.id}/initiatives`, {
      ...initiativeDraft('Sai số điện thoại'),
      authors: [{ ...person('Lan'), phone: 'gọi tôi' }],
    });
    expect(badPhone.status).toBe(400);
  });

  it("shows the unit admin only their own unit's sent initiatives, and nobody else's unit", async () => {
    await start(author, 'Bản nháp chưa gửi');
    const inbox = await unitAdmin.get<UnitInbox>(`/tracks/${track.id}/unit-inbox`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((e) => e.title)).toEqual(['Một cửa không giấy']);
    expect(inbox.body.required).toBe(1);
    expect(inbox.body.limit).toBe(2);
    expect(inbox.body.items[0].initiative?.authors[0].email).toBe('lan@example.vn');
    const other = await otherUnitAdmin.get<UnitInbox>(`/tracks/${track.id}/unit-inbox`);
    expect(other.body.items).toEqual([]);
    const id = inbox.body.items[0].id;
    const stranger = await otherUnitAdmin.post(`/entries/${id}/unit-review`, {
      decision: 'return',
      comment: 'Không phải của đơn vị tôi',
    });
    expect(stranger.status).toBe(404);
  });

  it('returns an initiative with a comment; its author edits and sends it again', async () => {
    const entry = await start(otherAuthor, 'Phiếu hẹn điện tử');
    await otherAuthor.post(`/entries/${entry.id}/send`);
    const noComment = await unitAdmin.post(`/entries/${entry.id}/unit-review`, {
      decision: 'return',
      comment: '',
    });
    expect(noComment.status).toBe(400);
    const returned = await unitAdmin.post<Entry>(`/entries/${entry.id}/unit-review`, {
      decision: 'return',
      comment: 'Bổ sung số liệu hiệu quả sau 6 tháng',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('draft');
    expect(returned.body.unitReview).toMatchObject({
      state: 'returned',
      comment: 'Bổ sung số liệu hiệu quả sau 6 tháng',
    });
    const mine = await otherAuthor.get<Entry>(`/entries/${entry.id}`);
    expect(mine.body.journey.at(-1)).toMatchObject({
      state: 'out',
      reason: 'Đơn vị trả lại: Bổ sung số liệu hiệu quả sau 6 tháng',
    });
    const again = await unitAdmin.post(`/entries/${entry.id}/unit-review`, {
      decision: 'return',
      comment: 'Lần nữa',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('unit_review_not_pending');
    expect(
      (await otherAuthor.put(`/entries/${entry.id}/initiative`, initiativeDraft('Phiếu hẹn điện tử'))).status,
    ).toBe(200);
    const resent = await otherAuthor.post<Entry>(`/entries/${entry.id}/send`);
    expect(resent.body.unitReview?.state).toBe('pending');
  });

  it("forwards with the head's confirmation, up to the call's per-unit limit, and screening sees only forwarded ones", async () => {
    const inbox = (await unitAdmin.get<UnitInbox>(`/tracks/${track.id}/unit-inbox`)).body;
    const [first, second] = inbox.items;
    const unconfirmed = await unitAdmin.post(`/entries/${first.id}/unit-review`, {
      decision: 'forward',
      headName: 'Lê Văn Hùng',
      headPosition: 'Giám đốc Sở',
      effective: true,
      feasible: false,
    });
    expect(unconfirmed.status).toBe(400);
    const forward = (id: number) =>
      unitAdmin.post(`/entries/${id}/unit-review`, {
        decision: 'forward',
        headName: 'Lê Văn Hùng',
        headPosition: 'Giám đốc Sở',
        effective: true,
        feasible: true,
      });
    const done = await forward(first.id);
    expect(done.status).toBe(200);
    expect(done.body.unitReview).toMatchObject({ state: 'forwarded', headName: 'Lê Văn Hùng' });
    expect(done.body.unitReview?.reviewedAt).not.toBeNull();
    expect(done.body.journey.at(-1)).toMatchObject({
      stageName: 'Ban tổ chức sàng lọc',
      state: 'in',
      reason: 'Đơn vị chuyển lên; Giám đốc Sở Lê Văn Hùng xác nhận hiệu quả và khả thi',
    });
    expect(done.body.journey[0]).toMatchObject({ stageName: 'Đơn vị xét chọn', state: 'in' });
    // It passed on: the unit's stage counts only what still waits for the unit.
    const held = await db.query(
      `SELECT s.kind FROM stage_entries m JOIN entry_stages s ON s.id = m.stage_id WHERE m.entry_id = $1 AND m.state = 'in'`,
      [first.id],
    );
    expect(held).toEqual([{ kind: 'screening' }]);
    const screening = await organizer.get<ScreeningList>(`/tracks/${track.id}/screening`);
    expect(screening.body.items.map((e) => e.id)).toEqual([first.id]);
    const notForwarded = await organizer.post(`/entries/${second.id}/screening`, {
      decision: 'accepted',
      reason: null,
    });
    expect(notForwarded.status).toBe(409);
    expect(notForwarded.body.code).toBe('entry_not_in_screening');
    expect((await forward(second.id)).status).toBe(200);
    // A third would pass the call's limit of two per unit.
    const third = await start(author, 'Sáng kiến thứ ba');
    await author.post(`/entries/${third.id}/send`);
    const over = await forward(third.id);
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('forward_limit_reached');
  });

  it('refuses a forward after the units deadline', async () => {
    const entry = await start(author, 'Gửi muộn');
    await author.post(`/entries/${entry.id}/send`);
    await db.query(`UPDATE entry_stages SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.stages[0].id,
    ]);
    try {
      const late = await unitAdmin.post(`/entries/${entry.id}/unit-review`, {
        decision: 'return',
        comment: 'Đã quá hạn rồi',
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('unit_review_closed');
    } finally {
      await db.query(`UPDATE entry_stages SET closes_at = $2 WHERE id = $1`, [
        track.stages[0].id,
        track.stages[0].closesAt,
      ]);
    }
  });

  it('lets the author fix what the unit returned after the call closed, until the unit deadline, and keeps every step', async () => {
    const entry = await start(otherAuthor, 'Sửa sau khi đóng nhận bài');
    await otherAuthor.post(`/entries/${entry.id}/send`);
    const comment = 'Bổ sung kết quả đo được sau ba tháng';
    await unitAdmin.post(`/entries/${entry.id}/unit-review`, { decision: 'return', comment });
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    try {
      const fresh = await otherAuthor.post(
        `/tracks/${track.id}/initiatives`,
        initiativeDraft('Bài mới sau hạn'),
      );
      expect(fresh.status).toBe(409);
      expect(fresh.body.code).toBe('track_closed');
      const fixed = await otherAuthor.put(
        `/entries/${entry.id}/initiative`,
        initiativeDraft('Sửa sau khi đóng nhận bài'),
      );
      expect(fixed.status).toBe(200);
      const resent = await otherAuthor.post<Entry>(`/entries/${entry.id}/send`);
      expect(resent.status).toBe(200);
      expect(resent.body.journey.map((j) => [j.state, j.reason])).toEqual([
        ['in', 'Tác giả gửi bài tới đơn vị'],
        ['out', `Đơn vị trả lại: ${comment}`],
        ['in', 'Tác giả gửi bài tới đơn vị'],
      ]);
      await unitAdmin.post(`/entries/${entry.id}/unit-review`, {
        decision: 'return',
        comment: 'Thêm một lần nữa',
      });
      await db.query(`UPDATE entry_stages SET closes_at = now() - interval '1 second' WHERE id = $1`, [
        track.stages[0].id,
      ]);
      const late = await otherAuthor.put(
        `/entries/${entry.id}/initiative`,
        initiativeDraft('Sửa sau khi đóng nhận bài'),
      );
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('unit_review_closed');
    } finally {
      // Back to the times the track was created with (later tests read them).
      await db.query(`UPDATE entry_tracks SET closes_at = $2 WHERE id = $1`, [track.id, track.closesAt]);
      await db.query(`UPDATE entry_stages SET closes_at = $2 WHERE id = $1`, [
        track.stages[0].id,
        track.stages[0].closesAt,
      ]);
    }
  });

  it('refuses a units deadline before the call closes', async () => {
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const early = await organizer.post(`/contests/${contestId}/tracks`, {
      kind: 'initiative',
      unitDeadline: new Date(Date.now() + 1800_000).toISOString(),
      settings: initiativeCallSettings('Hạn đơn vị quá sớm'),
    });
    expect(early.status).toBe(400);
    expect(early.body.issues[0].params.reason).toBe('unit_deadline_before_close');
  });

  it('tells an author whose unit has nobody to forward it, until the organizer makes one', async () => {
    const [{ code }] = await db.query(
      `SELECT u.code FROM units u WHERE u.level = 'department' AND u.merged_into_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM users a WHERE a.unit_id = u.id AND a.role = 'unit_admin')
       ORDER BY u.id LIMIT 1`,
    );
    const alone = await login('participant', code);
    const draft = await start(alone, 'Đơn vị chưa có quản trị');
    const sent = await alone.post<Entry>(`/entries/${draft.id}/send`);
    expect(sent.body.unitReview).toMatchObject({ state: 'pending', unitHasAdmin: false });
    await login('unit_admin', code);
    expect((await alone.get<Entry>(`/entries/${draft.id}`)).body.unitReview?.unitHasAdmin).toBe(true);
  });

  it('reports which units met their quota, and lists the ones to chase as XLSX', async () => {
    const report = await organizer.get<QuotaReport>(`/tracks/${track.id}/quotas`);
    expect(report.status).toBe(200);
    const [{ id: s03Id }] = await db.query(`SELECT id FROM units WHERE code = 'QA-S03'`);
    const s03 = report.body.units.find((u) => u.unitId === s03Id);
    expect(s03).toMatchObject({ forwarded: 2, required: 1, met: true });
    expect(report.body.units.every((u) => u.level === 'department')).toBe(true);
    expect(report.body.unitsShort).toBe(report.body.units.filter((u) => u.forwarded < 1).length);
    // Who could forward: a unit without an admin is named, so the organizer can make one.
    const admins: { unitId: number; n: number }[] = await db.query(
      `SELECT unit_id AS "unitId", count(*)::int AS n FROM users WHERE role = 'unit_admin' GROUP BY unit_id`,
    );
    for (const u of report.body.units)
      expect(u.admins).toBe(admins.find((a) => a.unitId === u.unitId)?.n ?? 0);
    expect(report.body.unitsWithoutAdmin).toBe(report.body.units.filter((u) => u.admins === 0).length);
    expect(report.body.unitsWithoutAdmin).toBeGreaterThan(0);
    const xlsx = await organizer.download(`/tracks/${track.id}/quotas.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await unitAdmin.get(`/tracks/${track.id}/quotas`)).status).toBe(403);
  });

  it('takes a PDF attachment by its bytes, and refuses a renamed program and an oversized file', async () => {
    const draft = await start(author, 'Có tài liệu kèm');
    const ok = await author.upload(
      `/entries/${draft.id}/attachments?name=${encodeURIComponent('Báo cáo.pdf')}`,
      PDF,
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'pdf', name: 'Báo cáo.pdf', stageId: null });
    const exe = await author.upload(
      `/entries/${draft.id}/attachments?name=baocao.pdf`,
      Buffer.from('MZ\x90\x00program'),
    );
    expect(exe.status).toBe(415);
    expect(exe.body.code).toBe('attachment_type_refused');
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 1)]);
    const tooBig = await author.upload(`/entries/${draft.id}/attachments?name=lon.pdf`, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('attachment_too_large');
    const file = await author.download(`/attachments/${ok.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    // A draft is its author's alone: the unit, another author and a judge see nothing of it.
    expect((await unitAdmin.download(`/attachments/${ok.body.id}`)).status).toBe(404);
    expect((await otherAuthor.download(`/attachments/${ok.body.id}`)).status).toBe(404);
    expect((await judge.download(`/attachments/${ok.body.id}`)).status).toBe(404);
    const [{ count }] = await db.query(
      'SELECT count(*)::int AS count FROM entry_attachments WHERE entry_id = $1',
      [draft.id],
    );
    expect(count).toBe(1);
  });

  it("keeps authors' phones and e-mails from judges", async () => {
    const [forwarded] = (await organizer.get<ScreeningList>(`/tracks/${track.id}/screening`)).body.items;
    expect(forwarded.initiative?.authors[0].phone).toBe('0912345678');
    await organizer.post(`/entries/${forwarded.id}/screening`, { decision: 'accepted', reason: null });
    const judged = track.stages[2];
    const [{ id: judgeId }] = await db.query(
      `SELECT id FROM users WHERE role = 'judge' ORDER BY id DESC LIMIT 1`,
    );
    const assigned = await organizer.post(`/stages/${judged.id}/assignments`, {
      entryId: forwarded.id,
      judgeId,
    });
    expect(assigned.status).toBe(201);
    // Units still forward until their deadline and the stage sets no window: the judge is told
    // why sheets wait (the units' deadline, after the call's close).
    const waiting = (await judge.get('/judging')).body.stages.find(
      (w: { stage: Stage }) => w.stage.id === judged.id,
    );
    expect(waiting.scoringRefusal).toEqual({
      code: 'judging_not_started',
      params: { closesAt: track.stages[0].closesAt },
    });
    const seen = await judge.get<Entry>(`/entries/${forwarded.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.initiative?.authors[0]).toMatchObject({ name: 'Nguyễn Thị Lan', phone: '', email: '' });
    expect(seen.body.initiative?.solution.length).toBeGreaterThan(30);
  });

  it('takes new material after sending only in a stage that allows it, while that stage is open', async () => {
    const [accepted] = (
      await organizer.get<ScreeningList>(`/tracks/${track.id}/screening`)
    ).body.items.filter((e) => e.screening === 'accepted');
    const add = () =>
      author.upload(`/entries/${accepted.id}/attachments?name=${encodeURIComponent('Bổ sung.pdf')}`, PDF);
    const refused = await add();
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('attachment_not_allowed_now');
    const judged = (await organizer.get<Track>(`/tracks/${track.id}`)).body.stages[2];
    const open = await organizer.put<Stage>(`/stages/${judged.id}`, {
      ...stageSettingsOf(judged),
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      allowsMaterial: true,
    });
    expect(open.body.allowsMaterial).toBe(true);
    // Its own window is open now: the judge's page hears so from the same rule that takes the sheets.
    const judging = (await judge.get('/judging')).body.stages.find(
      (w: { stage: Stage }) => w.stage.id === judged.id,
    );
    expect(judging.scoringRefusal).toBeNull();
    const added = await add();
    expect(added.status).toBe(201);
    expect(added.body.stageId).toBe(judged.id);
    // What a stage received stays for it: the author cannot take back what the unit already forwarded.
    const [sentWithEntry] = await db.query(
      'SELECT id FROM entry_attachments WHERE entry_id = $1 AND stage_id IS NULL',
      [accepted.id],
    );
    if (sentWithEntry)
      expect((await author.request('DELETE', `/attachments/${sentWithEntry.id}`)).status).toBe(409);
    expect((await author.request('DELETE', `/attachments/${added.body.id}`)).status).toBe(204);
  });

  it("limits a district's own call to its units: who sends, and whose quotas count", async () => {
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const [district] = await db.query(`SELECT id, name, path FROM units WHERE code = 'QA-H01'`);
    const [commune] = await db.query(
      `SELECT code FROM units WHERE parent_id = $1 AND level = 'commune' ORDER BY id LIMIT 1`,
      [district.id],
    );
    const unknown = await organizer.post(`/contests/${contestId}/tracks`, {
      kind: 'initiative',
      unitDeadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
      settings: { ...initiativeCallSettings('Huyện không có thật'), scopeUnitId: 999_999_999 },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('scope_unit_not_found');
    const settings = initiativeCallSettings('Sáng kiến của huyện');
    const scoped = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
      kind: 'initiative',
      unitDeadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
      settings: {
        ...settings,
        scopeUnitId: district.id,
        initiative: { ...settings.initiative, quotas: [{ level: 'commune', min: 1 }] },
      },
    });
    expect(scoped.status).toBe(201);
    expect(scoped.body).toMatchObject({ scopeUnitId: district.id, scopeUnitName: district.name });
    const outsider = await author.post(
      `/tracks/${scoped.body.id}/initiatives`,
      initiativeDraft('Từ ngoài huyện'),
    );
    expect(outsider.status).toBe(403);
    expect(outsider.body).toMatchObject({ code: 'track_out_of_scope', params: { unit: district.name } });
    const local = await login('participant', commune.code);
    expect(
      (await local.post(`/tracks/${scoped.body.id}/initiatives`, initiativeDraft('Của xã trong huyện')))
        .status,
    ).toBe(201);
    const quotas = await organizer.get<QuotaReport>(`/tracks/${scoped.body.id}/quotas`);
    const paths = await db.query('SELECT path FROM units WHERE id = ANY($1::int[])', [
      quotas.body.units.map((u) => u.unitId),
    ]);
    expect(quotas.body.units.length).toBeGreaterThan(0);
    expect(paths.every((p: { path: string }) => p.path.startsWith(district.path))).toBe(true);
  });
});
