import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollectivePrizes1796185888636 implements MigrationInterface {
  name = 'CollectivePrizes1796185888636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "collective_results" ("contest_id" integer NOT NULL, "rule" jsonb NOT NULL, "standings" jsonb NOT NULL, "finalised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finalised_by" integer NOT NULL, "reason" text, CONSTRAINT "pk_collective_results" PRIMARY KEY ("contest_id"))',
    );
    await queryRunner.query('ALTER TABLE "contests" ADD "collective_rule" jsonb');
    await queryRunner.query(
      'ALTER TABLE "collective_results" ADD CONSTRAINT "fk_collective_results_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "collective_results" ADD CONSTRAINT "fk_collective_results_finalised_by" FOREIGN KEY ("finalised_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "collective_results" DROP CONSTRAINT "fk_collective_results_finalised_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "collective_results" DROP CONSTRAINT "fk_collective_results_contest"',
    );
    await queryRunner.query('ALTER TABLE "contests" DROP COLUMN "collective_rule"');
    await queryRunner.query('DROP TABLE "collective_results"');
  }
}
