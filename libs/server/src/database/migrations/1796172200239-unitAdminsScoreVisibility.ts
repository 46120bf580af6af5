import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitAdminsScoreVisibility1796172200239 implements MigrationInterface {
  name = 'UnitAdminsScoreVisibility1796172200239';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "contests" ADD "unit_admins_compete" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "contests" ADD "public_ranking_names" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD "score_visibility" character varying(16) NOT NULL DEFAULT \'after_grading\'',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD CONSTRAINT "ck_rounds_score_visibility" CHECK (score_visibility IN (\'after_grading\', \'after_close\'))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "rounds" DROP CONSTRAINT "ck_rounds_score_visibility"');
    await queryRunner.query('ALTER TABLE "rounds" DROP COLUMN "score_visibility"');
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "public_ranking_names"');
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "unit_admins_compete"');
  }
}
