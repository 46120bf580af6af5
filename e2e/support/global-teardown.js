const { rm } = require('node:fs/promises');
const path = require('node:path');

module.exports = async function globalTeardown() {
  const { children, databaseUrl, storageDir } = globalThis.__E2E__ ?? { children: [] };
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
  if (!databaseUrl) return;
  const built = path.resolve(__dirname, '../../dist/server/libs/server/src/database/prepare-database.js');
  await require(built).dropDatabase(databaseUrl);
};
