/**
 * Load bench of the built server (dist/server.js), loopback only, bounded in time:
 *   1. GET /health and POST /v1/rules/{id}/evaluate on the same server, one after the other:
 *      requests per second of each, their ratio (target: evaluate ≥ 50% of /health), p99, errors;
 *   2. a sustained run of POST evaluate (default 60 s): 0 errors and flat memory (server RSS sampled
 *      every second from /proc; the slope over the second half of the run is reported);
 *   3. /health latency while a 10 MB audit runs (the example month repeated), against /health on the same
 *      server idle just before: p99 and max of each (target: the audit adds under 100 ms to the p99; the max,
 *      one sample, is reported: on shared cores it is mostly the machine's own noise; #13).
 * The server logs at info level to /dev/null, as a deployment would log (somewhere).
 *   4. the live monitor (bench/monitor.mjs): ingestion against the batch audit, memory, alert latency.
 *      `--only monitor` runs this part alone.
 * Settings: KEFU_BENCH_SECONDS (per route in phase 1, in 5 alternating rounds; default 10), KEFU_BENCH_SUSTAINED_SECONDS (default 60; 0 skips),
 * KEFU_BENCH_CONNECTIONS (default 10). Exits 1 when a target is missed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { monitorBench } from './monitor.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.env.KEFU_BENCH_SECONDS ?? 10);
const sustained = Number(process.env.KEFU_BENCH_SUSTAINED_SECONDS ?? 60);
const connections = Number(process.env.KEFU_BENCH_CONNECTIONS ?? 10);
const rounds = 5;

// The one rule and facts the bench evaluates (a clock-deadline check: parse, validate, compute, format).
const ruleId = 'P01.complaint-reply';
const evaluateBody = JSON.stringify({
  facts: {
    receivedAt: '2026-11-27T15:00:00+08:00',
    valid: true,
    repliedAt: '2026-11-27T16:00:00+08:00',
    nextReplyAt: '2026-11-28T10:00:00+08:00',
  },
});

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function withoutTokens(env) {
  const { KEFU_API_TOKENS: _, ...rest } = env;
  return rest;
}

async function startServer(port) {
  const child = spawn(process.execPath, [join(here, '..', 'dist', 'server.js')], {
    // No tokens (an empty KEFU_API_TOKENS refuses to start: it is unset instead).
    // The monitor off: these figures are the stateless routes' (the monitor has its own part, below).
    env: {
      ...withoutTokens(process.env),
      HOST: '127.0.0.1',
      PORT: String(port),
      KEFU_API_LOG_LEVEL: 'info',
      KEFU_MONITOR: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

function run(options) {
  return autocannon({ connections, pipelining: 1, ...options });
}

const health = (port, duration) => run({ url: `http://127.0.0.1:${port}/health`, duration });
const evaluate = (port, duration) =>
  run({
    url: `http://127.0.0.1:${port}/v1/rules/${ruleId}/evaluate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: evaluateBody,
    duration,
  });

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

function figures(name, r) {
  const failed = r.errors + r.timeouts + r.non2xx;
  return {
    name,
    reqPerSec: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    errors: failed,
  };
}

/** Several rounds as one: requests over the total time, the worst p99, every error. */
function combined(name, results) {
  const requests = results.reduce((s, r) => s + r.requests.total, 0);
  const duration = results.reduce((s, r) => s + r.duration, 0);
  return {
    name,
    reqPerSec: Math.round(requests / duration),
    p50ms: Math.max(...results.map((r) => r.latency.p50)),
    p99ms: Math.max(...results.map((r) => r.latency.p99)),
    requests,
    errors: results.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
  };
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** /health latencies, one call at a time, every 20 ms, while `busy()` is true (or `count` calls). */
async function healthLatencies(port, busy) {
  const out = [];
  while (busy(out.length)) {
    const t = performance.now();
    await (await fetch(`http://127.0.0.1:${port}/health`)).arrayBuffer();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.99) - 1)];

