import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizerConsole1795322871986 implements MigrationInterface {
  name = 'OrganizerConsole1795322871986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" integer NOT NULL, "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" integer, "reason" text, "before" jsonb, "after" jsonb, CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exports" ("id" SERIAL NOT NULL, "kind" character varying(32) NOT NULL, "request" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'queued\', "progress" double precision NOT NULL DEFAULT \'0\', "rows" integer NOT NULL DEFAULT \'0\', "file_name" character varying(255) NOT NULL, "byte_size" integer, "error" text, "created_by" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_exports_status" CHECK (status IN (\'queued\', \'running\', \'done\', \'failed\')), CONSTRAINT "pk_exports" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_exports_created_by" ON "exports" ("created_by", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "export_chunks" ("export_id" integer NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "pk_export_chunks" PRIMARY KEY ("export_id", "seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "attempt_overrides" ("id" SERIAL NOT NULL, "round_id" integer NOT NULL, "user_id" integer NOT NULL, "extra_seconds" integer NOT NULL DEFAULT \'0\', "extra_attempts" integer NOT NULL DEFAULT \'0\', "reason" text NOT NULL, "granted_by" integer NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attempt_overrides_amounts" CHECK (extra_seconds >= 0 AND extra_attempts >= 0), CONSTRAINT "pk_attempt_overrides" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_attempt_overrides_round_user" ON "attempt_overrides" ("round_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_stats" ("round_id" integer NOT NULL, "question_id" integer NOT NULL, "shown" integer NOT NULL, "facility" double precision NOT NULL, "discrimination" double precision, "option_counts" jsonb NOT NULL, "flags" jsonb NOT NULL, CONSTRAINT "pk_question_stats" PRIMARY KEY ("round_id", "question_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "round_results" ("round_id" integer NOT NULL, "rank" integer NOT NULL, "user_id" integer NOT NULL, "unit_id" integer, "attempt_id" integer NOT NULL, "score" smallint NOT NULL, "prediction" integer, "prediction_distance" integer, "time_taken_ms" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prize" character varying(16), CONSTRAINT "ck_round_results_prize" CHECK (prize IS NULL OR prize IN (\'first\', \'second\', \'third\', \'encouragement\')), CONSTRAINT "pk_round_results" PRIMARY KEY ("round_id", "rank"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_round_results_prize" ON "round_results" ("round_id", "prize") WHERE prize IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_round_results_user" ON "round_results" ("round_id", "user_id") ',
    );
    await queryRunner.query('ALTER TABLE "contests" ADD "topics" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query(
      'ALTER TABLE "contests" ADD "prize_counts" jsonb NOT NULL DEFAULT \'{"first":0,"second":0,"third":0,"encouragement":0}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "contests" ADD "one_prize_per_person" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "rounds" ADD "finalised_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "rounds" ADD "finalised_by" integer');
    await queryRunner.query('ALTER TABLE "rounds" ADD "finalise_version" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "rounds" ADD "true_value" integer');
    await queryRunner.query('ALTER TABLE "rounds" ADD "published_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "attempt_overrides" ADD CONSTRAINT "fk_attempt_overrides_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempt_overrides" ADD CONSTRAINT "fk_attempt_overrides_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempt_overrides" ADD CONSTRAINT "fk_attempt_overrides_granted_by" FOREIGN KEY ("granted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_stats" ADD CONSTRAINT "fk_question_stats_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_results" ADD CONSTRAINT "fk_round_results_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "round_results" DROP CONSTRAINT "fk_round_results_round"');
    await queryRunner.query('ALTER TABLE "question_stats" DROP CONSTRAINT "fk_question_stats_round"');
    await queryRunner.query(
      'ALTER TABLE "attempt_overrides" DROP CONSTRAINT "fk_attempt_overrides_granted_by"',
    );
    await queryRunner.query('ALTER TABLE "attempt_overrides" DROP CONSTRAINT "fk_attempt_overrides_user"');
    await queryRunner.query('ALTER TABLE "attempt_overrides" DROP CONSTRAINT "fk_attempt_overrides_round"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "published_at"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "true_value"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "finalise_version"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "finalised_by"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "finalised_at"');
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "one_prize_per_person"');
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "prize_counts"');
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "topics"');
    await queryRunner.query('DROP INDEX "public"."uq_round_results_user"');
    await queryRunner.query('DROP INDEX "public"."ix_round_results_prize"');
    await queryRunner.query('DROP TABLE "round_results"');
    await queryRunner.query('DROP TABLE "question_stats"');
    await queryRunner.query('DROP INDEX "public"."ix_attempt_overrides_round_user"');
    await queryRunner.query('DROP TABLE "attempt_overrides"');
    await queryRunner.query('DROP TABLE "export_chunks"');
    await queryRunner.query('DROP INDEX "public"."ix_exports_created_by"');
    await queryRunner.query('DROP TABLE "exports"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
