import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveFinal1796546721445 implements MigrationInterface {
  name = 'LiveFinal1796546721445';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "live_finals" ("stage_id" integer NOT NULL, "running_order" integer array NOT NULL DEFAULT \'{}\', "current_entry_id" integer, "current_part" integer, "timer_seconds" integer NOT NULL DEFAULT \'0\', "timer_started_at" TIMESTAMP WITH TIME ZONE, "timer_elapsed_ms" integer NOT NULL DEFAULT \'0\', "revealed" integer array NOT NULL DEFAULT \'{}\', "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_live_finals_timer" CHECK (timer_seconds >= 0 AND timer_elapsed_ms >= 0), CONSTRAINT "ck_live_finals_current" CHECK ((current_entry_id IS NULL) = (current_part IS NULL)), CONSTRAINT "pk_live_finals" PRIMARY KEY ("stage_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "live_part_windows" ("stage_id" integer NOT NULL, "entry_id" integer NOT NULL, "part" integer NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_live_part_windows" PRIMARY KEY ("stage_id", "entry_id", "part"))',
    );
    await queryRunner.query('CREATE INDEX "ix_live_part_windows_entry" ON "live_part_windows" ("entry_id") ');
    await queryRunner.query('ALTER TABLE "entry_stages" ADD "parts" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "rubric_criteria" ADD "part" integer');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_kind"');
    await queryRunner.query(
      "ALTER TABLE \"entry_stages\" ADD CONSTRAINT \"ck_entry_stages_kind\" CHECK (kind IN ('unit_review', 'screening', 'judged', 'live_final'))",
    );
    await queryRunner.query(
      'ALTER TABLE "live_finals" ADD CONSTRAINT "fk_live_finals_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "live_part_windows" ADD CONSTRAINT "fk_live_part_windows_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "live_part_windows" ADD CONSTRAINT "fk_live_part_windows_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "live_part_windows" ADD CONSTRAINT "fk_live_part_windows_opened_by" FOREIGN KEY ("opened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "live_part_windows" DROP CONSTRAINT "fk_live_part_windows_opened_by"',
    );
    await queryRunner.query('ALTER TABLE "live_part_windows" DROP CONSTRAINT "fk_live_part_windows_entry"');
    await queryRunner.query('ALTER TABLE "live_part_windows" DROP CONSTRAINT "fk_live_part_windows_stage"');
    await queryRunner.query('ALTER TABLE "live_finals" DROP CONSTRAINT "fk_live_finals_stage"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_kind"');
    await queryRunner.query(
      "ALTER TABLE \"entry_stages\" ADD CONSTRAINT \"ck_entry_stages_kind\" CHECK (kind IN ('unit_review', 'screening', 'judged'))",
    );
    await queryRunner.query('ALTER TABLE "rubric_criteria" DROP COLUMN "part"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "parts"');
    await queryRunner.query('DROP INDEX "public"."ix_live_part_windows_entry"');
    await queryRunner.query('DROP TABLE "live_part_windows"');
    await queryRunner.query('DROP TABLE "live_finals"');
  }
}
