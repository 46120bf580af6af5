import type { DataSource } from 'typeorm';

import { API_ROUTES, type RouteContract } from '@contest/contracts';
import { createRound, createUser, testDb } from '@contest/server/testing';
import { startApi, type RunningApi } from './test-support/start-api';

const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
const ROSTER_HEADER = 'Họ và tên,Số điện thoại,Email,Đơn vị trực thuộc';

describe("a unit admin's people, roster and who may see them", () => {
  let db: DataSource;
  let api: RunningApi;
  let roundId: number;
  let contestId: number;
  const unitId = async (code: string): Promise<number> =>
    (await db.query('SELECT id FROM units WHERE code = $1', [code]))[0].id;
  const signIn = async (role: string, unitCode: string) => {
    const account = await createUser(db, { role, unitCode });
    const client = api.client();
    await client.login(account.login, account.password);
    return { client, account };
  };

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    roundId = await createRound(db);
    [{ contestId }] = await db.query('SELECT contest_id AS "contestId" FROM rounds WHERE id = $1', [roundId]);
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('lists rostered people who never registered as not yet, and moves a colleague to taken part', async () => {
    const { client: admin } = await signIn('unit_admin', 'QA-H03');
    const district = await unitId('QA-H03');
    const phone = `09${String(Date.now()).slice(-8)}`;
    const report = await admin.upload(
      `/units/${district}/roster?format=csv`,
      csv(
        ROSTER_HEADER,
        `Nguyễn Thị Chưa Đăng Ký,${phone.replace(/^0/, '+84 ')},,QA-H03-X02`,
        `"Trần Văn Bình, Phó phòng",,binh.${phone}@test.vn,`,
      ),
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ ok: true, imported: 2, linked: 0, warnings: [] });

    let people = (await admin.get(`/units/${district}/people?roundId=${roundId}`)).body;
    const rostered = people.people.find(
      (p: { fullName: string }) => p.fullName === 'Nguyễn Thị Chưa Đăng Ký',
    );
    expect(rostered).toMatchObject({ status: 'not_yet', userId: null, unitId: await unitId('QA-H03-X02') });
    expect(rostered.contact).toBe(phone);
    // The name with a comma came through the CSV whole.
    expect(people.people.some((p: { fullName: string }) => p.fullName === 'Trần Văn Bình, Phó phòng')).toBe(
      true,
    );

    // The colleague registers with the same phone: the account is linked to the roster entry.
    const participant = api.client();
    const registered = await participant.post('/auth/register', {
      fullName: 'Nguyễn Thị Chưa Đăng Ký',
      login: phone,
      password: 'Mat-khau-rat-dai-123',
      unitId: await unitId('QA-H03-X02'),
    });
    expect(registered.status).toBe(201);
    const attempt = await participant.post(`/rounds/${roundId}/attempts`);
    expect(attempt.status).toBe(201);
    people = (await admin.get(`/units/${district}/people?roundId=${roundId}`)).body;
    const moving = people.people.filter(
      (p: { fullName: string }) => p.fullName === 'Nguyễn Thị Chưa Đăng Ký',
    );
    expect(moving).toHaveLength(1); // one person, not an entry and an account
    expect(moving[0]).toMatchObject({ status: 'in_progress', rosterEntryId: rostered.rosterEntryId });
    expect(moving[0].userId).toBe(registered.body.user.id);

    expect((await participant.post(`/attempts/${attempt.body.id}/submit`, {})).status).toBe(200);
    people = (await admin.get(`/units/${district}/people?roundId=${roundId}`)).body;
    expect(people.people.find((p: { userId: number }) => p.userId === registered.body.user.id).status).toBe(
      'taken_part',
    );
    expect(people.counts.takenPart).toBeGreaterThanOrEqual(1);
    expect(people.counts.takenPart + people.counts.inProgress + people.counts.notYet).toBe(
      people.people.length,
    );

    const roster = (await admin.get(`/units/${district}/roster`)).body;
    expect(roster.linked).toBe(1);

    const xlsx = await admin.download(`/units/${district}/people/xlsx?roundId=${roundId}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const names = book.worksheets[0].getColumn(2).values.map(String);
    expect(names).toContain('Nguyễn Thị Chưa Đăng Ký');
  });

  it('reports every problem of a roster and keeps the old one', async () => {
    const { client: admin } = await signIn('unit_admin', 'QA-H04');
    const district = await unitId('QA-H04');
    expect(
      (
        await admin.upload(
          `/units/${district}/roster?format=csv`,
          csv(ROSTER_HEADER, 'Lê Văn Cũ,0911000001,,'),
        )
      ).body.imported,
    ).toBe(1);
    const bad = await admin.upload(
      `/units/${district}/roster?format=csv`,
      csv(
        ROSTER_HEADER,
        ',0911000002,,',
        'Không Liên Hệ,,,',
        'Sai Số,12345,,',
        'Trùng Một,0911000003,,',
        'Trùng Hai,+84911000003,,',
        'Sai Đơn Vị,0911000004,,QA-H03-X02',
      ),
    );
    expect(bad.status).toBe(200);
    expect(bad.body.ok).toBe(false);
    expect(bad.body.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [2, 'roster_name_missing'],
      [3, 'roster_contact_missing'],
      [4, 'roster_phone_invalid'],
      [6, 'roster_duplicate_in_file'],
      [7, 'roster_subunit_unknown'],
    ]);
    const roster = (await admin.get(`/units/${district}/roster`)).body;
    expect(roster.entries.map((e: { fullName: string }) => e.fullName)).toEqual(['Lê Văn Cũ']);
  });

  it('reports a contact registered under another unit as a warning, and does not link it', async () => {
    const { client: admin } = await signIn('unit_admin', 'QA-H05');
    const elsewhere = await createUser(db, { unitCode: 'QA-S02' });
    const r = await admin.upload(
      `/units/${await unitId('QA-H05')}/roster?format=csv`,
      csv(ROSTER_HEADER, `Người Khác,,${elsewhere.login},`),
    );
    expect(r.body).toMatchObject({ ok: true, imported: 1, linked: 0 });
    expect(r.body.warnings.map((w: { code: string }) => w.code)).toEqual(['roster_account_other_unit']);

    // Long after the report is gone, the roster still says the person has an account, and where.
    const [{ name: otherUnit }] = await db.query("SELECT name FROM units WHERE code = 'QA-S02'");
    const roster = (await admin.get(`/units/${await unitId('QA-H05')}/roster`)).body;
    expect(roster.entries).toEqual([
      expect.objectContaining({
        fullName: 'Người Khác',
        userId: null,
        accountConflict: { reason: 'other_unit', unitName: otherUnit },
      }),
    ]);
  });

  it('lists a conflict with another unit even while other rows are wrong, and refuses a name made of a formula', async () => {
    const { client: admin } = await signIn('unit_admin', 'QA-H06');
    const elsewhere = await createUser(db, { unitCode: 'QA-S02' });
    const alsoElsewhere = await createUser(db, { unitCode: 'QA-S03' });
    const bad = await admin.upload(
      `/units/${await unitId('QA-H06')}/roster?format=csv`,
      csv(
        ROSTER_HEADER,
        '=1+1,0911000201,,',
        `Người Khác,,${elsewhere.login},`,
        'Sai Số,12345,,',
        `@Tên Lạ,,${alsoElsewhere.login},`,
      ),
    );
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ ok: false, imported: 0 });
    expect(bad.body.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [2, 'roster_name_formula'],
      [4, 'roster_phone_invalid'],
      [5, 'roster_name_formula'],
    ]);
    expect(bad.body.problems[0].message).toContain('công thức');
    expect(bad.body.warnings.map((w: { row: number; code: string }) => [w.row, w.code])).toEqual([
      [3, 'roster_account_other_unit'],
      [5, 'roster_account_other_unit'],
    ]);
    const roster = (await admin.get(`/units/${await unitId('QA-H06')}/roster`)).body;
    expect(roster.entries).toEqual([]);
  });

  it('refuses a unit admin every unit endpoint for a unit outside their subtree, and allows their own', async () => {
    const { client: admin } = await signIn('unit_admin', 'QA-H03');
    const scoped = Object.entries(API_ROUTES as Record<string, RouteContract>).filter(
      ([, r]) => Array.isArray(r.access) && r.access.includes('unit_admin') && r.path.includes(':unitId'),
    );
    expect(scoped.map(([name]) => name).sort()).toEqual(
      ['importRoster', 'unitPeople', 'unitPeopleXlsx', 'unitReport', 'unitReportXlsx', 'unitRoster'].sort(),
    );
    const call = (route: RouteContract, unit: number) => {
      const path = `${route.path.replace(':unitId', String(unit))}?roundId=${roundId}&contestId=${contestId}&format=csv`;
      return route.consumes === 'file'
        ? admin.upload(path, csv(ROSTER_HEADER, 'Ai Đó,0911222333,,'))
        : admin.download(path);
    };
    for (const [name, route] of scoped) {
      for (const other of ['QA-H04', 'QA-S02', 'QA', 'QA-H04-X01']) {
        const r = await call(route, await unitId(other));
        expect({ name, other, status: r.status }).toEqual({ name, other, status: 403 });
      }
      const own = await call(route, await unitId('QA-H03-X01'));
      expect({ name, status: own.status }).toEqual({ name, status: 200 });
    }
    // Organizer-only unit and report routes are refused outright.
    expect((await admin.get(`/units/tree?contestId=${contestId}`)).status).toBe(403);
    expect((await admin.get(`/reports/contests/${contestId}`)).status).toBe(403);
    expect((await admin.post(`/units/${await unitId('QA-H03')}/merge`, { intoUnitId: 1 })).status).toBe(403);
  });

  it('keeps participants and strangers out, and answers a missing unit or round with 404', async () => {
    const { client: participant } = await signIn('participant', 'QA-H04');
    const unit = await unitId('QA-H04');
    expect((await participant.get(`/units/${unit}/people?roundId=${roundId}`)).status).toBe(403);
    expect((await api.client().get(`/units/${unit}/people?roundId=${roundId}`)).status).toBe(401);
    const { client: organizer } = await signIn('organizer', 'QA');
    expect((await organizer.get(`/units/${unit}/people?roundId=${roundId}`)).status).toBe(200);
    expect((await organizer.get(`/units/999999/people?roundId=${roundId}`)).status).toBe(404);
    expect((await organizer.get(`/units/${unit}/people?roundId=999999`)).status).toBe(404);
    expect((await organizer.get(`/units/${unit}/people?roundId=abc`)).status).toBe(400);
  });
});
