import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { API_ROUTES, type RouteContract } from '@contest/contracts';
import { TEST_ENV, testDb } from '@contest/server/testing';

import {
  BURST,
  call,
  expectVotes,
  ROUTE_FIXTURES,
  send,
  tally,
  World,
  type Answer,
  type Burst,
  type RouteName,
} from './test-support/route-fixtures';
import { startApi, type RunningApi } from './test-support/start-api';

/**
 * Rate limits high enough that they never stand in for the behaviour under test, counted under
 * the walk's own Redis prefix: the hundreds of registrations and sign-ins it makes must not fill
 * the limits that other test files meet with the ordinary settings.
 */
const GENEROUS_LIMITS = {
  REDIS_PREFIX: `${TEST_ENV.REDIS_PREFIX}walk`,
  RATE_REGISTER_PER_IP: '100000',
  RATE_LOGIN_PER_ACCOUNT: '100000',
  RATE_LOGIN_PER_ACCOUNT_ALL_IPS: '100000',
  RATE_LOGIN_PER_IP: '100000',
  RATE_START_PER_ACCOUNT: '100000',
  RATE_START_PER_IP: '100000',
};
/** The only 5xx an api may give: "try again", with the outage named. */
const OUTAGE_CODES = ['database_busy', 'database_unavailable', 'redis_unavailable', 'service_unavailable'];

const STATE_CHANGING = (Object.entries(API_ROUTES) as [RouteName, RouteContract][])
  .filter(([, route]) => route.method !== 'GET')
  .map(([name]) => name);

/** No 5xx but a named outage; every refusal in the api's error shape; every 2xx as its route's contract says. */
function expectWellFormed(route: RouteName | RouteName[], answers: Answer[]): void {
  const problems = new Set<string>();
  for (const [i, a] of answers.entries()) {
    const name = Array.isArray(route) ? route[i] : route;
    const contract: RouteContract = API_ROUTES[name];
    const seen = `${name} → ${a.status} ${a.text.slice(0, 300)}`;
    if (a.status >= 500 && !(a.status === 503 && OUTAGE_CODES.includes(a.body?.code)))
      problems.add(`server error: ${seen}`);
    if (a.status >= 400) {
      const b = a.body;
      const shaped =
        b?.statusCode === a.status &&
        typeof b.error === 'string' &&
        typeof b.code === 'string' &&
        typeof b.message === 'string';
      if (!shaped) problems.add(`not the api's error shape: ${seen}`);
    } else if (contract.response) {
      const parsed = contract.response.safeParse(a.body);
      if (!parsed.success)
        problems.add(`2xx not as the contract says: ${name} ${parsed.error.message.slice(0, 300)}`);
    }
  }
  expect([...problems]).toEqual([]);
}

/** A liveness check, not a benchmark: a cheap route and one reading the database each answer within a second. */
async function expectResponsive(url: string, unitCode: string): Promise<void> {
  for (const path of ['/health', `/units?q=${encodeURIComponent(unitCode)}`]) {
    const answer = await send(url, null, { method: 'GET', path });
    expect({ path, status: answer.status, withinOneSecond: answer.ms < 1000 }).toEqual({
      path,
      status: 200,
      withinOneSecond: true,
    });
  }
}

