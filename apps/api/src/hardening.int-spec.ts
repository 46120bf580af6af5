import { io } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { API_ERRORS, API_ROUTES, SOCKET_EVENTS, type RouteContract } from '@contest/contracts';
import { createRound, createUser, testDb, type ApiClient } from '@contest/server/testing';

import { startApi, type RunningApi } from './test-support/start-api';

const PAST_INT32 = ['2147483648', '99999999999999', '-1', '0', '1.5', 'abc', '%00', '%FF', '1e400'];
const HOSTILE_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '%00', 'A'.repeat(300)];
const HOSTILE_NUMBERS = [2147483648, 99999999999999, -1, 1.5, 1e308];
const QUERY_KEYS = ['q', 'topic', 'roundId', 'entityId', 'page', 'pageSize', 'limit', 'status', 'difficulty'];

/** A value of each JSON shape a body field might be sent as, to replace every field in turn. */
function hostileBodies(): unknown[] {
  const fields = ['fullName', 'login', 'password', 'unitId', 'roundId', 'contestId', 'kind', 'text', 'topic'];
  const bodies: unknown[] = [];
  for (const field of fields) {
    for (const value of [...HOSTILE_TEXT, ...HOSTILE_NUMBERS]) bodies.push({ [field]: value });
  }
  bodies.push({ answers: [{ position: 2147483648, option: 0, seq: 1 }] });
  bodies.push({ answers: [{ position: 0, option: 0, seq: 1e300 }], prediction: { value: 1, seq: 2 ** 64 } });
  bodies.push({ kind: 'round_ranking', roundId: 2147483648 });
  bodies.push({ kind: 'contest_ranking', contestId: 99999999999999 });
  bodies.push({ fullName: 'Tên\u0000thật', login: '0912000111', password: 'mat-khau-dai', unitId: 1 });
  bodies.push({ ['\u0000key']: 1 });
  return bodies;
}

const pathWith = (route: RouteContract, id: string) => `/api${route.path.replace(/:\w+/g, id)}`;

