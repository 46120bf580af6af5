import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StageMembership1796531320997 implements MigrationInterface {
  name = 'StageMembership1796531320997';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stage_entries" ("stage_id" integer NOT NULL, "entry_id" integer NOT NULL, "state" character varying(16) NOT NULL, "votes" integer NOT NULL DEFAULT \'0\', "moved_by" integer, "reason" text NOT NULL, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stage_entries_votes" CHECK (votes >= 0), CONSTRAINT "ck_stage_entries_state" CHECK (state IN (\'in\', \'out\')), CONSTRAINT "pk_stage_entries" PRIMARY KEY ("stage_id", "entry_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stage_entries_entry" ON "stage_entries" ("entry_id") ');
    // Until now a track's one stage judged every accepted entry: that becomes its membership.
    await queryRunner.query(
      `INSERT INTO stage_entries (stage_id, entry_id, state, moved_by, reason, moved_at)
       SELECT s.id, e.id, 'in', e.screened_by, 'Được nhận khi sàng lọc', coalesce(e.screened_at, now())
         FROM entries e JOIN entry_stages s ON s.track_id = e.track_id AND s.position = 1
        WHERE e.status = 'submitted' AND e.screening = 'accepted'`,
    );
    // Votes belonged to entries; they now belong to the stage that took them (the track's voting stage).
    await queryRunner.query('ALTER TABLE "entry_votes" ADD "stage_id" integer');
    await queryRunner.query(
      `UPDATE entry_votes v SET stage_id = (
         SELECT s.id FROM entries e JOIN entry_stages s ON s.track_id = e.track_id
          WHERE e.id = v.entry_id ORDER BY (s.vote_points > 0) DESC, s.position LIMIT 1)`,
    );
    await queryRunner.query('DELETE FROM entry_votes WHERE stage_id IS NULL');
    await queryRunner.query('ALTER TABLE "entry_votes" ALTER COLUMN "stage_id" SET NOT NULL');
    await queryRunner.query(
      `UPDATE stage_entries m SET votes = c.n
         FROM (SELECT stage_id, entry_id, count(*)::int AS n FROM entry_votes WHERE voided_at IS NULL
                GROUP BY stage_id, entry_id) c
        WHERE c.stage_id = m.stage_id AND c.entry_id = m.entry_id`,
    );
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_vote_count"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "vote_count"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP CONSTRAINT "pk_entry_votes"');
    await queryRunner.query(
      'ALTER TABLE "entry_votes" ADD CONSTRAINT "pk_entry_votes" PRIMARY KEY ("user_id", "entry_id", "stage_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "stage_entries" ADD CONSTRAINT "fk_stage_entries_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stage_entries" ADD CONSTRAINT "fk_stage_entries_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_votes" ADD CONSTRAINT "fk_entry_votes_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "entry_votes" DROP CONSTRAINT "fk_entry_votes_stage"');
    await queryRunner.query('ALTER TABLE "stage_entries" DROP CONSTRAINT "fk_stage_entries_entry"');
    await queryRunner.query('ALTER TABLE "stage_entries" DROP CONSTRAINT "fk_stage_entries_stage"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP CONSTRAINT "pk_entry_votes"');
    await queryRunner.query(
      'ALTER TABLE "entry_votes" ADD CONSTRAINT "pk_entry_votes" PRIMARY KEY ("user_id", "entry_id")',
    );
    await queryRunner.query('ALTER TABLE "entry_votes" DROP COLUMN "stage_id"');
    await queryRunner.query('ALTER TABLE "entries" ADD "vote_count" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      `UPDATE entries e SET vote_count = m.votes FROM stage_entries m WHERE m.entry_id = e.id AND m.votes > 0`,
    );
    await queryRunner.query('DROP INDEX "public"."ix_stage_entries_entry"');
    await queryRunner.query('DROP TABLE "stage_entries"');
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "ck_entries_vote_count" CHECK ((vote_count >= 0))',
    );
  }
}
