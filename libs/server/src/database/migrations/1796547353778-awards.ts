import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Awards1796547353778 implements MigrationInterface {
  name = 'Awards1796547353778';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "interaction_counts" ("stage_id" integer NOT NULL, "entry_id" integer NOT NULL, "likes" integer NOT NULL, "shares" integer NOT NULL, "entered_by" integer NOT NULL, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_interaction_counts_nonnegative" CHECK (likes >= 0 AND shares >= 0), CONSTRAINT "pk_interaction_counts" PRIMARY KEY ("stage_id", "entry_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "track_results" ("track_id" integer NOT NULL, "results" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" integer NOT NULL, CONSTRAINT "pk_track_results" PRIMARY KEY ("track_id"))',
    );
    await queryRunner.query('ALTER TABLE "entry_tracks" ADD "award_rules" jsonb');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "public_source" character varying(8) NOT NULL DEFAULT \'votes\'',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "ck_entry_stages_public_source" CHECK (public_source IN (\'votes\', \'counts\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_counts" ADD CONSTRAINT "fk_interaction_counts_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_counts" ADD CONSTRAINT "fk_interaction_counts_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_counts" ADD CONSTRAINT "fk_interaction_counts_entered_by" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "track_results" ADD CONSTRAINT "fk_track_results_track" FOREIGN KEY ("track_id") REFERENCES "entry_tracks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "track_results" ADD CONSTRAINT "fk_track_results_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "track_results" DROP CONSTRAINT "fk_track_results_published_by"');
    await queryRunner.query('ALTER TABLE "track_results" DROP CONSTRAINT "fk_track_results_track"');
    await queryRunner.query(
      'ALTER TABLE "interaction_counts" DROP CONSTRAINT "fk_interaction_counts_entered_by"',
    );
    await queryRunner.query('ALTER TABLE "interaction_counts" DROP CONSTRAINT "fk_interaction_counts_entry"');
    await queryRunner.query('ALTER TABLE "interaction_counts" DROP CONSTRAINT "fk_interaction_counts_stage"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_public_source"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "public_source"');
    await queryRunner.query('ALTER TABLE "entry_tracks" DROP COLUMN "award_rules"');
    await queryRunner.query('DROP TABLE "track_results"');
    await queryRunner.query('DROP TABLE "interaction_counts"');
  }
}
