import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import type { DataSource } from 'typeorm';

import { createUser, testDb } from '@contest/server/testing';
import { startApi, type RunningApi } from './test-support/start-api';

describe('accounts', () => {
  let db: DataSource;
  let api: RunningApi;

  beforeAll(async () => {
    db = await testDb();
    api = await startApi({ RATE_LOGIN_PER_ACCOUNT: '5', RATE_LOGIN_PER_IP: '1000' });
  });
  afterAll(async () => {
    await api.close();
    await db.destroy();
  });

  it('finds a unit by its name typed without diacritics', async () => {
    const r = await api.client().get('/units?q=so%20noi%20vu');
    expect(r.status).toBe(200);
    expect(r.body.items[0]).toMatchObject({
      name: 'Sở Nội vụ',
      code: 'QA-S02',
      ancestry: ['UBND tỉnh Quảng An'],
    });
  });

  it('registers, keeps the session in an httpOnly cookie, and logs out', async () => {
    const [unit] = (await api.client().get('/units?q=phong%20noi%20vu%20dong%20son')).body.items;
    const browser = api.client();
    const login = `0987${String(Date.now()).slice(-6)}`;
    const registered = await browser.post('/auth/register', {
      fullName: 'Ngô Thị Thu',
      login,
      password: 'mat-khau-dai',
      unitId: unit.id,
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({
      login,
      role: 'participant',
      unitId: unit.id,
      unitName: unit.name,
    });
    expect((await browser.get('/auth/me')).body.user.login).toBe(login);

    const [stored] = await db.query('SELECT password_hash FROM users WHERE login = $1', [login]);
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(stored.password_hash).not.toContain('mat-khau-dai');

    expect((await browser.post('/auth/logout')).status).toBe(204);
    expect((await browser.get('/auth/me')).status).toBe(401);
  });

  it('tells apart sessions looked up together, refusing an expired and an unknown one among them', async () => {
    // No session cache, so that every one of these lookups reaches Postgres, in shared statements.
    const uncached = await startApi({ SESSION_CACHE_MS: '0', RATE_LOGIN_PER_IP: '1000' });
    try {
      const people = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const user = await createUser(db);
          const client = uncached.client();
          await client.login(user.login, user.password);
          return { user, client };
        }),
      );
      await db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
        people[7].user.id,
      ]);
      const stranger = fetch(`${uncached.url}/api/auth/me`, {
        headers: { cookie: `sid=${randomBytes(32).toString('base64url')}` },
      });
      const answers = await Promise.all(people.map(({ client }) => client.get('/auth/me')));
      expect(answers.map((a) => a.body.user?.login ?? a.status)).toEqual(
        people.map((p, i) => (i === 7 ? 401 : p.user.login)),
      );
      expect((await stranger).status).toBe(401);
    } finally {
      await uncached.close();
    }
  });

  it('sets the cookie httpOnly and SameSite', async () => {
    const user = await createUser(db);
    const response = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user.login, password: user.password }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^sid=[\w-]{40,};.*HttpOnly.*SameSite=Lax/i);
  });

  it('refuses bad registrations with a clear 4xx', async () => {
    const c = api.client();
    const badPhone = await c.post('/auth/register', {
      fullName: 'A B',
      login: '12345',
      password: 'mat-khau-dai',
      unitId: 1,
    });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.issues[0].path).toBe('login');
    const noUnit = await c.post('/auth/register', {
      fullName: 'A B',
      login: 'nobody@test.vn',
      password: 'mat-khau-dai',
      unitId: 999999,
    });
    expect(noUnit.status).toBe(422);
    const existing = await createUser(db);
    const dup = await c.post('/auth/register', {
      fullName: 'A B',
      login: existing.login,
      password: 'mat-khau-dai',
      unitId: 1,
    });
    expect(dup.status).toBe(409);
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const user = await createUser(db);
    const wrong = await api.client().post('/auth/login', { login: user.login, password: 'sai-mat-khau' });
    const unknown = await api
      .client()
      .post('/auth/login', { login: 'khong-co@test.vn', password: 'sai-mat-khau' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('limits logins per account across api copies, since the counter lives in Redis', async () => {
    const user = await createUser(db);
    const second = await startApi({ RATE_LOGIN_PER_ACCOUNT: '5', RATE_LOGIN_PER_IP: '1000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const copy = i % 2 === 0 ? api : second;
        statuses.push(
          (await copy.client().post('/auth/login', { login: user.login, password: 'sai' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const blocked = await api.client().post('/auth/login', { login: user.login, password: user.password });
      expect(blocked.status).toBe(429);
      expect(blocked.body.message).toMatch(/thử lại/);
    } finally {
      await second.close();
    }
  });

  it('limits logins per IP whatever the account', async () => {
    const tight = await startApi({ RATE_LOGIN_PER_IP: '3', REDIS_PREFIX: `iplimit${Date.now()}` });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await tight.client().post('/auth/login', { login: `x${i}@test.vn`, password: 'sai' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await tight.close();
    }
  });

  describe('without letting a stranger lock the owner out', () => {
    let proxied: RunningApi;
    beforeAll(async () => {
      proxied = await startApi({
        TRUST_PROXY: 'true',
        RATE_LOGIN_PER_ACCOUNT: '10',
        RATE_LOGIN_PER_ACCOUNT_ALL_IPS: '25',
        RATE_LOGIN_PER_IP: '1000',
        REDIS_PREFIX: `lockout${Date.now()}`,
      });
    });
    afterAll(() => proxied.close());

    const loginFrom = async (ip: string, login: string, password: string) =>
      (
        await fetch(`${proxied.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ login, password }),
        })
      ).status;

    it('bounds guessing from one address, while the owner still signs in from theirs', async () => {
      const owner = await createUser(db, { role: 'organizer' });
      const guesses: number[] = [];
      for (let i = 0; i < 11; i++) guesses.push(await loginFrom('203.0.113.7', owner.login, `sai-${i}`));
      expect(guesses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(guesses[10]).toBe(429);
      // Even the right password is refused to the guesser until the window passes…
      expect(await loginFrom('203.0.113.7', owner.login, owner.password)).toBe(429);
      // …and the owner, elsewhere, is not locked out.
      expect(await loginFrom('198.51.100.20', owner.login, owner.password)).toBe(200);
    });

    it('does not count refused tries, so hammering from one address never reaches the all-IPs ceiling', async () => {
      const owner = await createUser(db);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push(await loginFrom('203.0.113.99', owner.login, `sai-${i}`));
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(await loginFrom('198.51.100.40', owner.login, owner.password)).toBe(200);
    });

    it('stops guessing spread over many addresses at a far higher ceiling, and does not count right passwords', async () => {
      const owner = await createUser(db);
      for (let i = 0; i < 12; i++)
        expect(await loginFrom('198.51.100.30', owner.login, owner.password)).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 26; i++)
        statuses.push(await loginFrom(`192.0.2.${i % 5}`, owner.login, `sai-${i}`));
      expect(statuses.slice(0, 25).every((s) => s === 401)).toBe(true);
      expect(statuses[25]).toBe(429);
    });
  });

  it('refuses short, blank and common passwords at registration, saying which rule', async () => {
    const [unit] = (await api.client().get('/units?q=so%20noi%20vu')).body.items;
    const tryPassword = (password: string) =>
      api.client().post('/auth/register', {
        fullName: 'Lê Văn Mật',
        login: `pw${Date.now()}${Math.random().toString(36).slice(2, 6)}@test.vn`,
        password,
        unitId: unit.id,
      });
    for (const [password, reason] of [
      ['12345678', 'password_common'],
      ['MatKhau123', 'password_common'],
      ['          ', 'password_blank'],
      ['  abc     ', 'password_blank'],
    ]) {
      const refused = await tryPassword(password);
      expect(refused.status).toBe(400);
      expect(refused.body.issues[0]).toMatchObject({ path: 'password', params: { reason } });
    }
    expect((await tryPassword('short')).body.issues[0]).toMatchObject({
      path: 'password',
      code: 'too_small',
    });
    expect((await tryPassword('ba con meo con')).status).toBe(201);
  });

  it('limits registrations per address', async () => {
    const tight = await startApi({ RATE_REGISTER_PER_IP: '2', REDIS_PREFIX: `reglimit${Date.now()}` });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await tight.client().post('/auth/register', {
              fullName: 'Người thử đăng ký',
              login: `reg${Date.now()}x${i}@test.vn`,
              password: 'mat-khau-dai',
              unitId: 1,
            })
          ).status,
        );
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await tight.close();
    }
  });

  it('marks the session cookie Secure everywhere but on localhost', async () => {
    const user = await createUser(db);
    // fetch sets Host itself, so the request is written by hand.
    const cookieFor = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const body = JSON.stringify({ login: user.login, password: user.password });
        const request = httpRequest(`${api.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), host },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(String(response.headers['set-cookie'] ?? ''));
        });
        request.on('error', reject);
        request.end(body);
      });
    expect(await cookieFor('thi.quangan.gov.vn')).toMatch(/;\s*Secure/i);
    expect(await cookieFor('localhost:3000')).not.toMatch(/Secure/i);
  });
});
