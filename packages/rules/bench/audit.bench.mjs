// The audit's speed and memory, measured in one run against the built package (dist/). Figures are
// ratios or same-run comparisons: these machines are shared and noisy.
//
// 1. Throughput: a generated 1M-event log (examples/generate.mjs, 10+ sites of the example office) as NDJSON
//    bytes in 64 KiB chunks → splitLines → streamAudit, every policy, JSON parsing and UTF-8 decoding
//    included, findings consumed and dropped. Target ≥ 300k events/s on one core.
// 2. json-rules-engine on the SLA subset (complaint reply 2 h, engineer on site 20 min, question answered
//    30 min, phone answered in 3 rings): the same bytes read the same way (64 KiB chunks → splitLines →
//    strict UTF-8 decode → JSON.parse), the same correlation by case, one engine.run per decided case. The
//    audit reads the same bytes (the same four rules, then all rules those events feed). Target ≥ 20×.
// 3. Memory: RSS after streaming 1M and 3M events from the generator (nothing kept), each in its own
//    process, with maxDelay P7D (settled state freed; `--exact-memory` adds the run without). Flat means
//    RSS(3M) ≈ RSS(1M).
//
//   node --expose-gc bench/audit.bench.mjs [--events N] [--only throughput|jre|memory] [--exact-memory]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import { generateOffice } from '../../../examples/generate.mjs';
import { splitLines, streamAudit } from '../dist/index.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const EVENTS = Number(arg('events', 1_000_000));
const only = arg('only', undefined);
const ASOF = '2026-12-31T23:59:59+08:00';

/** The first `n` events of a big office (30 sites from January 2024), as NDJSON lines. */
function* officeLines(n, office = generateOffice({ scale: 30, months: 36, month: '2024-01', seed: 7 })) {
  let i = 0;
  for (const e of office.events()) {
    if (i++ >= n) return;
    yield JSON.stringify(e);
  }
}

function toBuffer(lines) {
  const text = `${lines.join('\n')}\n`;
  return Buffer.from(text, 'utf8');
}

function* chunks(buf, size = 65536) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

async function drain(iterable) {
  const it = iterable;
  let records = 0;
  for (;;) {
    const r = await it.next();
    if (r.done) return { records, summary: r.value.summary };
    records += 1;
  }
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

// ── 3. memory, in a child process per length ───────────────────────────────────────────────────────
if (arg('rss', undefined) !== undefined) {
  const n = Number(arg('rss'));
  const maxDelay = arg('max-delay', undefined);
  const office = generateOffice({ scale: 30, months: 36, month: '2024-01', seed: 7 });
  let peak = 0;
  let seen = 0;
  function* lines() {
    for (const line of officeLines(n, office)) {
      seen += 1;
      if (seen % 50_000 === 0) {
        globalThis.gc?.();
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      yield line;
    }
  }
  const { summary } = await drain(
    streamAudit(lines(), { asOf: ASOF, org: office.org, config: office.config, ...(maxDelay && { maxDelay }) }),
  );
  globalThis.gc?.();
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ n, lines: summary.lines, rejected: summary.rejected, rssMB: Math.round(peak / 1e6) }));
  process.exit(0);
}

