import type { DataSource } from 'typeorm';

import { createRound, createUser, testDb } from '@contest/server/testing';
import { startApi, type RunningApi } from './test-support/start-api';

describe('unit participation and who may see it', () => {
  let db: DataSource;
  let api: RunningApi;
  let roundId: number;
  const unitId = async (code: string) =>
    (await db.query('SELECT id FROM units WHERE code = $1', [code]))[0].id;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    roundId = await createRound(db);
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('shows a unit admin who in their subtree took part and who did not', async () => {
    const admin = await createUser(db, { role: 'unit_admin', unitCode: 'QA-H03' });
    const taker = await createUser(db, { unitCode: 'QA-H03-X02' });
    const absent = await createUser(db, { unitCode: 'QA-H03-P1' });
    const participant = api.client();
    await participant.login(taker.login, taker.password);
    expect((await participant.post(`/rounds/${roundId}/attempts`)).status).toBe(201);

    const c = api.client();
    await c.login(admin.login, admin.password);
    const r = await c.get(`/units/${await unitId('QA-H03')}/participation?roundId=${roundId}`);
    expect(r.status).toBe(200);
    expect(r.body.participants.map((p: { userId: number }) => p.userId)).toContain(taker.id);
    expect(r.body.absentees.map((p: { userId: number }) => p.userId)).toContain(absent.id);
    expect(r.body.participants.map((p: { userId: number }) => p.userId)).not.toContain(absent.id);
    const [{ headcount }] = await db.query(
      `SELECT sum(headcount)::int AS headcount FROM units WHERE path LIKE (SELECT path FROM units WHERE code = 'QA-H03') || '%'`,
    );
    expect(r.body.headcount).toBe(headcount);
    expect(r.body.participationRate).toBeCloseTo(r.body.participants.length / headcount);
    // A commune inside the district is part of the admin's subtree.
    expect(
      (await c.get(`/units/${await unitId('QA-H03-X02')}/participation?roundId=${roundId}`)).status,
    ).toBe(200);
  });

  it("refuses a unit admin another unit's data", async () => {
    const admin = await createUser(db, { role: 'unit_admin', unitCode: 'QA-H03' });
    const c = api.client();
    await c.login(admin.login, admin.password);
    for (const other of ['QA-H04', 'QA-S02', 'QA', 'QA-H04-X01']) {
      const r = await c.get(`/units/${await unitId(other)}/participation?roundId=${roundId}`);
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(/đơn vị mình/);
    }
  });

  it('lets an organizer see any unit and keeps participants out', async () => {
    const organizer = await createUser(db, { role: 'organizer', unitCode: 'QA' });
    const o = api.client();
    await o.login(organizer.login, organizer.password);
    expect((await o.get(`/units/${await unitId('QA-H04')}/participation?roundId=${roundId}`)).status).toBe(
      200,
    );

    const participant = await createUser(db, { unitCode: 'QA-H04' });
    const p = api.client();
    await p.login(participant.login, participant.password);
    expect((await p.get(`/units/${await unitId('QA-H04')}/participation?roundId=${roundId}`)).status).toBe(
      403,
    );
    expect(
      (await api.client().get(`/units/${await unitId('QA-H04')}/participation?roundId=${roundId}`)).status,
    ).toBe(401);
  });

  it('answers a missing unit or round with 404 and a bad query with 400', async () => {
    const organizer = await createUser(db, { role: 'organizer', unitCode: 'QA' });
    const o = api.client();
    await o.login(organizer.login, organizer.password);
    expect((await o.get(`/units/999999/participation?roundId=${roundId}`)).status).toBe(404);
    expect((await o.get(`/units/${await unitId('QA')}/participation?roundId=999999`)).status).toBe(404);
    expect((await o.get(`/units/${await unitId('QA')}/participation?roundId=abc`)).status).toBe(400);
    expect((await o.get(`/units/abc/participation?roundId=${roundId}`)).status).toBe(404);
  });
});
