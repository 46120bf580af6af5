#!/usr/bin/env node
// Sizes a national contest from a measured quiz-loop run: the CPU each request costs each part
// (api, Postgres, Redis, HAProxy; the worker per graded attempt) is that phase's cores used
// divided by its rate, and the scenario's peak rates times those costs give the cores, copies and
// storage needed. docs/CAPACITY.md explains the scenario and shows this script's output.
// Usage: node bench/capacity.mjs [bench/results/quiz-loop-<n>.json]  (default: the newest run
// with one api copy behind HAProxy, whose balancer cost is then measured too)
import { readdirSync, readFileSync } from 'node:fs';

const results = new URL('./results/', import.meta.url);
const file =
  process.argv[2] ??
  new URL(
    readdirSync(results)
      .filter((f) => f.startsWith('quiz-loop-'))
      .sort()
      .reverse()
      .find((f) => {
        const r = JSON.parse(readFileSync(new URL(f, results), 'utf8'));
        return r.apiCopies === 1 && r.balancer && r.autosaves;
      }),
    results,
  ).pathname;
const run = JSON.parse(readFileSync(file, 'utf8'));

/** The scenario (issue 16): its figures, and the assumptions this model adds to them. */
const S = {
  participantsPerWeek: 500_000,
  weeks: 4,
  cohort: 50_000, // start in the first ten minutes after the round opens
  cohortWindowS: 600,
  // Assumed: a waiting room empties at the opening second: 2 % of the cohort starts in one second.
  peakStartShare: 0.02,
  questions: 20, // assumed paper (the benchmark's has run.questionsPerAttempt)
  timeLimitS: 20 * 60, // assumed
  // "Every one of them submitting at the deadline": the cohort's deadlines fall as its starts did,
  // and in the worst case (a round closing on all of them) the whole cohort submits within a
  // minute, its busiest second three times that minute's average.
  rushWindowS: 60,
  rushPeakFactor: 3,
  gradeWithinS: 60, // every submitted attempt graded within a minute of the rush
  // A Node copy uses one core; planned at 70 % so that the p99 stays low. Postgres likewise.
  copyUtilisation: 0.7,
};

const PARTS = ['api', 'postgres', 'redis', 'balancer'];
/** Milliseconds of CPU one request costs each part, from the run's cores used ÷ rate. */
const cost = (phase) =>
  Object.fromEntries(PARTS.map((p) => [p, (1000 * (phase.coresUsed?.[p] ?? 0)) / phase.rate]));
const costs = { start: cost(run.starts), autosave: cost(run.autosaves), submit: cost(run.submits) };
const gradeCost = Object.fromEntries(
  ['worker', 'postgres', 'redis'].map((p) => [p, (1000 * (run.grading.cpu[p] ?? 0)) / run.grading.drainRate]),
);

const startPeak = S.cohort * S.peakStartShare;
const autosaveRate = (S.cohort * S.questions) / S.timeLimitS;
const submitPeak = (S.cohort / S.rushWindowS) * S.rushPeakFactor;
const gradeRate = S.cohort / S.gradeWithinS;
const moments = {
  // At the opening second only those who started in the seconds before are answering: a tenth.
  'opening second': { start: startPeak, autosave: autosaveRate / 10, submit: 0, grade: 0 },
  'deadline rush': { start: 0, autosave: autosaveRate, submit: submitPeak, grade: gradeRate },
};

const f = (n, d = 2) => n.toFixed(d);
const out = [];
out.push(
  `Source: ${file.replace(/.*\/bench\//, 'bench/')} (${run.date}, ${run.machine}, ${run.participants} participants,`,
);
out.push(`${run.apiCopies} api × ${run.workerCopies} worker, ${run.balancer ?? 'no balancer'}).`);
out.push('');
out.push('| CPU ms per request | api | Postgres | Redis | HAProxy | worker |');
out.push('| --- | --: | --: | --: | --: | --: |');
for (const [name, c] of Object.entries(costs))
  out.push(`| ${name} | ${f(c.api, 3)} | ${f(c.postgres, 3)} | ${f(c.redis, 3)} | ${f(c.balancer, 3)} | |`);
out.push(
  `| grade (per attempt) | | ${f(gradeCost.postgres, 3)} | ${f(gradeCost.redis, 3)} | | ${f(gradeCost.worker, 3)} |`,
);
out.push('');
out.push(
  '| moment | starts/s | autosaves/s | submits/s | grades/s | api cores → copies | worker cores → copies | Postgres cores | Redis (its one thread) | HAProxy cores |',
);
out.push('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
const single = {};
for (const [name, m] of Object.entries(moments)) {
  const load = (part) =>
    m.start * costs.start[part] + m.autosave * costs.autosave[part] + m.submit * costs.submit[part];
  const api = load('api') / 1000;
  const worker = (m.grade * gradeCost.worker) / 1000;
  const postgres = (load('postgres') + m.grade * gradeCost.postgres) / 1000;
  const redis = (load('redis') + m.grade * gradeCost.redis) / 1000;
  const balancer = load('balancer') / 1000;
  const copies = (cores) => Math.max(1, Math.ceil(cores / S.copyUtilisation));
  single[name] = { postgres, redis };
  out.push(
    `| ${name} | ${f(m.start, 0)} | ${f(m.autosave, 0)} | ${f(m.submit, 0)} | ${f(m.grade, 0)} | ${f(api)} → ${copies(api)} | ${f(worker)} → ${copies(worker)} | ${f(postgres)} (${f(postgres / S.copyUtilisation, 1)} at 70 %) | ${f(100 * redis, 0)} % | ${f(balancer)} |`,
  );
}
// api copies, workers and HAProxy scale out; the one Postgres primary and the one Redis thread do
// not: how many times this scenario's busiest moment each carries, at 70 % of what it has.
const worst = (part) => Math.max(...Object.values(single).map((m) => m[part]));
out.push('');
out.push('| part that does not scale out | carries at 70 % busy |');
out.push('| --- | --: |');
for (const pgCores of [4, 8, 16])
  out.push(
    `| Postgres primary, ${pgCores} cores | ${f((pgCores * S.copyUtilisation) / worst('postgres'), 1)} × the scenario |`,
  );
out.push(`| Redis (one thread) | ${f(S.copyUtilisation / worst('redis'), 1)} × the scenario |`);
const attemptsStored = S.participantsPerWeek * S.weeks;
const bytes = run.storageBytesPerAttempt * (S.questions / run.questionsPerAttempt);
out.push('');
out.push(
  `Storage: ${run.storageBytesPerAttempt} bytes per attempt with ${run.questionsPerAttempt} answers (attempts and answers with their indexes), ` +
    `so at most ${f(bytes, 0)} with ${S.questions} (all of it scaled with the answers): ${f((attemptsStored * bytes) / 2 ** 30, 1)} GiB for ${S.weeks} weeks of ${S.participantsPerWeek.toLocaleString('en')} (before WAL and backups).`,
);
out.push(
  `Memory: peak RSS ${run.peakRssMiB.api} MiB per api copy and ${run.peakRssMiB.worker} MiB per worker in this run.`,
);
out.push(
  `Grading: one worker drained ${f(run.grading.drainRate, 0)} attempts/s here; the rush needs ${f(gradeRate, 0)}/s.`,
);
console.log(out.join('\n'));