describe('the concurrency walk: every state-changing route, the same request many times at once', () => {
  let db: DataSource;
  let api: RunningApi;
  let world: World;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi(GENEROUS_LIMITS);
    world = new World(db, api);
    await world.init();
  });
  afterAll(async () => {
    await world?.close();
    await api?.close();
    await db?.destroy();
  });

  /** Sends a burst at once, then checks liveness, shapes and the route's invariant, reporting every failure. */
  async function walk(route: RouteName, b: Burst, kind: 'same' | 'mixed'): Promise<string[]> {
    if (kind === 'same') {
      // The fixture's promise: one request, from one account, BURST times.
      expect(b.sends).toHaveLength(BURST);
      expect(new Set(b.sends.map((s) => s.caller)).size).toBe(1);
      expect(new Set(b.sends.map((s) => s.req)).size).toBe(1);
    }
    // A mixed burst may race the route against another (a lock against a judge's sheet, say).
    expect(b.sends[kind === 'same' ? 'every' : 'some']((s) => s.req.route === route)).toBe(true);
    const answers = await Promise.all(b.sends.map((s) => send(api.url, s.caller, s.req)));
    const failures: string[] = [];
    const steps = [
      () => expectResponsive(api.url, world.root.code),
      async () =>
        expectWellFormed(
          b.sends.map((s) => s.req.route),
          answers,
        ),
      () => b.check(answers),
    ];
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        failures.push(
          `${route} (${kind}; answers ${JSON.stringify(tally(answers))}):\n${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return failures;
  }

  it('has a fixture for every state-changing route of API_ROUTES, and none for any other', () => {
    expect(STATE_CHANGING.filter((route) => !ROUTE_FIXTURES[route])).toEqual([]);
    expect(Object.keys(ROUTE_FIXTURES).filter((name) => !STATE_CHANGING.includes(name as RouteName))).toEqual(
      [],
    );
    expect(STATE_CHANGING.length).toBeGreaterThanOrEqual(43);
  });

  it.each(STATE_CHANGING)(
    '%s: no 5xx, the api answering, the database as the answers said',
    async (route) => {
      const fixture = ROUTE_FIXTURES[route];
      if (!fixture)
        throw new Error(`no fixture for the state-changing route "${route}": add one to ROUTE_FIXTURES`);
      const failures = await walk(route, await fixture.same(world), 'same');
      if (fixture.mixed) failures.push(...(await walk(route, await fixture.mixed(world), 'mixed')));
      if (failures.length) throw new Error(failures.join('\n\n'));
    },
  );

  it('counts the same 30 votes at once from one account as one vote, and keeps answering', async () => {
    // Once, parallel votes froze the api for good: each transaction waited for a second pooled
    // connection while holding the first.
    const entry = await world.votingEntry();
    const voter = await world.account('participant', world.voterUnit);
    const vote = call('vote', { entryId: entry.id });
    const answers = await Promise.all(Array.from({ length: BURST }, () => send(api.url, voter, vote)));
    await expectResponsive(api.url, world.root.code);
    expectWellFormed('vote', answers);
    await expectVotes(world, entry.id, answers, 1);
  });

  describe('on a pool of two connections', () => {
    let small: RunningApi;

    beforeAll(async () => {
      small = await startApi({ ...GENEROUS_LIMITS, DATABASE_POOL_SIZE: '2', DATABASE_POOL_WAIT_MS: '200' });
    });
    afterAll(() => small?.close());

    it('answers 30 votes at once without freezing: one counted, the others refused or told to retry', async () => {
      const entry = await world.votingEntry();
      const voter = await world.account('participant', world.voterUnit);
      const vote = call('vote', { entryId: entry.id });
      const answers = await Promise.all(Array.from({ length: BURST }, () => send(small.url, voter, vote)));
      expectWellFormed('vote', answers);
      const outcomes = Object.keys(tally(answers));
      expect(
        outcomes.filter((k) => !['201', '409 vote_already_cast', '503 database_busy'].includes(k)),
      ).toEqual([]);
      const counted = answers.filter((a) => a.status === 201).length;
      expect(counted).toBeLessThanOrEqual(1);
      const [row] = await db.query(
        `SELECT m.votes AS "voteCount",
                (SELECT count(*)::int FROM entry_votes v WHERE v.stage_id = m.stage_id AND v.entry_id = $1) AS rows
           FROM stage_entries m WHERE m.entry_id = $1`,
        [entry.id],
      );
      expect(row).toEqual({ voteCount: counted, rows: counted });
      await expectResponsive(small.url, world.root.code);
      // Nothing was left holding a connection: another account's vote still counts.
      const other = await world.account('participant', world.voterUnit);
      expect((await send(small.url, other, vote)).status).toBe(201);
    });

    it('answers 503 database_busy at once while every connection is taken, and serves again once one is free', async () => {
      // The pool `Sql` runs on: TypeORM's own pg pool.
      const pool = (small.app.get(DataSource).driver as PostgresDriver).master as Pool;
      const read = { method: 'GET', path: `/units?q=${encodeURIComponent(world.root.code)}` };
      const held = [await pool.connect(), await pool.connect()];
      let busy: Answer;
      try {
        busy = await send(small.url, null, read);
      } finally {
        for (const client of held) client.release();
      }
      expect({ status: busy.status, code: busy.body?.code }).toEqual({ status: 503, code: 'database_busy' });
      expect(busy.ms).toBeLessThan(1000);
      expectWellFormed('searchUnits', [busy]);
      const served = await send(small.url, null, read);
      expect(served.status).toBe(200);
      expect(served.body.items.map((u: { code: string }) => u.code)).toContain(world.root.code);
    });
  });
});
