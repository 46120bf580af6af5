import { Injectable } from '@nestjs/common';

import { Sql } from '../database/sql';
import type { StoredPaperItem } from './attempt.entity';

/** What never changes once an attempt has started. */
export interface AttemptStatic {
  id: number;
  userId: number;
  roundId: number;
  paper: StoredPaperItem[];
  deadline: Date;
}

const MAX_ENTRIES = 50_000;

/**
 * Papers of attempts in progress, kept in process so an autosave validates without reading
 * the attempt back. Safe in every api copy: the cached fields never change after the start,
 * and whatever does change (the status) is checked by the write itself.
 */
@Injectable()
export class AttemptPaperCache {
  private readonly entries = new Map<number, AttemptStatic>();

  constructor(private readonly sql: Sql) {}

  remember(attempt: AttemptStatic): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(attempt.id, attempt);
  }

  /** The attempt if it belongs to this user, else null (another's attempt looks missing). */
  async get(userId: number, attemptId: number): Promise<AttemptStatic | null> {
    let attempt = this.entries.get(attemptId);
    if (!attempt) {
      const [row] = await this.sql.query<AttemptStatic>(
        'attempt-static',
        `SELECT id, user_id AS "userId", round_id AS "roundId", paper, deadline
           FROM attempts WHERE id = $1`,
        [attemptId],
      );
      if (!row) return null;
      attempt = row;
      this.remember(row);
    }
    return attempt.userId === userId ? attempt : null;
  }
}
