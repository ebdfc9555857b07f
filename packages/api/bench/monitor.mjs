/**
 * The live monitor's bench (issue #16), `pnpm bench -- --only monitor` in packages/api (or as the last part
 * of `pnpm bench`). Figures are ratios against a comparator run beside them in the same process:
 *   1. sustained ingestion, events/s through `createMonitor(...).ingest` in batches of 500 (stored, audited
 *      from the checkpoint, committed), on PGlite in a temporary directory and on PostgreSQL when
 *      KEFU_TEST_DATABASE_URL or DATABASE_URL is set (a database of its own, dropped after), against the
 *      batch audit (`runAudit`) of the same events in the same run (target on PostgreSQL: ≥ 0.25×), and the
 *      flatness: the mean cost of a batch in the last tenth of the run over the first tenth (1.0: a batch
 *      costs the same however long the log already is);
 *   2. memory over the ingestion: the process's RSS sampled every 10 batches (first, last, peak, and the
 *      slope over the second half, MiB per 100k events), and how long the whole ingestion took;
 *   3. alert latency: the built server (dist/server.js, PGlite) with 200 complaints whose reply falls due
 *      over ~8 s from 30 s on (their at-risk alerts, already due when sent, are raised first), read from
 *      GET /v1/alerts/stream: delay from each due instant to its `breached` alert arriving (p50, p99, max).
 * Settings: KEFU_BENCH_MONITOR_EVENTS (default 100000; the figure is 1000000), KEFU_BENCH_MONITOR_ALERTS
 * (default 200), KEFU_BENCH_MONITOR_LEAD_MS (default 30000), KEFU_BENCH_MONITOR_PARTS (default
 * `pglite,postgres,latency`: the parts to run, e.g. `postgres` for a 1M-event run on PostgreSQL alone).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMonitor, defaultOrgs, openStore } from '@kefu/monitor';
import { runAudit } from '@kefu/rules';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const total = Number(process.env.KEFU_BENCH_MONITOR_EVENTS ?? 100_000);
const alertCount = Number(process.env.KEFU_BENCH_MONITOR_ALERTS ?? 200);
const batchSize = Number(process.env.KEFU_BENCH_MONITOR_BATCH ?? 500);
const parts = new Set((process.env.KEFU_BENCH_MONITOR_PARTS ?? 'pglite,postgres,latency').split(','));

/**
 * `count` events: complaints received and replied within their 2 hours, with ids, one every 5 s, the last
 * a few days before now (so that none is beyond the audit's window, now + maxFuture, however many).
 */
function events(count) {
  const start = Date.now() - 3 * 86_400_000 - count * 2_500;
  const lines = [];
  for (let i = 0; lines.length < count; i += 1) {
    const at = start + i * 5_000;
    lines.push(
      JSON.stringify({
        id: `r${i}`,
        type: 'complaint-received',
        at: new Date(at).toISOString(),
        case: `C${i}`,
        valid: true,
      }),
    );
    lines.push(
      JSON.stringify({
        id: `p${i}`,
        type: 'complaint-replied',
        at: new Date(at + 600_000).toISOString(),
        case: `C${i}`,
      }),
    );
  }
  return lines.slice(0, count);
}

const mib = () => process.memoryUsage().rss / 2 ** 20;

function slope(points) {
  const half = points.slice(Math.floor(points.length / 2));
  if (half.length < 2) return 0;
  const n = half.length;
  const mx = half.reduce((s, p) => s + p[0], 0) / n;
  const my = half.reduce((s, p) => s + p[1], 0) / n;
  const num = half.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const den = half.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 100_000;
}

async function batchAudit(lines) {
  const started = performance.now();
  await runAudit(lines, { asOf: new Date().toISOString(), maxDelay: 'P2D' });
  return lines.length / ((performance.now() - started) / 1000);
}

async function ingestion(name, storeOptions, lines) {
  const store = await openStore(storeOptions);
  const monitor = createMonitor({ store, orgs: defaultOrgs().orgs });
  const rss = [];
  const batches = [];
  const started = performance.now();
  let accepted = 0;
  for (let i = 0; i < lines.length; i += batchSize) {
    const batchStarted = performance.now();
    const result = await monitor.ingest('default', lines.slice(i, i + batchSize).join('\n'), new Date());
    batches.push(performance.now() - batchStarted);
    accepted += result.accepted;
    if ((i / batchSize) % 10 === 0) rss.push([i, mib()]);
  }
  const seconds = (performance.now() - started) / 1000;
  rss.push([lines.length, mib()]);
  await monitor.close();
  if (accepted !== lines.length) throw new Error(`${name}: ${accepted} of ${lines.length} events accepted`);
  return { perSecond: lines.length / seconds, seconds, rss, batches };
}

