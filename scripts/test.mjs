#!/usr/bin/env node
// `npm test`: static checks, then every test suite (unit, integration, browser), then one
// line "N passed, N failed" counting every test that ran. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const run = (label, cmd, args) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
};

// Each static check that fails counts as one failure in the summary line, so it never reads
// "0 failed" while the run fails.
let staticFailures = 0;
const check = (label, cmd, args) => {
  const passedCheck = run(label, cmd, args);
  if (!passedCheck) staticFailures++;
  return passedCheck;
};
let ok = true;
ok = check('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']) && ok;
ok = check('format', 'npx', ['prettier', '--check', '.']) && ok;
ok = check('types', 'npx', ['tsc', '-p', 'tsconfig.spec.json']) && ok;
ok = check('types (web)', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']) && ok;
const built = check('build', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'worker',
  'web',
  '--outputStyle=static',
]);
ok = built && ok;

const results = 'tmp/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const suites = [
  ['unit', 'jest.unit.config.js'],
  ['integration', 'jest.int.config.js'],
  ['browser', 'e2e/jest.config.js'],
];
let passed = 0;
let failed = staticFailures;
for (const [name, config] of suites) {
  if (name === 'browser' && !built) {
    console.log('\n=== browser: skipped because the build failed');
    failed++;
    continue;
  }
  const file = `${results}/${name}.json`;
  const suiteOk = run(name, 'npx', ['jest', '-c', config, '--ci', '--json', `--outputFile=${file}`]);
  let counted = false;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    counted = report.numTotalTests > 0;
  } catch {
    // no report: the run itself crashed
  }
  if (!counted) failed++;
  ok = suiteOk && counted && ok;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
