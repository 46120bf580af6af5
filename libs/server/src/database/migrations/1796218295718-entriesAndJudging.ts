import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EntriesAndJudging1796218295718 implements MigrationInterface {
  name = 'EntriesAndJudging1796218295718';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "entry_tracks" ("id" SERIAL NOT NULL, "contest_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "rules_text" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitter" character varying(16) NOT NULL, "entries_per_unit" integer NOT NULL, "topics" jsonb NOT NULL, "allow_files" boolean NOT NULL, "allow_links" boolean NOT NULL, "max_megabytes" integer NOT NULL, "max_duration_seconds" integer NOT NULL, "formats" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entry_tracks_window" CHECK (closes_at > opens_at), CONSTRAINT "ck_entry_tracks_submitter" CHECK (submitter IN (\'unit_admin\', \'participant\')), CONSTRAINT "ck_entry_tracks_kind" CHECK (kind IN (\'clip\', \'initiative\')), CONSTRAINT "pk_entry_tracks" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_entry_tracks_contest_id" ON "entry_tracks" ("contest_id") ');
    await queryRunner.query(
      'CREATE TABLE "entries" ("id" SERIAL NOT NULL, "track_id" integer NOT NULL, "unit_id" integer NOT NULL, "submitted_by" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "topic" character varying(120), "authors" jsonb NOT NULL, "link_url" character varying(500), "status" character varying(16) NOT NULL DEFAULT \'draft\', "screening" character varying(16) NOT NULL DEFAULT \'pending\', "screening_reason" text, "screened_by" integer, "screened_at" TIMESTAMP WITH TIME ZONE, "file_id" integer, "submitted_at" TIMESTAMP WITH TIME ZONE, "vote_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entries_vote_count" CHECK (vote_count >= 0), CONSTRAINT "ck_entries_screening" CHECK (screening IN (\'pending\', \'accepted\', \'rejected\')), CONSTRAINT "ck_entries_status" CHECK (status IN (\'draft\', \'processing\', \'submitted\', \'withdrawn\')), CONSTRAINT "pk_entries" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_entries_track_unit" ON "entries" ("track_id", "unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "entry_files" ("id" SERIAL NOT NULL, "entry_id" integer NOT NULL, "upload_id" character varying(64) NOT NULL, "uploaded_by" integer NOT NULL, "original_name" character varying(255) NOT NULL, "bytes" bigint NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'uploading\', "rejection" character varying(16), "rejection_detail" text, "sha256" character varying(64), "duration_seconds" double precision, "width" integer, "height" integer, "video_codec" character varying(32), "audio_codec" character varying(32), "original_key" character varying(200), "video_key" character varying(200), "thumbnail_key" character varying(200), "processing_ms" integer, "ffmpeg_ms" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_entry_files_rejection" CHECK (rejection IS NULL OR rejection IN (\'empty\', \'not_video\', \'audio_only\', \'truncated\', \'too_long\', \'unreadable\')), CONSTRAINT "ck_entry_files_status" CHECK (status IN (\'uploading\', \'processing\', \'ready\', \'failed\')), CONSTRAINT "pk_entry_files" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_entry_files_upload_id" ON "entry_files" ("upload_id") ');
    await queryRunner.query('CREATE INDEX "ix_entry_files_sha256" ON "entry_files" ("sha256") ');
    await queryRunner.query('CREATE INDEX "ix_entry_files_entry_id" ON "entry_files" ("entry_id") ');
    await queryRunner.query(
      'CREATE TABLE "entry_stages" ("id" SERIAL NOT NULL, "track_id" integer NOT NULL, "position" integer NOT NULL, "name" character varying(120) NOT NULL, "aggregation" character varying(16) NOT NULL DEFAULT \'mean\', "judges_per_entry" integer NOT NULL DEFAULT \'3\', "vote_points" numeric(7,2) NOT NULL DEFAULT \'0\', "votes_open_at" TIMESTAMP WITH TIME ZONE, "votes_close_at" TIMESTAMP WITH TIME ZONE, "tie_breaks" jsonb NOT NULL, "prizes" jsonb NOT NULL, "seed" character varying(64) NOT NULL, "judging_started_at" TIMESTAMP WITH TIME ZONE, "locked_at" TIMESTAMP WITH TIME ZONE, "locked_by" integer, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entry_stages_published_after_lock" CHECK (published_at IS NULL OR locked_at IS NOT NULL), CONSTRAINT "ck_entry_stages_aggregation" CHECK (aggregation IN (\'mean\', \'trimmed_mean\', \'z_score\')), CONSTRAINT "pk_entry_stages" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_entry_stages_track_position" ON "entry_stages" ("track_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "rubric_criteria" ("id" SERIAL NOT NULL, "stage_id" integer NOT NULL, "position" integer NOT NULL, "name" character varying(120) NOT NULL, "max_points" numeric(7,2) NOT NULL, "guidance" text NOT NULL, CONSTRAINT "ck_rubric_criteria_max_points" CHECK (max_points > 0), CONSTRAINT "pk_rubric_criteria" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_rubric_criteria_stage_id" ON "rubric_criteria" ("stage_id") ');
    await queryRunner.query(
      'CREATE TABLE "judge_assignments" ("id" SERIAL NOT NULL, "stage_id" integer NOT NULL, "entry_id" integer NOT NULL, "judge_id" integer NOT NULL, "source" character varying(8) NOT NULL, "conflict_reason" text, "conflict_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_judge_assignments_source" CHECK (source IN (\'manual\', \'auto\')), CONSTRAINT "pk_judge_assignments" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_judge_assignments_judge" ON "judge_assignments" ("judge_id", "stage_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_judge_assignments_stage_entry_judge" ON "judge_assignments" ("stage_id", "entry_id", "judge_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "judge_scores" ("assignment_id" integer NOT NULL, "criterion_id" integer NOT NULL, "entry_id" integer NOT NULL, "points" numeric(7,2) NOT NULL, "comment" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_judge_scores_points" CHECK (points >= 0), CONSTRAINT "pk_judge_scores" PRIMARY KEY ("assignment_id", "criterion_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_judge_scores_entry" ON "judge_scores" ("entry_id") ');
    await queryRunner.query(
      'CREATE TABLE "entry_votes" ("entry_id" integer NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_entry_votes" PRIMARY KEY ("entry_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stage_results" ("stage_id" integer NOT NULL, "standings" jsonb NOT NULL, "published_by" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_stage_results" PRIMARY KEY ("stage_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_tracks" ADD CONSTRAINT "fk_entry_tracks_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_track" FOREIGN KEY ("track_id") REFERENCES "entry_tracks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_screened_by" FOREIGN KEY ("screened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_file" FOREIGN KEY ("file_id") REFERENCES "entry_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_files" ADD CONSTRAINT "fk_entry_files_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_files" ADD CONSTRAINT "fk_entry_files_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "fk_entry_stages_track" FOREIGN KEY ("track_id") REFERENCES "entry_tracks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "fk_entry_stages_locked_by" FOREIGN KEY ("locked_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rubric_criteria" ADD CONSTRAINT "fk_rubric_criteria_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "judge_assignments" ADD CONSTRAINT "fk_judge_assignments_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "judge_assignments" ADD CONSTRAINT "fk_judge_assignments_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "judge_assignments" ADD CONSTRAINT "fk_judge_assignments_judge" FOREIGN KEY ("judge_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "judge_scores" ADD CONSTRAINT "fk_judge_scores_assignment" FOREIGN KEY ("assignment_id") REFERENCES "judge_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "judge_scores" ADD CONSTRAINT "fk_judge_scores_criterion" FOREIGN KEY ("criterion_id") REFERENCES "rubric_criteria"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_votes" ADD CONSTRAINT "fk_entry_votes_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_votes" ADD CONSTRAINT "fk_entry_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stage_results" ADD CONSTRAINT "fk_stage_results_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stage_results" ADD CONSTRAINT "fk_stage_results_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stage_results" DROP CONSTRAINT "fk_stage_results_published_by"');
    await queryRunner.query('ALTER TABLE "stage_results" DROP CONSTRAINT "fk_stage_results_stage"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP CONSTRAINT "fk_entry_votes_user"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP CONSTRAINT "fk_entry_votes_entry"');
    await queryRunner.query('ALTER TABLE "judge_scores" DROP CONSTRAINT "fk_judge_scores_criterion"');
    await queryRunner.query('ALTER TABLE "judge_scores" DROP CONSTRAINT "fk_judge_scores_assignment"');
    await queryRunner.query('ALTER TABLE "judge_assignments" DROP CONSTRAINT "fk_judge_assignments_judge"');
    await queryRunner.query('ALTER TABLE "judge_assignments" DROP CONSTRAINT "fk_judge_assignments_entry"');
    await queryRunner.query('ALTER TABLE "judge_assignments" DROP CONSTRAINT "fk_judge_assignments_stage"');
    await queryRunner.query('ALTER TABLE "rubric_criteria" DROP CONSTRAINT "fk_rubric_criteria_stage"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "fk_entry_stages_locked_by"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "fk_entry_stages_track"');
    await queryRunner.query('ALTER TABLE "entry_files" DROP CONSTRAINT "fk_entry_files_uploaded_by"');
    await queryRunner.query('ALTER TABLE "entry_files" DROP CONSTRAINT "fk_entry_files_entry"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_file"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_screened_by"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_submitted_by"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_unit"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_track"');
    await queryRunner.query('ALTER TABLE "entry_tracks" DROP CONSTRAINT "fk_entry_tracks_contest"');
    await queryRunner.query('DROP TABLE "stage_results"');
    await queryRunner.query('DROP TABLE "entry_votes"');
    await queryRunner.query('DROP INDEX "public"."ix_judge_scores_entry"');
    await queryRunner.query('DROP TABLE "judge_scores"');
    await queryRunner.query('DROP INDEX "public"."uq_judge_assignments_stage_entry_judge"');
    await queryRunner.query('DROP INDEX "public"."ix_judge_assignments_judge"');
    await queryRunner.query('DROP TABLE "judge_assignments"');
    await queryRunner.query('DROP INDEX "public"."ix_rubric_criteria_stage_id"');
    await queryRunner.query('DROP TABLE "rubric_criteria"');
    await queryRunner.query('DROP INDEX "public"."uq_entry_stages_track_position"');
    await queryRunner.query('DROP TABLE "entry_stages"');
    await queryRunner.query('DROP INDEX "public"."ix_entry_files_entry_id"');
    await queryRunner.query('DROP INDEX "public"."ix_entry_files_sha256"');
    await queryRunner.query('DROP INDEX "public"."uq_entry_files_upload_id"');
    await queryRunner.query('DROP TABLE "entry_files"');
    await queryRunner.query('DROP INDEX "public"."ix_entries_track_unit"');
    await queryRunner.query('DROP TABLE "entries"');
    await queryRunner.query('DROP INDEX "public"."ix_entry_tracks_contest_id"');
    await queryRunner.query('DROP TABLE "entry_tracks"');
  }
}
