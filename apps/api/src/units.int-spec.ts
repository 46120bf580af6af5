import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';

import { UNIT_SHEET } from '@contest/contracts';
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

    // X1 also has an account and a roster entry; after the merge they belong to X2.
    const person = await createUser(db, { unitCode: code('X1') });
    await db.query(
      `INSERT INTO roster_entries (roster_unit_id, unit_id, full_name, phone) VALUES ($1, $1, 'Người Xã Một', '0987000111')`,
      [x1.id],
    );
    const merged = await organizer.post(`/units/${x1.id}/merge`, { intoUnitId: x2.id });
    expect(merged.status).toBe(200);
    expect(merged.body.moved).toEqual({ children: 1, accounts: 1 + 8, rosterEntries: 1 });
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
});