/** Mean batch cost of the last tenth of the run over the first tenth (the very first batch, a cold start, left out). */
function flatness(batches) {
  const tenth = Math.max(1, Math.floor(batches.length / 10));
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const first = mean(batches.slice(1, tenth + 1));
  const last = mean(batches.slice(-tenth));
  return { first, last, ratio: last / first };
}

function report(name, ingest, audit) {
  const { rss } = ingest;
  const peak = Math.max(...rss.map((p) => p[1]));
  console.log(
    `${name}: ${Math.round(ingest.perSecond)} events/s ingested vs ${Math.round(audit)} events/s batch audit = ${(ingest.perSecond / audit).toFixed(3)}×`,
  );
  const flat = flatness(ingest.batches);
  console.log(
    `${name}: a batch of ${batchSize} took ${flat.first.toFixed(0)} ms in the first tenth of the run, ${flat.last.toFixed(0)} ms in the last: flatness ${flat.ratio.toFixed(2)}× (1.00: flat)`,
  );
  console.log(
    `${name}: RSS ${rss[0][1].toFixed(0)} → ${rss.at(-1)[1].toFixed(0)} MiB (peak ${peak.toFixed(0)}), second-half slope ${slope(rss).toFixed(1)} MiB per 100k events, ${ingest.seconds.toFixed(0)} s in all`,
  );
  return ingest.perSecond / audit;
}

async function pgDatabase(baseUrl) {
  const name = `kefu_bench_${process.pid}_${Date.now()}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The built server on PGlite; complaints falling due over ~8 s; delay to each breach on the SSE stream. */
async function alertLatency() {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-monitor-'));
  const child = spawn(process.execPath, [join(here, '..', 'dist', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', KEFU_DATA_DIR: join(dir, 'data'), KEFU_API_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /"url":"([^"]+)"/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    // Received ~2 h ago, so each complaint's at-risk instant (75% of its 2 h) has passed when it is sent: the
    // server raises those first. The breaches fall due after that backlog, and only they are timed.
    const lead = Number(process.env.KEFU_BENCH_MONITOR_LEAD_MS ?? 30_000);
    const base = Date.now() + lead;
    const lines = [];
    for (let i = 0; i < alertCount; i += 1) {
      const due = base + Math.round((i * 8_000) / alertCount);
      const at = new Date(due - 2 * 3_600_000).toISOString();
      lines.push(JSON.stringify({ id: `lat${i}`, type: 'complaint-received', at, case: `L${i}`, valid: true }));
    }
    const posted = await fetch(`${url}/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: lines.join('\n'),
    });
    if (posted.status !== 200) throw new Error(`ingestion: ${posted.status} ${await posted.text()}`);
    const stream = await fetch(`${url}/v1/alerts/stream`);
    const reader = stream.body.getReader();
    const decoder = new TextDecoder();
    const delays = [];
    let text = '';
    const deadline = Date.now() + lead + 8_000 + 15_000;
    while (delays.length < alertCount && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      const arrived = Date.now();
      text += decoder.decode(value, { stream: true });
      const events = text.split('\n\n');
      text = events.pop() ?? '';
      for (const event of events) {
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (!data) continue;
        const alert = JSON.parse(data);
        if (alert.kind === 'breached') delays.push(arrived - Date.parse(alert.at));
      }
    }
    await reader.cancel();
    delays.sort((a, b) => a - b);
    console.log(
      `alert latency (${delays.length} of ${alertCount} breaches, SSE, PGlite): p50 ${quantile(delays, 0.5)} ms, p99 ${quantile(delays, 0.99)} ms, max ${delays.at(-1)} ms (target: within 1000 ms)`,
    );
    return delays.length === alertCount && quantile(delays, 0.99) <= 1000;
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function monitorBench() {
  let ok = true;
  const lines = events(total);
  console.log(`monitor bench: ${lines.length} events, batches of ${batchSize}`);
  if (parts.has('pglite')) {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-pglite-'));
    try {
      const ingest = await ingestion('PGlite', { dataDir: dir }, lines);
      report('PGlite', ingest, await batchAudit(lines));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const baseUrl = process.env.KEFU_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (parts.has('postgres') && baseUrl) {
    const db = await pgDatabase(baseUrl);
    try {
      const ingest = await ingestion('PostgreSQL', { databaseUrl: db.url }, lines);
      const ratio = report('PostgreSQL', ingest, await batchAudit(lines));
      if (ratio < 0.25) {
        console.log('PostgreSQL ingestion is under the 0.25× target');
        ok = false;
      }
    } finally {
      await db.drop();
    }
  } else if (parts.has('postgres')) {
    console.log('PostgreSQL: skipped (set KEFU_TEST_DATABASE_URL or DATABASE_URL)');
  }
  if (parts.has('latency') && !(await alertLatency())) ok = false;
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await monitorBench()) ? 0 : 1;
}
