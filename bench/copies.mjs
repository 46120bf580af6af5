#!/usr/bin/env node
// What a copy buys: the quiz loop (bench/quiz-loop.mjs) through HAProxy with 1, 2 and 3 api copies
// and 1 and 2 workers on this one machine, each run against the bare-Fastify ceiling measured in
// that run, and where the cores went. Prints one Markdown table for BENCHMARKS.md.
// Usage: npm run build && node bench/copies.mjs [--participants 10000] [--concurrency 64]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { log } from './support.mjs';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '64' },
    api: { type: 'string', default: '1,2,3' },
    workers: { type: 'string', default: '1,2' },
  },
});
const results = new URL('./results/', import.meta.url);
const latest = () =>
  readdirSync(results)
    .filter((f) => f.startsWith('quiz-loop-'))
    .sort()
    .at(-1);

const runs = [];
for (const api of args.api.split(',').map(Number))
  for (const workers of args.workers.split(',').map(Number)) {
    log(`${api} api × ${workers} worker(s), through HAProxy`);
    const before = latest();
    const run = spawnSync(
      process.execPath,
      [
        new URL('./quiz-loop.mjs', import.meta.url).pathname,
        '--balancer',
        '--api',
        String(api),
        '--workers',
        String(workers),
        '--participants',
        args.participants,
        '--concurrency',
        args.concurrency,
      ],
      { stdio: 'inherit' },
    );
    const file = latest();
    if (run.status !== 0 || file === before) throw new Error(`the run with ${api} api × ${workers} failed`);
    runs.push(JSON.parse(readFileSync(new URL(file, results), 'utf8')));
  }

const x = (phase, r) => (phase.rate / r.ceiling.rate).toFixed(3);
const cores = (c) =>
  ['api', 'worker', 'balancer', 'postgres', 'redis', 'loadgen']
    .map((k) => (c?.[k] ?? 0).toFixed(2))
    .join(' / ');
console.log(
  '\n| api × worker | ceiling | through HAProxy | phase | rate | × ceiling | p50 | p99 | cores: api / worker / HAProxy / Postgres / Redis / load gen |',
);
console.log('| --- | --: | --: | --- | --: | --: | --: | --: | --- |');
for (const r of runs) {
  const head = `| ${r.apiCopies} × ${r.workerCopies} | ${r.ceiling.rate}/s | ${r.ceilingThroughBalancer?.rate ?? '–'}/s`;
  for (const name of ['starts', 'autosaves', 'submits'])
    console.log(
      `${head} | ${name} | ${r[name].rate}/s | ${x(r[name], r)} | ${r[name].p50} ms | ${r[name].p99} ms | ${cores(r[name].coresUsed)} |`,
    );
  const g = r.grading;
  console.log(`${head} | grading drain | ${g.drainRate.toFixed(0)}/s | | | | ${cores(g.cpu)} |`);
}
const lost = runs.reduce((n, r) => n + r.lost + r.doubleGraded, 0);
console.log(`\nlost or double-graded over all runs: ${lost}`);
process.exit(lost ? 1 : 0);
