import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StageWindowAndKind1796531614600 implements MigrationInterface {
  name = 'StageWindowAndKind1796531614600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "kind" character varying(16) NOT NULL DEFAULT \'judged\'',
    );
    await queryRunner.query('ALTER TABLE "entry_stages" ADD "opens_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "entry_stages" ADD "closes_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "ck_entry_stages_window" CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "ck_entry_stages_kind" CHECK (kind IN (\'judged\'))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_kind"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_window"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "closes_at"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "opens_at"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "kind"');
  }
}
