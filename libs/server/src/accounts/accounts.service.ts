import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import type { LoginRequest, RegisterRequest, User } from '@contest/contracts';

import { apiError, conflict, unprocessable } from '../http/api-error';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { linkRegisteredAccount } from '../units/roster-link';
import { UnitChanges } from '../units/unit-changes';
import type { SessionUser } from './current-user';
import { hashPassword, verifyPassword } from './password';

// Verifying against a real hash when the login is unknown keeps the timing of both answers alike.
let decoyHash: Promise<string> | undefined;

@Injectable()
export class AccountsService {
  constructor(
    private readonly sql: Sql,
    private readonly unitChanges: UnitChanges,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async register(input: RegisterRequest): Promise<number> {
    const [unit] = await this.sql.query<{ name: string; mergedInto: string | null }>(
      'unit-exists',
      'SELECT u.name, s.name AS "mergedInto" FROM units u LEFT JOIN units s ON s.id = u.successor_id WHERE u.id = $1',
      [input.unitId],
    );
    if (!unit) throw unprocessable('unit_does_not_exist');
    if (unit.mergedInto !== null)
      throw unprocessable('unit_merged', { name: unit.name, into: unit.mergedInto });
    const passwordHash = await hashPassword(input.password, this.env.SCRYPT_LOG_N);
    const rows = await this.sql.query<{ id: number }>(
      'user-register',
      `INSERT INTO users (full_name, login, password_hash, role, unit_id)
       VALUES ($1, $2, $3, 'participant', $4)
       ON CONFLICT (login) DO NOTHING RETURNING id`,
      [input.fullName, input.login, passwordHash, input.unitId],
    );
    if (rows.length === 0) throw conflict('login_taken');
    await linkRegisteredAccount(this.sql, rows[0].id, input.login);
    await this.unitChanges.markDirty([input.unitId], []);
    return rows[0].id;
  }

  async authenticate(input: LoginRequest): Promise<number> {
    const rows = await this.sql.query<{ id: number; password_hash: string }>(
      'user-by-login',
      'SELECT id, password_hash FROM users WHERE login = $1',
      [input.login],
    );
    const stored =
      rows[0]?.password_hash ?? (await (decoyHash ??= hashPassword('decoy', this.env.SCRYPT_LOG_N)));
    const ok = await verifyPassword(input.password, stored);
    if (!ok || rows.length === 0) throw apiError(HttpStatus.UNAUTHORIZED, 'wrong_credentials');
    return rows[0].id;
  }
}

export function toUserView(u: SessionUser): User {
  return {
    id: u.id,
    fullName: u.fullName,
    login: u.login,
    role: u.role,
    unitId: u.unitId,
    unitName: u.unitName,
  };
}
