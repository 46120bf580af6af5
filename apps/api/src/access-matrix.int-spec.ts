import type { DataSource } from 'typeorm';

import { API_ROUTES, type RouteContract } from '@contest/contracts';
import { createUser, testDb } from '@contest/server/testing';

import { startApi, type RunningApi } from './test-support/start-api';

type Caller = 'anonymous' | 'participant' | 'unit_admin' | 'judge' | 'organizer';
const CALLERS: Caller[] = ['anonymous', 'participant', 'unit_admin', 'judge', 'organizer'];

/** What the route's contract says this caller meets at the door. */
function expected(route: RouteContract, caller: Caller): 'in' | 'unauthenticated' | 'forbidden' {
  if (route.access === 'public') return 'in';
  if (caller === 'anonymous') return 'unauthenticated';
  if (route.access === 'signed-in') return 'in';
  return (route.access as readonly string[]).includes(caller) ? 'in' : 'forbidden';
}

/**
 * Every route × every kind of caller, against what `API_ROUTES` says of its access: the contract
 * (which also writes the OpenAPI document and types the web) and the guards cannot drift apart.
 * What a caller let in may do to one resource (a unit out of their subtree, another unit's entry,
 * another judge's sheet) is walked in `entry-access.int-spec.ts` and `unit-access.int-spec.ts`.
 */
describe('the access matrix: route × caller', () => {
  let db: DataSource;
  let api: RunningApi;
  const cookies = {} as Record<Caller, string | null>;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi({ RATE_LOGIN_PER_IP: '100000', RATE_START_PER_ACCOUNT: '100000' });
    cookies.anonymous = null;
    for (const role of ['participant', 'unit_admin', 'judge', 'organizer'] as const) {
      const user = await createUser(db, {
        role,
        unitCode: role === 'judge' || role === 'organizer' ? 'none' : 'QA-S02',
      });
      const client = api.client();
      await client.login(user.login, user.password);
      cookies[role] = client.sessionCookie;
    }
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('lets in exactly the callers each route’s contract names, and refuses the others with 401 or 403', async () => {
    const drift: string[] = [];
    let checked = 0;
    for (const [name, route] of Object.entries(API_ROUTES) as [string, RouteContract][]) {
      if (name === 'logout') continue; // it would end the caller's session halfway through
      for (const caller of CALLERS) {
        const response = await fetch(`${api.url}/api${route.path.replace(/:\w+/g, '1')}`, {
          method: route.method,
          headers: {
            ...(cookies[caller] ? { cookie: cookies[caller]! } : {}),
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
          },
          body: route.method === 'GET' ? undefined : '{}',
        });
        const text = await response.text();
        const code = text.startsWith('{') ? (JSON.parse(text) as { code?: string }).code : undefined;
        const seen =
          response.status === 401
            ? 'unauthenticated'
            : response.status === 403 && code === 'forbidden'
              ? 'forbidden'
              : 'in';
        checked++;
        if (seen !== expected(route, caller))
          drift.push(
            `${name} as ${caller}: expected ${expected(route, caller)}, got ${response.status} ${code ?? ''}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(400);
    expect(drift).toEqual([]);
  });
});
