import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Units, accounts, contests, the question bank, rounds, attempts and their answers. */
export class InitialSchema1763776000000 implements MigrationInterface {
  name = 'InitialSchema1763776000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "units" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(255) NOT NULL, "name_folded" character varying(255) NOT NULL, "level" character varying(32) NOT NULL, "parent_id" integer, "path" character varying(512) NOT NULL, "headcount" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_units_headcount" CHECK (headcount >= 0), CONSTRAINT "ck_units_level" CHECK (level IN (\'province\', \'central_agency\', \'department\', \'district\', \'commune\', \'school\', \'other\')), CONSTRAINT "pk_units" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_units_code" ON "units" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_units_parent_id" ON "units" ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_units_path" ON "units" ("path") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" SERIAL NOT NULL, "full_name" character varying(120) NOT NULL, "login" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(16) NOT NULL, "unit_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_users_unit_admin_has_unit" CHECK (role <> \'unit_admin\' OR unit_id IS NOT NULL), CONSTRAINT "ck_users_role" CHECK (role IN (\'participant\', \'unit_admin\', \'organizer\', \'judge\')), CONSTRAINT "pk_users" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_login" ON "users" ("login") ');
    await queryRunner.query('CREATE INDEX "ix_users_unit_id" ON "users" ("unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "contests" ("id" SERIAL NOT NULL, "name" character varying(255) NOT NULL, "year" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_contests" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rounds" ("id" SERIAL NOT NULL, "contest_id" integer NOT NULL, "week_number" integer NOT NULL, "name" character varying(255) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "question_count" integer NOT NULL, "time_limit_seconds" integer NOT NULL, "selection" jsonb NOT NULL, "shuffle_questions" boolean NOT NULL DEFAULT true, "shuffle_options" boolean NOT NULL DEFAULT true, "attempts_allowed" integer NOT NULL DEFAULT \'1\', "counted_attempt" character varying(8) NOT NULL DEFAULT \'best\', "prediction_enabled" boolean NOT NULL DEFAULT false, "prediction_prompt" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rounds_counted_attempt" CHECK (counted_attempt IN (\'best\', \'first\')), CONSTRAINT "ck_rounds_limits" CHECK (question_count > 0 AND time_limit_seconds > 0 AND attempts_allowed > 0), CONSTRAINT "ck_rounds_window" CHECK (closes_at > opens_at), CONSTRAINT "pk_rounds" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_rounds_opens_at" ON "rounds" ("opens_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_rounds_contest_week" ON "rounds" ("contest_id", "week_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attempts" ("id" SERIAL NOT NULL, "round_id" integer NOT NULL, "user_id" integer NOT NULL, "attempt_no" smallint NOT NULL, "seed" character varying(64) NOT NULL, "paper" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'in_progress\', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" character varying(16), "prediction" integer, "prediction_seq" bigint, "score" smallint, "time_taken_ms" integer, "graded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_attempts_graded" CHECK (status <> \'graded\' OR (score IS NOT NULL AND graded_at IS NOT NULL)), CONSTRAINT "ck_attempts_submitted" CHECK (status = \'in_progress\' OR submitted_at IS NOT NULL), CONSTRAINT "ck_attempts_submitted_by" CHECK (submitted_by IS NULL OR submitted_by IN (\'participant\', \'system\')), CONSTRAINT "ck_attempts_status" CHECK (status IN (\'in_progress\', \'submitted\', \'graded\')), CONSTRAINT "pk_attempts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_attempts_waiting_grade" ON "attempts" ("submitted_at") WHERE status = \'submitted\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_attempts_open_deadline" ON "attempts" ("deadline") WHERE status = \'in_progress\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_attempts_user_started" ON "attempts" ("user_id", "started_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_attempts_round_user_no" ON "attempts" ("round_id", "user_id", "attempt_no") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attempt_answers" ("attempt_id" integer NOT NULL, "position" smallint NOT NULL, "option" smallint, "seq" bigint NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_attempt_answers" PRIMARY KEY ("attempt_id", "position"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("token_hash" character(64) NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_sessions" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_user_id" ON "sessions" ("user_id") ');
    await queryRunner.query('CREATE INDEX "ix_sessions_expires_at" ON "sessions" ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "questions" ("id" SERIAL NOT NULL, "contest_id" integer NOT NULL, "text" text NOT NULL, "options" jsonb NOT NULL, "correct_option" smallint NOT NULL, "topic" character varying(80) NOT NULL, "difficulty" character varying(8) NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_questions_difficulty" CHECK (difficulty IN (\'easy\', \'medium\', \'hard\')), CONSTRAINT "ck_questions_correct_option" CHECK (correct_option >= 0 AND correct_option < jsonb_array_length(options)), CONSTRAINT "ck_questions_options" CHECK (jsonb_array_length(options) BETWEEN 2 AND 6), CONSTRAINT "pk_questions" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_questions_contest_topic" ON "questions" ("contest_id", "topic") ',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_parent" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD CONSTRAINT "fk_rounds_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attempt_answers" ADD CONSTRAINT "fk_attempt_answers_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "attempt_answers"');
    await queryRunner.query('DROP TABLE "attempts"');
    await queryRunner.query('DROP TABLE "rounds"');
    await queryRunner.query('DROP TABLE "questions"');
    await queryRunner.query('DROP TABLE "contests"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "units"');
  }
}
