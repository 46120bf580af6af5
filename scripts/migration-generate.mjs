#!/usr/bin/env node
// Writes a migration with the SQL that brings a database migrated to the latest migration in
// line with the entities. Usage: npm run build && node scripts/migration-generate.mjs <CamelCaseName>
// Runs against a scratch database, so it never touches real data.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: node scripts/migration-generate.mjs <CamelCaseName>');
  process.exit(2);
}
const db = require('../dist/server/libs/server/src/database/prepare-database.js');
const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/civic_contest';
const scratch = new URL(base);
scratch.pathname = `/migration_scratch_${process.pid}`;
const env = { DATABASE_URL: scratch.toString(), DATABASE_POOL_SIZE: 2 };

await db.migrateDatabase(env);
const { up, down } = await db.pendingSchemaChanges(env);
await db.dropDatabase(env.DATABASE_URL);
if (up.length === 0) {
  console.log('Entities and migrations agree: nothing to generate.');
  process.exit(0);
}
const stamp = Date.now();
const className = `${name}${stamp}`;
const file = `libs/server/src/database/migrations/${stamp}-${name[0].toLowerCase()}${name.slice(1)}.ts`;
const asCalls = (queries) =>
  queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${asCalls(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${asCalls(down)}
  }
}
`,
);
const index = 'libs/server/src/database/migrations/index.ts';
console.log(`Wrote ${file}; add ${className} to the MIGRATIONS list in ${index}.`);
