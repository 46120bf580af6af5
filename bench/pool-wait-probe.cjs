// Loaded into the api by the votes benchmark (node --require): times every wait for a pooled
// Postgres connection, and writes a summary to POOL_PROBE_FILE on SIGUSR2 (then starts afresh).
// Benchmark instrumentation only; the api itself never loads it.
const { writeFileSync } = require('node:fs');
const { Pool } = require('pg');

let waits = [];
let timeouts = 0;
const connect = Pool.prototype.connect;
Pool.prototype.connect = function timedConnect(callback) {
  const started = process.hrtime.bigint();
  const done = (error) => {
    if (error) timeouts++;
    else waits.push(Number(process.hrtime.bigint() - started) / 1e6);
  };
  if (typeof callback === 'function')
    return connect.call(this, (error, client, release) => {
      done(error);
      callback(error, client, release);
    });
  return connect.call(this).then(
    (client) => {
      done();
      return client;
    },
    (error) => {
      done(error);
      throw error;
    },
  );
};

process.on('SIGUSR2', () => {
  const sorted = waits.sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  writeFileSync(
    process.env.POOL_PROBE_FILE,
    JSON.stringify({
      acquired: sorted.length,
      timeouts,
      p50: pct(50),
      p99: pct(99),
      max: sorted.at(-1) ?? 0,
    }),
  );
  waits = [];
  timeouts = 0;
});
