import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitiativeEntries1796538121598 implements MigrationInterface {
  name = 'InitiativeEntries1796538121598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "initiative_register" ("id" SERIAL NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "unit_name" character varying(255) NOT NULL, "year" integer, "source" character varying(8) NOT NULL, "source_entry_id" integer, "folded_title" text NOT NULL, "folded_text" text NOT NULL, "shingles" integer array NOT NULL, "bands" integer array NOT NULL, "added_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_initiative_register_source" CHECK (source IN (\'import\', \'winner\')), CONSTRAINT "pk_initiative_register" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_initiative_register_source_entry" ON "initiative_register" ("source_entry_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "entry_attachments" ("id" SERIAL NOT NULL, "entry_id" integer NOT NULL, "stage_id" integer, "kind" character varying(8) NOT NULL, "name" character varying(255) NOT NULL, "bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entry_attachments_kind" CHECK (kind IN (\'pdf\', \'docx\', \'png\', \'jpeg\', \'webp\')), CONSTRAINT "pk_entry_attachments" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_entry_attachments_entry_id" ON "entry_attachments" ("entry_id") ',
    );
    await queryRunner.query('ALTER TABLE "entry_tracks" ADD "initiative" jsonb');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD "allows_material" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "entries" ADD "details" jsonb');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_review" character varying(16)');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_review_comment" text');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_head_name" character varying(120)');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_head_position" character varying(120)');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_reviewed_by" integer');
    await queryRunner.query('ALTER TABLE "entries" ADD "unit_reviewed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "entries" ADD "folded_title" text');
    await queryRunner.query('ALTER TABLE "entries" ADD "shingles" integer array');
    await queryRunner.query('ALTER TABLE "entries" ADD "bands" integer array');
    await queryRunner.query(
      'ALTER TABLE "entries" ADD "originality" character varying(16) NOT NULL DEFAULT \'unchecked\'',
    );
    await queryRunner.query('ALTER TABLE "entries" ADD "originality_of_entry" integer');
    await queryRunner.query('ALTER TABLE "entries" ADD "originality_of_register" integer');
    await queryRunner.query('ALTER TABLE "entries" ADD "originality_reason" text');
    await queryRunner.query('ALTER TABLE "entries" ADD "originality_by" integer');
    await queryRunner.query('ALTER TABLE "entries" ADD "originality_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "ck_entries_originality_source" CHECK (originality <> \'duplicate\' OR (originality_of_entry IS NULL) <> (originality_of_register IS NULL))',
    );
    await queryRunner.query(
      "ALTER TABLE \"entries\" ADD CONSTRAINT \"ck_entries_originality\" CHECK (originality IN ('unchecked', 'original', 'duplicate'))",
    );
    await queryRunner.query(
      "ALTER TABLE \"entries\" ADD CONSTRAINT \"ck_entries_unit_review\" CHECK (unit_review IS NULL OR unit_review IN ('pending', 'returned', 'forwarded'))",
    );
    await queryRunner.query(
      'ALTER TABLE "initiative_register" ADD CONSTRAINT "fk_initiative_register_added_by" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_unit_reviewed_by" FOREIGN KEY ("unit_reviewed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_originality_of_entry" FOREIGN KEY ("originality_of_entry") REFERENCES "entries"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_originality_of_register" FOREIGN KEY ("originality_of_register") REFERENCES "initiative_register"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_originality_by" FOREIGN KEY ("originality_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_attachments" ADD CONSTRAINT "fk_entry_attachments_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_attachments" ADD CONSTRAINT "fk_entry_attachments_stage" FOREIGN KEY ("stage_id") REFERENCES "entry_stages"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_attachments" ADD CONSTRAINT "fk_entry_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Stage kinds grew (TypeORM does not see a CHECK's text change).
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_kind"');
    await queryRunner.query(
      "ALTER TABLE \"entry_stages\" ADD CONSTRAINT \"ck_entry_stages_kind\" CHECK (kind IN ('unit_review', 'screening', 'judged'))",
    );
    // Originality: pg_trgm compares titles the app folds (no tone marks, đ → d, so the C locale
    // drops no letter; a trusted extension the database owner may create); GIN indexes over the
    // band keys find the pairs to compare (int[] && int[]). Without fastupdate: a register import
    // would otherwise sit in the index's pending list, which every lookup scans whole (6 ms each).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "ix_entries_bands" ON "entries" USING gin ("bands") WITH (fastupdate = off) WHERE "bands" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_initiative_register_bands" ON "initiative_register" USING gin ("bands") WITH (fastupdate = off)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_initiative_register_bands"');
    await queryRunner.query('DROP INDEX "public"."ix_entries_bands"');
    await queryRunner.query('DELETE FROM "entry_stages" WHERE kind <> \'judged\'');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP CONSTRAINT "ck_entry_stages_kind"');
    await queryRunner.query(
      'ALTER TABLE "entry_stages" ADD CONSTRAINT "ck_entry_stages_kind" CHECK (kind IN (\'judged\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "entry_attachments" DROP CONSTRAINT "fk_entry_attachments_uploaded_by"',
    );
    await queryRunner.query('ALTER TABLE "entry_attachments" DROP CONSTRAINT "fk_entry_attachments_stage"');
    await queryRunner.query('ALTER TABLE "entry_attachments" DROP CONSTRAINT "fk_entry_attachments_entry"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_originality_by"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_originality_of_register"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_originality_of_entry"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_unit_reviewed_by"');
    await queryRunner.query(
      'ALTER TABLE "initiative_register" DROP CONSTRAINT "fk_initiative_register_added_by"',
    );
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_unit_review"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_originality"');
    await queryRunner.query('ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_originality_source"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality_at"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality_by"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality_reason"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality_of_register"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality_of_entry"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "originality"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "bands"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "shingles"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "folded_title"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_reviewed_at"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_reviewed_by"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_head_position"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_head_name"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_review_comment"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "unit_review"');
    await queryRunner.query('ALTER TABLE "entries" DROP COLUMN "details"');
    await queryRunner.query('ALTER TABLE "entry_stages" DROP COLUMN "allows_material"');
    await queryRunner.query('ALTER TABLE "entry_tracks" DROP COLUMN "initiative"');
    await queryRunner.query('DROP INDEX "public"."ix_entry_attachments_entry_id"');
    await queryRunner.query('DROP TABLE "entry_attachments"');
    await queryRunner.query('DROP INDEX "public"."uq_initiative_register_source_entry"');
    await queryRunner.query('DROP TABLE "initiative_register"');
  }
}