describe('hardening at the request boundary', () => {
  let db: DataSource;
  let api: RunningApi;
  let organizer: ApiClient;
  let participant: ApiClient;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi({ RATE_LOGIN_PER_IP: '100000', RATE_START_PER_ACCOUNT: '100000' });
    organizer = api.client();
    participant = api.client();
    const [o, p] = await Promise.all([createUser(db, { role: 'organizer' }), createUser(db)]);
    await organizer.login(o.login, o.password);
    await participant.login(p.login, p.password);
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  const send = (
    method: string,
    path: string,
    init: { cookie?: string | null; body?: string; type?: string },
  ) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.body !== undefined ? { 'content-type': init.type ?? 'application/json' } : {}),
      },
      body: init.body,
    });

  it('answers every route, walked with hostile ids, query values and bodies by every caller, without a 5xx and with a known error code', async () => {
    const failures: string[] = [];
    const unknownCodes = new Set<string>();
    let requests = 0;
    const check = async (
      method: string,
      path: string,
      cookie: string | null,
      body?: string,
      type?: string,
    ) => {
      requests++;
      const response = await send(method, path, { cookie, body, type });
      const text = await response.text();
      if (response.status >= 500)
        failures.push(`${response.status} ${method} ${path} ${body ?? ''}`.slice(0, 300));
      if (response.status >= 400) {
        const code = (JSON.parse(text) as { code?: string }).code;
        if (!code || !(code in API_ERRORS)) unknownCodes.add(`${method} ${path}: ${code}`);
      }
    };
    const callers = [null, participant.sessionCookie, organizer.sessionCookie];
    // Signing out would end the callers' sessions halfway through the walk; it reads no input anyway.
    const routes = (Object.values(API_ROUTES) as RouteContract[]).filter((r) => r !== API_ROUTES.logout);
    for (const route of routes) {
      for (const cookie of callers) {
        for (const id of PAST_INT32)
          await check(route.method, pathWith(route, id), cookie, route.body ? '{}' : undefined);
        const path = pathWith(route, '1');
        for (const key of QUERY_KEYS)
          for (const value of [...PAST_INT32, '%F0%9F', '%ED%A0%80'])
            await check(route.method, `${path}?${key}=${value}`, cookie);
        if (route.method === 'GET') continue;
        for (const body of hostileBodies()) await check(route.method, path, cookie, JSON.stringify(body));
        // Invalid UTF-8 bytes inside a JSON string: refused, never stored as U+FFFD.
        await check(
          route.method,
          path,
          cookie,
          Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) as never,
        );
      }
    }
    expect(requests).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
    expect([...unknownCodes]).toEqual([]);
  }, 600_000);

  it('refuses text with NUL or a lone surrogate, and invalid UTF-8, naming the problem', async () => {
    const nul = await api.client().get('/units?q=%00');
    expect(nul.status).toBe(400);
    expect(nul.body.issues[0]).toMatchObject({ path: 'q', params: { reason: 'bad_text' } });
    const surrogate = await api.client().post('/auth/register', {
      fullName: 'Tên \ud800 lẻ',
      login: 'le@test.vn',
      password: 'mat-khau-dai',
      unitId: 1,
    });
    expect(surrogate.body.issues[0]).toMatchObject({ path: 'fullName', params: { reason: 'bad_text' } });
    const bytes = await send('POST', '/api/auth/login', {
      body: Buffer.concat([
        Buffer.from('{"login":"a'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('@b.vn","password":"x"}'),
      ]) as never,
    });
    expect(bytes.status).toBe(400);
    expect(((await bytes.json()) as { code: string }).code).toBe('invalid_utf8');
    const big = await api.client().post('/auth/register', {
      fullName: 'Số quá lớn',
      login: 'lon@test.vn',
      password: 'mat-khau-dai',
      unitId: 2147483648,
    });
    expect(big.status).toBe(400);
    expect(big.body.issues[0].path).toBe('unitId');
  });

  it('refuses a body nested deeper than any contract, without walking it to the end', async () => {
    const deep = '['.repeat(30_000) + ']'.repeat(30_000);
    const r = await send('POST', '/api/auth/login', { body: deep });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { issues: { params: { reason: string } }[] };
    expect(body.issues[0].params.reason).toBe('too_deep');
  });

  it('reads a raw file only on the import route, and only from an organizer', async () => {
    const file = Buffer.alloc(2048, 0x41);
    const login = await send('POST', '/api/auth/login', {
      body: file as never,
      type: 'application/octet-stream',
    });
    expect(login.status).toBe(415);
    expect(((await login.json()) as { code: string }).code).toBe('file_not_expected');
    const [{ id: contestId }] = await db.query('SELECT id FROM contests ORDER BY id LIMIT 1');
    const importPath = `/api/contests/${contestId}/questions/import?format=csv&dryRun=true`;
    const anonymous = await send('POST', importPath, {
      body: file as never,
      type: 'application/octet-stream',
    });
    expect(anonymous.status).toBe(401);
    const asParticipant = await send('POST', importPath, {
      cookie: participant.sessionCookie,
      body: file as never,
      type: 'application/octet-stream',
    });
    expect(asParticipant.status).toBe(403);
    // Everywhere else, JSON keeps its small limit.
    const large = await send('POST', '/api/auth/login', {
      body: JSON.stringify({ login: 'x'.repeat(70_000) }),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { code: string }).code).toBe('payload_too_large');
  });

  it('refuses state changes sent from another site, by Sec-Fetch-Site or by Origin, and form bodies', async () => {
    const roundId = await createRound(db);
    const start = (headers: Record<string, string>) =>
      fetch(`${api.url}/api/rounds/${roundId}/attempts`, {
        method: 'POST',
        headers: { cookie: participant.sessionCookie!, ...headers },
      });
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ]) {
      const refused = await start(headers);
      expect({ headers, status: refused.status }).toEqual({ headers, status: 403 });
      expect(((await refused.json()) as { code: string }).code).toBe('cross_site_request');
    }
    expect((await start({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await start({ origin: api.url })).status).toBe(201);
    const form = await send('POST', '/api/auth/login', {
      body: 'login=a%40b.vn&password=x',
      type: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    // Reading is not a state change: a link from another site still opens the results page.
    expect(
      (await fetch(`${api.url}/api/results`, { headers: { 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(200);
  });

  it('refuses a socket from another site, and answers a dashboard join sent the moment a socket connects', async () => {
    const cookie = organizer.sessionCookie!;
    const foreign = io(api.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie, origin: 'https://evil.example' },
      reconnection: false,
    });
    const foreignError = await new Promise<string>((resolve) => {
      foreign.on('connect', () => resolve('connected'));
      foreign.on('connect_error', (e) => resolve(e.message));
    });
    foreign.close();
    expect(foreignError).not.toBe('connected');

    const roundId = await createRound(db);
    const acks: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      const socket = io(api.url, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie } });
      // Emitted before the connection is confirmed: socket.io buffers it until then.
      acks.push(await socket.emitWithAck(SOCKET_EVENTS.dashboardJoin, { roundId }));
      socket.close();
    }
    expect(acks).toEqual(Array.from({ length: 10 }, () => ({ ok: true })));
  });

  it('sends security headers with pages and api answers', async () => {
    const response = await fetch(`${api.url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
