import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VotesPolicy1796528251966 implements MigrationInterface {
  name = 'VotesPolicy1796528251966';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "voters" character varying(16) NOT NULL DEFAULT \'registered\'',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "votes_exclude_own_unit" boolean NOT NULL DEFAULT true',
    );
    await queryRunner.query('ALTER TABLE "entry_stages" ADD "votes_per_account" integer');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "votes_per_ip_per_hour" integer NOT NULL DEFAULT \'300\'',
    );
    await queryRunner.query('ALTER TABLE "entry_votes" ADD "ip" character varying(45)');
    await queryRunner.query('ALTER TABLE "entry_votes" ADD "voided_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "entry_votes" ADD "voided_by" integer');
    await queryRunner.query('ALTER TABLE "entry_votes" ADD "void_reason" character varying(500)');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "ck_entry_stages_voters" CHECK (voters IN (\'registered\', \'rostered\'))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_voters"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP COLUMN "void_reason"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP COLUMN "voided_by"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP COLUMN "voided_at"');
    await queryRunner.query('ALTER TABLE "entry_votes" DROP COLUMN "ip"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "votes_per_ip_per_hour"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "votes_per_account"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "votes_exclude_own_unit"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "voters"');
  }
}
