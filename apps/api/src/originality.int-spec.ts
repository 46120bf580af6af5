import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import type {
  Entry,
  EntryOriginality,
  ImportReport,
  RegisterRow,
  Stage,
  Track,
  TrackOriginality,
} from '@contest/contracts';
import { ApiClient, createUser, testDb } from '@contest/server/testing';

import { initiativeCallSettings, initiativeDraft, stageSettingsOf } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

const APPLIED = {
  title: 'Tiếp nhận hồ sơ đất đai qua mạng và trả kết quả tại nhà',
  summary:
    'Người dân nộp hồ sơ đất đai trên Cổng dịch vụ công, cán bộ một cửa kiểm tra trực tuyến và bưu điện trả kết quả tận nhà cho người cao tuổi.',
};

async function registerXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục');
  sheet.addRow(['Tên sáng kiến', 'Nội dung tóm tắt', 'Đơn vị áp dụng', 'Năm áp dụng']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Is an initiative new: compared in Postgres (pg_trgm over text folded without tone marks) with
 * the register of applied initiatives and the other entries, shown side by side with the shared
 * passages, and decided by the organizer with a reason, audited.
 */
describe('originality of initiatives', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let track: Track;
  const entries: Entry[] = [];

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
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'initiative',
        unitDeadline: new Date(Date.now() + 2 * 3600_000).toISOString(),
        settings: initiativeCallSettings('Tính mới của sáng kiến', 3),
      })
    ).body;
    const admin = await login('unit_admin', 'QA-S06');
    // The copy drops its tone marks and capitals: folding must still see the register's row in it.
    const drafts = [
      initiativeDraft('TIEP NHAN HO SO DAT DAI QUA MANG va tra ket qua tai nha', {
        summary:
          'Nguoi dan nop ho so dat dai tren Cong dich vu cong, can bo mot cua kiem tra truc tuyen va buu dien tra ket qua tan nha cho nguoi cao tuoi.',
        solution: 'Liên thông phần mềm một cửa với bưu điện tỉnh.',
      }),
      initiativeDraft('Ứng dụng trợ lý ảo trả lời thủ tục hành chính', {
        summary:
          'Một trợ lý ảo trên Zalo trả lời câu hỏi về thủ tục hành chính cả ngày lẫn đêm cho người dân xã.',
      }),
      initiativeDraft('Sổ tay điện tử cho cán bộ tiếp dân', {
        summary:
          'Cán bộ tiếp dân tra cứu quy trình, biểu mẫu trên điện thoại, cập nhật mỗi khi văn bản thay đổi.',
      }),
    ];
    for (const d of drafts) {
      const author = await login('participant', 'QA-S06');
      const draft = (await author.post<Entry>(`/tracks/${track.id}/initiatives`, d)).body;
      await author.post(`/entries/${draft.id}/send`);
      const forwarded = await admin.post<Entry>(`/entries/${draft.id}/unit-review`, {
        decision: 'forward',
        headName: 'Võ Thị Sáu',
        headPosition: 'Giám đốc Sở',
        effective: true,
        feasible: true,
      });
      expect(forwarded.status).toBe(200);
      entries.push(forwarded.body);
    }
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('imports the register only when every row is clean, and reports every bad row', async () => {
    const bad = await organizer.upload<ImportReport>(
      '/register/import?format=xlsx',
      await registerXlsx([
        [APPLIED.title, APPLIED.summary, 'UBND huyện Tân Lập', 2023],
        ['', 'Thiếu tên', 'UBND xã A', 2022],
        ['Năm sai', '', '', 'năm ngoái'],
      ]),
    );
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ ok: false, imported: 0, rowsRead: 3 });
    expect(bad.body.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'register_title_missing'],
      [4, 'register_year_invalid'],
    ]);
    expect(await db.query('SELECT 1 FROM initiative_register WHERE title = $1', [APPLIED.title])).toEqual([]);
    const good = await organizer.upload<ImportReport>(
      '/register/import?format=xlsx',
      await registerXlsx([
        [APPLIED.title, APPLIED.summary, 'UBND huyện Tân Lập', 2023],
        [
          'Phần mềm quản lý văn bản đi đến',
          'Văn bản đi và đến được số hóa, ký số.',
          'Văn phòng UBND tỉnh',
          2020,
        ],
      ]),
    );
    expect(good.body).toMatchObject({ ok: true, imported: 2 });
    const again = await organizer.upload<ImportReport>(
      '/register/import?format=xlsx',
      await registerXlsx([[APPLIED.title, '', 'UBND HUYỆN TÂN LẬP', 2023]]),
    );
    expect(again.body.problems.map((p) => p.code)).toEqual(['register_duplicate_known']);
  });

  it('finds the copy of an applied initiative, tone marks or not, and leaves the new ones alone', async () => {
    const report = await organizer.get<TrackOriginality>(`/tracks/${track.id}/originality`);
    expect(report.status).toBe(200);
    const byId = new Map(report.body.items.map((i) => [i.entryId, i]));
    const copy = byId.get(entries[0].id)!;
    expect(copy.closest).toMatchObject({
      source: 'register',
      title: APPLIED.title,
      level: 'likely_duplicate',
    });
    expect(copy.closest!.similarity).toBeGreaterThan(0.5);
    expect(byId.get(entries[1].id)!.closest).toBeNull();
    expect(byId.get(entries[2].id)!.closest).toBeNull();
    expect(report.body.registerSize).toBeGreaterThanOrEqual(2);
  });

  it('shows the likely duplicate side by side with the passages the two share', async () => {
    const detail = await organizer.get<EntryOriginality>(`/entries/${entries[0].id}/originality`);
    expect(detail.status).toBe(200);
    const [match] = detail.body.matches;
    expect(match.source).toBe('register');
    expect(match.passages.length).toBeGreaterThan(0);
    const [longest] = match.passages;
    const mine = detail.body.text.slice(...longest.a);
    const theirs = match.text.slice(...longest.b);
    expect(mine.toLowerCase()).toContain('ho so dat dai');
    expect(theirs).toContain('hồ sơ đất đai');
    expect(longest.words).toBeGreaterThanOrEqual(10);
  });

  it('records a duplicate with its source and reason, audited, and screening then refuses to accept it', async () => {
    const [register] = await db.query('SELECT id FROM initiative_register WHERE title = $1', [APPLIED.title]);
    const noReason = await organizer.put(`/entries/${entries[0].id}/originality`, {
      decision: 'duplicate',
      ofRegisterId: register.id,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const unknown = await organizer.put(`/entries/${entries[0].id}/originality`, {
      decision: 'duplicate',
      ofRegisterId: 999_999_999,
      reason: 'Trùng sáng kiến đã áp dụng',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('originality_source_not_found');
    const decided = await organizer.put<EntryOriginality>(`/entries/${entries[0].id}/originality`, {
      decision: 'duplicate',
      ofRegisterId: register.id,
      reason: 'Trùng sáng kiến huyện Tân Lập áp dụng năm 2023',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.originality).toMatchObject({
      decision: 'duplicate',
      ofRegisterId: register.id,
      reason: 'Trùng sáng kiến huyện Tân Lập áp dụng năm 2023',
    });
    expect(decided.body.originality.decidedByName).toBeTruthy();
    const [audit] = await db.query(
      `SELECT after FROM audit_log WHERE action = 'originality.decide' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [entries[0].id],
    );
    expect(audit.after).toMatchObject({ decision: 'duplicate', ofRegisterId: register.id });
    const accept = await organizer.post(`/entries/${entries[0].id}/screening`, {
      decision: 'accepted',
      reason: null,
    });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('originality_duplicate');
    const original = await organizer.put<EntryOriginality>(`/entries/${entries[1].id}/originality`, {
      decision: 'original',
    });
    expect(original.body.originality.decision).toBe('original');
    expect(
      (await organizer.post(`/entries/${entries[1].id}/screening`, { decision: 'accepted', reason: null }))
        .status,
    ).toBe(200);
  });

  it('compares entries of the track with each other too', async () => {
    const admin = await login('unit_admin', 'QA-S07');
    const twinAuthor = await login('participant', 'QA-S07');
    const twin = (
      await twinAuthor.post<Entry>(
        `/tracks/${track.id}/initiatives`,
        initiativeDraft('Sổ tay điện tử cho cán bộ tiếp công dân', {
          summary:
            'Cán bộ tiếp dân tra cứu quy trình, biểu mẫu trên điện thoại, cập nhật mỗi khi văn bản thay đổi.',
        }),
      )
    ).body;
    await twinAuthor.post(`/entries/${twin.id}/send`);
    await admin.post(`/entries/${twin.id}/unit-review`, {
      decision: 'forward',
      headName: 'Đặng Văn Lâm',
      headPosition: 'Giám đốc Sở',
      effective: true,
      feasible: true,
    });
    const detail = await organizer.get<EntryOriginality>(`/entries/${twin.id}/originality`);
    expect(detail.body.matches[0]).toMatchObject({
      source: 'entry',
      id: entries[2].id,
      level: 'likely_duplicate',
    });
  });

  it('is the organizers’ alone', async () => {
    const judge = await login('judge', 'none');
    expect((await judge.get(`/tracks/${track.id}/originality`)).status).toBe(403);
    expect((await judge.get('/register')).status).toBe(403);
  });

  it('adds the prize winners of a published stage to the register, so a later contest sees them', async () => {
    const judged = (await organizer.get<Track>(`/tracks/${track.id}`)).body.stages[2];
    const set = await organizer.put<Stage>(`/stages/${judged.id}`, {
      ...stageSettingsOf(judged),
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      prizes: [{ label: 'Giải Nhất', count: 1 }],
    });
    expect(set.status).toBe(200);
    const judgeAccount = await createUser(db, { role: 'judge', unitCode: 'none' });
    const judge = api.client();
    await judge.login(judgeAccount.login, judgeAccount.password);
    expect(
      (
        await organizer.post(`/stages/${judged.id}/assignments`, {
          entryId: entries[1].id,
          judgeId: judgeAccount.id,
        })
      ).status,
    ).toBe(201);
    const [work] = (await judge.get('/judging')).body.stages.find(
      (s: { stage: Stage }) => s.stage.id === judged.id,
    ).entries;
    const sheet = set.body.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints, comment: null }));
    expect(
      (await judge.put(`/judging/assignments/${work.assignmentId}/scores`, { scores: sheet })).status,
    ).toBe(200);
    expect((await organizer.post(`/stages/${judged.id}/lock`, { reason: null })).status).toBe(200);
    expect((await organizer.post(`/stages/${judged.id}/publish`)).status).toBe(200);
    const register = await organizer.get<{ items: RegisterRow[] }>(
      `/register?q=${encodeURIComponent('trợ lý ảo')}`,
    );
    expect(register.body.items).toEqual([
      expect.objectContaining({ source: 'winner', title: 'Ứng dụng trợ lý ảo trả lời thủ tục hành chính' }),
    ]);
  });
});
