import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EarlierContests1796189334513 implements MigrationInterface {
  name = 'EarlierContests1796189334513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "earlier_contests" ("id" SERIAL NOT NULL, "name" character varying(255) NOT NULL, "year" integer NOT NULL, "units" integer NOT NULL, "participants" integer, "attempts" integer NOT NULL, "weeks" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_earlier_contests_counts" CHECK (units >= 0 AND attempts >= 0 AND (participants IS NULL OR participants >= 0)), CONSTRAINT "pk_earlier_contests" PRIMARY KEY ("id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "earlier_contests"');
  }
}
