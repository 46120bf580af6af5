import type { DataSource } from 'typeorm';

import { createUser, testDb } from '@contest/server/testing';

import { arrangeContest, gradeSeeded } from './test-support/contests';
import { startApi, type RunningApi } from './test-support/start-api';

/** Comparing with an earlier contest: one run in the system (mapped through merges), or typed in. */
describe('comparison with an earlier contest', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ReturnType<RunningApi['client']>;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    const account = await createUser(db, { role: 'organizer', unitCode: 'QA' });
    organizer = api.client();
    await organizer.login(account.login, account.password);
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('sets a contest beside last year’s, unit by unit under today’s tree after a merge', async () => {
    const last = await arrangeContest(db, -60_000);
    const [a, b] = last.units;
    await gradeSeeded(db, last.rounds[0], [a.id, b.id], 10); // 5 + 5 in week 1
    await gradeSeeded(db, last.rounds[1], [a.id], 3);
    // This year A was merged into B; B's people take part in a contest of their own.
    expect((await organizer.post(`/units/${a.id}/merge`, { intoUnitId: b.id })).status).toBe(200);
    const now = await arrangeContest(db, 3600_000);
    const [c] = now.units;
    await gradeSeeded(db, now.rounds[0], [b.id], 7);
    await gradeSeeded(db, now.rounds[1], [b.id, c.id], 4);

    const r = await organizer.get(
      `/reports/contests/${now.contestId}/comparison?withContestId=${last.contestId}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.earlier).toMatchObject({ kind: 'contest', id: last.contestId });
    expect(r.body.totals.earlier).toMatchObject({ participants: 13, attempts: 13, weeks: 2 });
    expect(r.body.totals.current).toMatchObject({ participants: 11, attempts: 11, participatingUnits: 2 });
    // A counts in B, the unit it became: last year's 13 people, not B's own 5.
    const lineB = r.body.units.find((u: { unitId: number }) => u.unitId === b.id);
    expect(lineB.earlier.participants).toBe(13);
    expect(lineB.current.participants).toBe(9);
    expect(r.body.units.some((u: { unitId: number }) => u.unitId === a.id)).toBe(false);
    const xlsx = await organizer.download(
      `/reports/contests/${now.contestId}/comparison/xlsx?withContestId=${last.contestId}`,
    );
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const unitRow = book
      .getWorksheet('Theo đơn vị')!
      .getSheetValues()
      .find((v) => Array.isArray(v) && v[1] === lineB.code) as unknown[];
    expect(unitRow.slice(4, 6)).toEqual([9, 13]);
    expect(
      r.body.trend.map(
        (w: { weekNumber: number; current: { participants: number }; earlier: { participants: number } }) => [
          w.weekNumber,
          w.current?.participants,
          w.earlier?.participants,
        ],
      ),
    ).toEqual([
      [1, 7, 10],
      [2, 4, 3],
    ]);
  });

  it('compares with totals typed in from an earlier report, and refuses a bad query', async () => {
    const typed = await organizer.post('/earlier-contests', {
      name: 'Cuộc thi năm trước',
      year: 2023,
      units: 171,
      participants: null,
      attempts: 26_915,
      weeks: 4,
    });
    expect(typed.status).toBe(201);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const r = await organizer.get(`/reports/contests/${contestId}/comparison?withEarlierId=${typed.body.id}`);
    expect(r.status).toBe(200);
    expect(r.body.totals.earlier).toEqual({
      participatingUnits: 171,
      participants: null,
      attempts: 26_915,
      weeks: 4,
    });
    expect(r.body.units).toEqual([]);
    expect((await organizer.get(`/reports/contests/${contestId}/comparison`)).status).toBe(400);
    expect(
      (await organizer.get(`/reports/contests/${contestId}/comparison?withEarlierId=999999`)).body.code,
    ).toBe('earlier_contest_not_found');
    expect((await organizer.request('DELETE', `/earlier-contests/${typed.body.id}`)).status).toBe(204);
    expect(
      (await organizer.get('/earlier-contests')).body.items.some(
        (e: { id: number }) => e.id === typed.body.id,
      ),
    ).toBe(false);
  });
});
