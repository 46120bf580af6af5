import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Batcher } from '../common/batcher';
import { Sql } from '../database/sql';
import type { SessionUser } from './current-user';

export const SESSION_COOKIE = 'sid';

/** The session token in a Cookie header, for code that runs before the cookie plugin (hooks, sockets). */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined; // a mangled cookie is no session
    }
  }
  return undefined;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const MAX_CACHED_SESSIONS = 100_000;

/**
 * Sessions live in Postgres. A resolved session is remembered in process for a few seconds
 * (SESSION_CACHE_MS), because every autosave carries the cookie and the lookup would otherwise
 * be half the database work of a deadline rush. Logging out forgets it here at once; another
 * api copy may honour the old cookie for at most that many seconds.
 */
@Injectable()
export class SessionsService {
  private readonly cache = new Map<string, { user: SessionUser | null; until: number }>();
  private readonly lookups = new Batcher<string, SessionUser | null>({
    run: (hashes) => this.lookUp(hashes),
    maxSize: 500,
    maxInFlight: 2,
  });

  constructor(
    private readonly sql: Sql,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Opens a session and returns the token for the cookie (only its hash is stored). */
  async open(userId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.env.SESSION_TTL_HOURS * 3600_000);
    await this.sql.query(
      'session-open',
      'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)',
      [hashToken(token), userId, expiresAt],
    );
    return { token, expiresAt };
  }

  async close(token: string): Promise<void> {
    const hash = hashToken(token);
    this.cache.delete(hash);
    await this.sql.query('session-close', 'DELETE FROM sessions WHERE token_hash = $1', [hash]);
  }

  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 100) return null;
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached && cached.until > Date.now()) return cached.user;
    const user = await this.lookups.load(hash);
    if (this.env.SESSION_CACHE_MS > 0) {
      if (this.cache.size >= MAX_CACHED_SESSIONS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(hash, { user, until: Date.now() + this.env.SESSION_CACHE_MS });
    }
    return user;
  }

  /**
   * The sessions of many tokens (by hash) in one statement: a round's opening brings thousands at
   * once. The array has the column's type, char(64), so the lookup can use its index.
   */
  private async lookUp(hashes: string[]): Promise<(SessionUser | null)[]> {
    const rows = await this.sql.query<SessionUser & { hash: string }>(
      'sessions-resolve',
      `SELECT s.token_hash AS hash, u.id, u.full_name AS "fullName", u.login, u.role, u.unit_id AS "unitId",
              un.name AS "unitName", un.path AS "unitPath"
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN units un ON un.id = u.unit_id
        WHERE s.token_hash = ANY($1::char(64)[]) AND s.expires_at > now()`,
      [hashes],
      this.sql.pool, // a batch belongs to no caller's transaction
    );
    const byHash = new Map(rows.map(({ hash, ...user }) => [hash, user]));
    return hashes.map((h) => byHash.get(h) ?? null);
  }
}
