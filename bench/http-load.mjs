// A small closed-loop HTTP load generator on node:http with keep-alive: `concurrency`
// requests in flight until the task list is done; records each request's latency.
import http from 'node:http';

export function createClient(baseUrl, concurrency) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const request = (method, path, body, headers = {}) =>
    new Promise((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: {
            ...headers,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const text = Buffer.concat(chunks).toString();
            resolve({ status: res.statusCode, ms, body: text ? safeJson(text) : undefined });
          });
        },
      );
      req.on('error', (error) =>
        resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6, error }),
      );
      if (payload) req.write(payload);
      req.end();
    });
  return { request, close: () => agent.destroy() };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Runs `count` tasks with `concurrency` in flight; `task(i)` returns a request promise. */
export async function runPhase(count, concurrency, task) {
  const latencies = new Float64Array(count);
  const failures = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const r = await task(i);
        latencies[i] = r.ms;
        if (r.status < 200 || r.status >= 300)
          failures.push({ i, status: r.status, body: r.body ?? String(r.error) });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { count, seconds, rate: count / seconds, p50: pct(50), p99: pct(99), failures };
}
