import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StageMoves1796542275676 implements MigrationInterface {
  name = 'StageMoves1796542275676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stage_moves" ("id" SERIAL NOT NULL, "stage_id" integer NOT NULL, "entry_id" integer NOT NULL, "state" character varying(16) NOT NULL, "moved_by" integer, "reason" text NOT NULL, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stage_moves_state" CHECK (state IN (\'in\', \'out\')), CONSTRAINT "pk_stage_moves" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stage_moves_entry" ON "stage_moves" ("entry_id") ');
    await queryRunner.query(
      'ALTER TABLE "stage_moves" ADD CONSTRAINT "fk_stage_moves_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stage_moves" ADD CONSTRAINT "fk_stage_moves_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The moves made so far, one line each (as they stand now: earlier overwritten moves are gone).
    await queryRunner.query(
      `INSERT INTO "stage_moves" ("stage_id", "entry_id", "state", "moved_by", "reason", "moved_at")
       SELECT stage_id, entry_id, state, moved_by, reason, moved_at FROM stage_entries ORDER BY moved_at`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stage_moves" DROP CONSTRAINT "fk_stage_moves_entry"');
    await queryRunner.query('ALTER TABLE "stage_moves" DROP CONSTRAINT "fk_stage_moves_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_stage_moves_entry"');
    await queryRunner.query('DROP TABLE "stage_moves"');
  }
}