const office = generateOffice({ scale: 30, months: 36, month: '2024-01', seed: 7 });
const t0 = performance.now();
const lines = [...officeLines(EVENTS, office)];
console.log(`generated ${fmt(lines.length)} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ── 1. throughput ─────────────────────────────────────────────────────────────────────────────────
if (!only || only === 'throughput') {
  const buf = toBuffer(lines);
  // Exact mode (nothing settled before the end) and streaming mode (maxDelay P7D: settled months and
  // cases freed while reading, the mode for long logs).
  for (const maxDelay of [undefined, 'P7D']) {
    const options = { asOf: ASOF, org: office.org, config: office.config, ...(maxDelay && { maxDelay }) };
    // A short warm-up so the measured run is not the JIT's first pass.
    await drain(streamAudit(splitLines(chunks(toBuffer(lines.slice(0, 50_000)))), options));
    globalThis.gc?.();
    const t = performance.now();
    const { records, summary } = await drain(streamAudit(splitLines(chunks(buf)), options));
    const s = (performance.now() - t) / 1000;
    console.log(
      `audit, all policies${maxDelay ? `, maxDelay ${maxDelay}` : ''}: ${fmt(summary.lines)} lines (${fmt(summary.rejected)} rejected ${JSON.stringify(summary.rejectedBy)}, ${fmt(records)} records) in ${s.toFixed(2)} s = ${fmt(summary.lines / s)} events/s (target ≥ 300,000)`,
    );
  }
}

// ── 2. json-rules-engine on the SLA subset ──────────────────────────────────────────────────────────
if (!only || only === 'jre') {
  const SLA = new Set([
    'complaint-received',
    'complaint-replied',
    'repair-ordered',
    'engineer-arrived',
    'question-escalated',
    'question-answered',
    'call-answered',
  ]);
  const subset = lines.filter((l) => SLA.has(JSON.parse(l).type));

  const engines = {
    reply: new Engine([
      { conditions: { all: [{ fact: 'minutes', operator: 'lessThanInclusive', value: 120 }] }, event: { type: 'met' } },
    ]),
    arrival: new Engine([
      { conditions: { all: [{ fact: 'minutes', operator: 'lessThanInclusive', value: 20 }] }, event: { type: 'met' } },
    ]),
    callback: new Engine([
      { conditions: { all: [{ fact: 'minutes', operator: 'lessThanInclusive', value: 30 }] }, event: { type: 'met' } },
    ]),
    rings: new Engine([
      { conditions: { all: [{ fact: 'rings', operator: 'lessThanInclusive', value: 3 }] }, event: { type: 'met' } },
    ]),
  };
  // Both sides start from the same bytes and do the same reading: 64 KiB chunks → splitLines → a strict
  // UTF-8 decode of each line → JSON.parse. Only what follows differs.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  async function jre(bytes) {
    const open = new Map();
    let met = 0;
    let decided = 0;
    let lines = 0;
    const judge = async (engine, facts) => {
      const { events } = await engine.run(facts);
      decided += 1;
      if (events.length > 0) met += 1;
    };
    for await (const line of splitLines(chunks(bytes))) {
      lines += 1;
      const e = JSON.parse(typeof line === 'string' ? line : decoder.decode(line));
      const at = Date.parse(e.at);
      switch (e.type) {
        case 'call-answered':
          await judge(engines.rings, { rings: e.rings });
          break;
        case 'complaint-received':
        case 'repair-ordered':
        case 'question-escalated':
          open.set(e.case, at);
          break;
        case 'complaint-replied':
        case 'engineer-arrived':
        case 'question-answered': {
          const start = open.get(e.case);
          if (start === undefined) break;
          open.delete(e.case);
          const engine =
            e.type === 'complaint-replied'
              ? engines.reply
              : e.type === 'engineer-arrived'
                ? engines.arrival
                : engines.callback;
          await judge(engine, { minutes: (at - start) / 60_000 });
          break;
        }
      }
    }
    return { met, decided, lines };
  }
  const subsetBuf = toBuffer(subset);
  await jre(toBuffer(subset.slice(0, 20_000))); // warm-up
  const t = performance.now();
  const j = await jre(subsetBuf);
  const jreRate = j.lines / ((performance.now() - t) / 1000);

  // The audit on the same bytes: restricted to the same four rules (like for like), and unrestricted (every
  // rule those events feed: P12 phone use, the P10 ladder, monthly tallies…).
  const same = [
    'P01.complaint-reply',
    'P08.engineer-arrival',
    'P10.callback-30min',
    'P08.phone-answer',
    'P10.phone-answer',
  ];
  const kefu = async (rules) => {
    const options = { asOf: ASOF, org: office.org, config: office.config, ...(rules && { rules }) };
    await drain(streamAudit(splitLines(chunks(toBuffer(subset.slice(0, 20_000)))), options));
    const start = performance.now();
    const k = await drain(streamAudit(splitLines(chunks(subsetBuf)), options));
    return { rate: k.summary.lines / ((performance.now() - start) / 1000), findings: k.summary.findings };
  };
  const like = await kefu(same);
  const all = await kefu(undefined);
  console.log(
    `SLA subset: ${fmt(subset.length)} events (complaints, work orders, escalated questions, answered calls)`,
  );
  console.log(`  json-rules-engine:            ${fmt(jreRate)} events/s (${fmt(j.decided)} verdicts)`);
  console.log(`  kefu audit, the same rules:   ${fmt(like.rate)} events/s (${fmt(like.findings)} findings)`);
  console.log(`  kefu audit, every rule fed:   ${fmt(all.rate)} events/s (${fmt(all.findings)} findings)`);
  console.log(
    `  ratio kefu / json-rules-engine: ${(like.rate / jreRate).toFixed(2)}x same rules, ${(all.rate / jreRate).toFixed(2)}x every rule (target ≥ 20x)`,
  );
}

// ── 3. memory ─────────────────────────────────────────────────────────────────────────────────────
if (!only || only === 'memory') {
  const self = fileURLToPath(import.meta.url);
  const run = (n, maxDelay) => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', self, '--rss', String(n), ...(maxDelay ? ['--max-delay', maxDelay] : [])],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const small = Math.round(EVENTS);
  const large = 3 * small;
  // Without maxDelay (exact mode) state is kept to the end: `--exact-memory` measures that too.
  for (const maxDelay of args.includes('--exact-memory') ? ['P7D', undefined] : ['P7D']) {
    const a = run(small, maxDelay);
    const b = run(large, maxDelay);
    const perMillion = ((b.rssMB - a.rssMB) / (large - small)) * 1e6;
    console.log(
      `memory (${maxDelay ? `maxDelay ${maxDelay}` : 'no maxDelay'}): RSS ${a.rssMB} MB at ${fmt(a.lines)} events, ${b.rssMB} MB at ${fmt(b.lines)} events: ratio ${(b.rssMB / a.rssMB).toFixed(2)}, slope ${perMillion.toFixed(1)} MB per million events (10M extrapolated: ${Math.round(a.rssMB + (perMillion * (10e6 - small)) / 1e6)} MB)`,
    );
  }
}
