import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackScope1796543675600 implements MigrationInterface {
  name = 'TrackScope1796543675600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "entry_tracks" ADD "scope_unit_id" integer');
    await queryRunner.query(
      'ALTER TABLE "entry_tracks" ADD CONSTRAINT "fk_entry_tracks_scope_unit" FOREIGN KEY ("scope_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "entry_tracks" DROP CONSTRAINT "fk_entry_tracks_scope_unit"');
    await queryRunner.query('ALTER TABLE "entry_tracks" DROP COLUMN "scope_unit_id"');
  }
}