async function healthDuringAudit(port) {
  const log = readFileSync(join(here, '..', '..', '..', 'examples', 'property-office', 'events.ndjson'), 'utf8');
  const idle = await healthLatencies(port, (n) => n < 200);
  let done = false;
  const audit = fetch(`http://127.0.0.1:${port}/v1/audit?asOf=2026-05-01T00:00:00%2B08:00`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: log.repeat(20),
  }).then(async (res) => {
    for await (const _ of res.body ?? []) {
      // drained
    }
    done = true;
  });
  const during = await healthLatencies(port, () => !done);
  await audit;
  const row = (name, xs) => ({
    name,
    calls: xs.length,
    p99ms: +p99(xs).toFixed(1),
    maxms: +Math.max(...xs).toFixed(1),
  });
  return {
    rows: [row('/health idle', idle), row('/health during the audit', during)],
    ratio: p99(during) / p99(idle),
    addedP99: p99(during) - p99(idle),
    added: Math.max(...during) - Math.max(...idle),
  };
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'monitor') {
  process.exitCode = (await monitorBench()) ? 0 : 1;
  process.exit();
}
const port = await freePort();
const server = await startServer(port);
let failed = false;
try {
  console.log(`kefu api bench: node ${process.version}, ${connections} connections, loopback port ${port}`);
  console.log(`server RSS idle: ${rssMiB(server.pid).toFixed(1)} MiB`);
  await health(port, 2);
  await evaluate(port, 2);
  // Alternate short rounds so a change in the machine's load (the cores are shared) hits both alike.
  const healthRounds = [];
  const evaluateRounds = [];
  for (let i = 0; i < rounds; i += 1) {
    healthRounds.push(await health(port, seconds / rounds));
    evaluateRounds.push(await evaluate(port, seconds / rounds));
  }
  const h = combined('GET /health', healthRounds);
  const e = combined(`POST /v1/rules/${ruleId}/evaluate`, evaluateRounds);
  const ratio = e.reqPerSec / h.reqPerSec;
  console.table([h, e]);
  console.log(`evaluate / health = ${(ratio * 100).toFixed(1)}% (target ≥ 50%)`);
  if (ratio < 0.5 || h.errors + e.errors > 0) failed = true;

  if (sustained > 0) {
    const samples = [];
    const started = Date.now();
    const timer = setInterval(() => samples.push([(Date.now() - started) / 1000, rssMiB(server.pid)]), 1000);
    samples.push([0, rssMiB(server.pid)]);
    const s = figures(`sustained ${sustained}s`, await evaluate(port, sustained));
    clearInterval(timer);
    samples.push([(Date.now() - started) / 1000, rssMiB(server.pid)]);
    const rss = samples.map((p) => p[1]);
    const secondHalf = samples.filter((p) => p[0] >= sustained / 2);
    const perMinute = slope(secondHalf) * 60;
    console.table([s]);
    console.log(
      `server RSS MiB: start ${rss[0]?.toFixed(1)}, end ${rss.at(-1)?.toFixed(1)}, ` +
        `min ${Math.min(...rss).toFixed(1)}, max ${Math.max(...rss).toFixed(1)}; ` +
        `slope over the second half ${perMinute.toFixed(2)} MiB/min`,
    );
    if (s.errors > 0 || Math.abs(perMinute) > 10) failed = true;
  }

  const latency = await healthDuringAudit(port);
  console.table(latency.rows);
  console.log(
    `/health during a 10 MB audit vs idle: p99 ${latency.ratio.toFixed(2)}× (+${latency.addedP99.toFixed(1)} ms, target < 100 ms), max +${latency.added.toFixed(1)} ms`,
  );
  if (latency.addedP99 >= 100) failed = true;
} finally {
  server.kill('SIGTERM');
}
if (!(await monitorBench())) failed = true;
console.log(failed ? 'bench: a target was missed' : 'bench: all targets met');
process.exitCode = failed ? 1 : 0;
