import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitsParticipation1796184130655 implements MigrationInterface {
  name = 'UnitsParticipation1796184130655';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "ck_units_headcount"');
    await queryRunner.query(
      'CREATE TABLE "roster_entries" ("id" SERIAL NOT NULL, "roster_unit_id" integer NOT NULL, "unit_id" integer NOT NULL, "full_name" character varying(120) NOT NULL, "phone" character varying(20), "email" character varying(254), "user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_roster_entries_contact" CHECK (phone IS NOT NULL OR email IS NOT NULL), CONSTRAINT "pk_roster_entries" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_roster_entries_user" ON "roster_entries" ("user_id") WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_roster_entries_email" ON "roster_entries" ("email") WHERE email IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_roster_entries_phone" ON "roster_entries" ("phone") WHERE phone IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_roster_entries_unit" ON "roster_entries" ("unit_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_roster_entries_roster_unit" ON "roster_entries" ("roster_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit_headcounts" ("contest_id" integer NOT NULL, "unit_id" integer NOT NULL, "headcount" integer NOT NULL, CONSTRAINT "ck_unit_headcounts_headcount" CHECK (headcount >= 0), CONSTRAINT "pk_unit_headcounts" PRIMARY KEY ("contest_id", "unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "round_participants" ("round_id" integer NOT NULL, "user_id" integer NOT NULL, "unit_id" integer NOT NULL, "attempt_id" integer NOT NULL, "attempts" smallint NOT NULL, "score" smallint NOT NULL, "full_marks" boolean NOT NULL, CONSTRAINT "pk_round_participants" PRIMARY KEY ("round_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_round_participants_round_unit" ON "round_participants" ("round_id", "unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit_round_stats" ("round_id" integer NOT NULL, "unit_id" integer NOT NULL, "participants" integer NOT NULL, "attempts" integer NOT NULL, "score_sum" bigint NOT NULL, "full_marks" integer NOT NULL, CONSTRAINT "pk_unit_round_stats" PRIMARY KEY ("round_id", "unit_id"))',
    );
    // Headcounts become per contest: every contest so far keeps the figure the units had.
    await queryRunner.query(
      'INSERT INTO unit_headcounts (contest_id, unit_id, headcount) SELECT c.id, u.id, u.headcount FROM contests c CROSS JOIN units u',
    );
    await queryRunner.query('ALTER TABLE "units" DROP COLUMN "headcount"');
    await queryRunner.query('ALTER TABLE "units" ADD "merged_into_id" integer');
    await queryRunner.query('ALTER TABLE "units" ADD "merged_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "units" ADD "successor_id" integer');
    await queryRunner.query('ALTER TABLE "attempts" ADD "unit_id" integer');
    // Attempts so far count for their person's unit today; staff tries count for none.
    await queryRunner.query(
      "UPDATE attempts a SET unit_id = u.unit_id FROM users u WHERE u.id = a.user_id AND u.role IN ('participant', 'unit_admin')",
    );
    await queryRunner.query('CREATE INDEX "ix_units_successor_id" ON "units" ("successor_id") ');
    await queryRunner.query('CREATE INDEX "ix_attempts_round_unit" ON "attempts" ("round_id", "unit_id") ');
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "ck_units_merged" CHECK ((merged_into_id IS NULL) = (merged_at IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_merged_into" FOREIGN KEY ("merged_into_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_successor" FOREIGN KEY ("successor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_entries" ADD CONSTRAINT "fk_roster_entries_roster_unit" FOREIGN KEY ("roster_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_entries" ADD CONSTRAINT "fk_roster_entries_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_entries" ADD CONSTRAINT "fk_roster_entries_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_headcounts" ADD CONSTRAINT "fk_unit_headcounts_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_headcounts" ADD CONSTRAINT "fk_unit_headcounts_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_participants" ADD CONSTRAINT "fk_round_participants_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_participants" ADD CONSTRAINT "fk_round_participants_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_participants" ADD CONSTRAINT "fk_round_participants_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_round_stats" ADD CONSTRAINT "fk_unit_round_stats_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_round_stats" ADD CONSTRAINT "fk_unit_round_stats_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The roll-ups of the attempts graded so far: a frozen copy of stats/rollups.ts at this version.
    await queryRunner.query(`INSERT INTO round_participants (round_id, user_id, unit_id, attempt_id, attempts, score, full_marks)
      SELECT DISTINCT ON (a.round_id, a.user_id) a.round_id, a.user_id, a.unit_id, a.id,
             count(*) OVER (PARTITION BY a.round_id, a.user_id), a.score, a.score = jsonb_array_length(a.paper)
        FROM attempts a JOIN rounds r ON r.id = a.round_id
       WHERE a.status = 'graded' AND a.unit_id IS NOT NULL
       ORDER BY a.round_id, a.user_id, CASE WHEN r.counted_attempt = 'first' THEN a.submitted_at END,
                a.score DESC, a.time_taken_ms, a.submitted_at, a.id`);
    await queryRunner.query(`INSERT INTO unit_round_stats (round_id, unit_id, participants, attempts, score_sum, full_marks)
      SELECT round_id, unit_id, count(*), sum(attempts), sum(score), count(*) FILTER (WHERE full_marks)
        FROM round_participants GROUP BY round_id, unit_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "unit_round_stats" DROP CONSTRAINT "fk_unit_round_stats_unit"');
    await queryRunner.query('ALTER TABLE "unit_round_stats" DROP CONSTRAINT "fk_unit_round_stats_round"');
    await queryRunner.query(
      'ALTER TABLE "round_participants" DROP CONSTRAINT "fk_round_participants_attempt"',
    );
    await queryRunner.query('ALTER TABLE "round_participants" DROP CONSTRAINT "fk_round_participants_unit"');
    await queryRunner.query('ALTER TABLE "round_participants" DROP CONSTRAINT "fk_round_participants_round"');
    await queryRunner.query('ALTER TABLE "unit_headcounts" DROP CONSTRAINT "fk_unit_headcounts_unit"');
    await queryRunner.query('ALTER TABLE "unit_headcounts" DROP CONSTRAINT "fk_unit_headcounts_contest"');
    await queryRunner.query('ALTER TABLE "roster_entries" DROP CONSTRAINT "fk_roster_entries_user"');
    await queryRunner.query('ALTER TABLE "roster_entries" DROP CONSTRAINT "fk_roster_entries_unit"');
    await queryRunner.query('ALTER TABLE "roster_entries" DROP CONSTRAINT "fk_roster_entries_roster_unit"');
    await queryRunner.query('ALTER TABLE "attempts" DROP CONSTRAINT "fk_attempts_unit"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_successor"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_merged_into"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "ck_units_merged"');
    await queryRunner.query('DROP INDEX "public"."ix_attempts_round_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_units_successor_id"');
    await queryRunner.query('ALTER TABLE "attempts" DROP COLUMN "unit_id"');
    await queryRunner.query('ALTER TABLE "units" DROP COLUMN "successor_id"');
    await queryRunner.query('ALTER TABLE "units" DROP COLUMN "merged_at"');
    await queryRunner.query('ALTER TABLE "units" DROP COLUMN "merged_into_id"');
    await queryRunner.query('ALTER TABLE "units" ADD "headcount" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'UPDATE units u SET headcount = h.headcount FROM (SELECT DISTINCT ON (unit_id) unit_id, headcount FROM unit_headcounts ORDER BY unit_id, contest_id DESC) h WHERE h.unit_id = u.id',
    );
    await queryRunner.query('DROP TABLE "unit_round_stats"');
    await queryRunner.query('DROP INDEX "public"."ix_round_participants_round_unit"');
    await queryRunner.query('DROP TABLE "round_participants"');
    await queryRunner.query('DROP TABLE "unit_headcounts"');
    await queryRunner.query('DROP INDEX "public"."ix_roster_entries_roster_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_roster_entries_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_roster_entries_phone"');
    await queryRunner.query('DROP INDEX "public"."ix_roster_entries_email"');
    await queryRunner.query('DROP INDEX "public"."uq_roster_entries_user"');
    await queryRunner.query('DROP TABLE "roster_entries"');
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "ck_units_headcount" CHECK ((headcount >= 0))',
    );
  }
}
