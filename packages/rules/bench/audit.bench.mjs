// The audit's speed and memory, measured in one run against the built package (dist/). Figures are
// ratios or same-run comparisons: these machines are shared and noisy.
//
// 1. Throughput: a generated 1M-event log (examples/generate.mjs, 10+ sites of the example office) as NDJSON
//    bytes in 64 KiB chunks → splitLines → streamAudit, every policy, JSON parsing and UTF-8 decoding
//    included, findings consumed and dropped: exact, with maxDelay P7D, and P7D handing out only the problems
//    (`statuses`). Target ≥ 300k events/s on one core.
// 2. json-rules-engine on the SLA subset (complaint reply 2 h, engineer on site 20 min, question answered
//    30 min, phone answered in 3 rings): the same bytes read the same way (64 KiB chunks → splitLines →
//    strict UTF-8 decode → JSON.parse), the same correlation by case, one engine.run per decided case. The
//    audit reads the same bytes (the same four rules, then all rules those events feed). Target ≥ 20×.
// 3. Memory: the generator writes a 1M- and a 10M-event log (90 sites, 2024–2026) to temporary files; each is
//    audited in its own process, read from the file as `kefu audit FILE --ndjson` reads it (ledger rows handed
//    out as months settle), with maxDelay P7D (settled months and cases freed; `--exact-memory` adds the run
//    without). Reported: the process's peak RSS and the live heap after full collections, and the size of a
//    checkpoint taken at the end of each (P7D). Target: 10M events under 250 MB RSS, flat in the log's length;
//    the 10M log's checkpoint no bigger than the 1M log's.
// 4. Would a second core help? Sharding the audit over worker threads hands every record it yields across a
//    thread boundary (V8's structured clone, what postMessage does: serialised in one thread, rebuilt in the
//    other). The same audit is run once more, its records cloned in batches of 1,000 as they come; the clone
//    time against the audit's own time bounds what two threads could gain, before any merging of the
//    state that crosses cases (month tallies, person-months, the P10 ladders, the P09 carry-over).
//
// 5. Resume (#14): month 12 of a 12-month office audited alone, and resumed from month 11's checkpoint
//    (through JSON, as a file carries it), against months 1–12 in one go: resuming should cost about what
//    month 12 alone costs, not what re-reading twelve months costs. And the checkpoint's size after 2 and
//    after 11 months with maxDelay P7D: it holds what is open, so it should not grow with the history.
//
//   node --expose-gc bench/audit.bench.mjs [--events N] [--only throughput|jre|memory|threads|resume] [--exact-memory]
//                                [--memory-events 1000000,10000000]
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

// ── 3. memory, in child processes: one writes the logs to files, one audits each file ─────────────────
// The log is read from a file the way `kefu audit FILE` reads it (a read stream in 64 KiB chunks), so the
// figure is the audit's, not the generator's: the generator alone holds ~150 MB RSS by the end of a long log.
if (arg('write-logs', undefined) !== undefined) {
  const sizes = arg('write-logs').split(',').map(Number);
  const dir = arg('dir');
  const largest = Math.max(...sizes);
  // 90 sites over 36 months (2024-01 … 2026-12, inside the bundled calendar): ~10.8M events.
  const office = generateOffice({ scale: 90, months: 36, month: '2024-01', seed: 7 });
  writeFileSync(join(dir, 'org.json'), JSON.stringify(office.org));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(office.config));
  const files = sizes.map((n) => ({ n, fd: openSync(join(dir, `${n}.ndjson`), 'w') }));
  let batch = [];
  let written = 0;
  const flush = () => {
    const text = `${batch.join('\n')}\n`;
    for (const f of files) if (written <= f.n) writeSync(f.fd, text);
    batch = [];
  };
  for (const line of officeLines(largest, office)) {
    batch.push(line);
    written += 1;
    // Flush on every file's boundary so each file ends exactly at its size.
    if (batch.length === 10_000 || sizes.includes(written)) flush();
  }
  if (batch.length > 0) flush();
  for (const f of files) closeSync(f.fd);
  process.exit(0);
}

/**
 * The process's peak RSS in bytes, transient garbage included. On Linux from /proc (VmHWM, this program's own
 * peak): `resourceUsage().maxRSS` keeps the peak of the process that spawned it across fork and exec, so a
 * child spawned by a bench that had already held a 1M-event log reported that log's memory as its own.
 */
function peakRss() {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib !== undefined) return Number(kib) * 1024;
  } catch {
    // Not Linux: the operating system's figure, which may include the parent's peak.
  }
  return process.resourceUsage().maxRSS * 1024;
}

if (arg('rss-file', undefined) !== undefined) {
  const file = arg('rss-file');
  const dir = dirname(file);
  const maxDelay = arg('max-delay', undefined);
  const org = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  let heapPeak = 0;
  let records = 0;
  const t = performance.now();
  const it = streamAudit(splitLines(createReadStream(file, { highWaterMark: 65536 })), {
    asOf: ASOF,
    org,
    config,
    ...(maxDelay && { maxDelay }),
    // Ledger rows handed out as their months settle (what `kefu audit --ndjson` does), not kept to the end.
    streamLedger: true,
    // A checkpoint at the end (`--save-state`): its size is reported, 10M against 1M (#14: state holds what
    // is open, not the history). Taken after the peak RSS is read.
    ...(maxDelay && { checkpoint: true }),
  });
  for (;;) {
    const r = await it.next();
    if (r.done) {
      globalThis.gc?.();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      const { lines, rejected } = r.value.summary;
      const rssMB = Math.round(peakRss() / 1e6);
      const seconds = (performance.now() - t) / 1000;
      const stateBytes = r.value.state === undefined ? undefined : JSON.stringify(r.value.state).length;
      console.log(JSON.stringify({ lines, rejected, rssMB, heapMB: Math.round(heapPeak / 1e6), seconds, stateBytes }));
      process.exit(0);
    }
    // Live heap after a full collection, every 500k records: what the audit holds, without garbage.
    records += 1;
    if (records % 500_000 === 0) {
      globalThis.gc?.();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  }
}

const office = generateOffice({ scale: 30, months: 36, month: '2024-01', seed: 7 });
const lines = [];
if (only !== 'memory' && only !== 'resume') {
  const t0 = performance.now();
  for (const line of officeLines(EVENTS, office)) lines.push(line);
  console.log(`generated ${fmt(lines.length)} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ── 1. throughput ─────────────────────────────────────────────────────────────────────────────────
if (!only || only === 'throughput') {
  const buf = toBuffer(lines);
  // Exact mode (nothing settled before the end) and streaming mode (maxDelay P7D: settled months and
  // cases freed while reading, the mode for long logs).
  // Last, the streaming mode handing out only the problems (`statuses`): every rule still evaluated and
  // counted, the met findings not handed out.
  const problems = ['breached', 'at-risk', 'pending'];
  // The reading floor: the same bytes split, strictly decoded and JSON-parsed, nothing audited. The audit's
  // figures are given as a share of it (the issue's target: ≥ 0.42), since absolute rates are noise here.
  const floorDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const readAll = async (bytes) => {
    let n = 0;
    for await (const line of splitLines(chunks(bytes))) {
      JSON.parse(typeof line === 'string' ? line : floorDecoder.decode(line));
      n += 1;
    }
    return n;
  };
  await readAll(toBuffer(lines.slice(0, 50_000)));
  globalThis.gc?.();
  const tRead = performance.now();
  const read = await readAll(buf);
  const floor = read / ((performance.now() - tRead) / 1000);
  console.log(`reading floor (split, strict UTF-8 decode, JSON.parse): ${fmt(read)} lines at ${fmt(floor)} lines/s`);
  for (const [maxDelay, statuses] of [[undefined], ['P7D'], ['P7D', problems]]) {
    const options = {
      asOf: ASOF,
      org: office.org,
      config: office.config,
      ...(maxDelay && { maxDelay }),
      ...(statuses && { statuses }),
    };
    // A short warm-up so the measured run is not the JIT's first pass.
    await drain(streamAudit(splitLines(chunks(toBuffer(lines.slice(0, 50_000)))), options));
    globalThis.gc?.();
    const t = performance.now();
    const { records, summary } = await drain(streamAudit(splitLines(chunks(buf)), options));
    const s = (performance.now() - t) / 1000;
    console.log(
      `audit, all policies${maxDelay ? `, maxDelay ${maxDelay}` : ''}${statuses ? ', problems only' : ''}: ${fmt(summary.lines)} lines (${fmt(summary.rejected)} rejected ${JSON.stringify(summary.rejectedBy)}, ${fmt(records)} records) in ${s.toFixed(2)} s = ${fmt(summary.lines / s)} events/s (target ≥ 300,000), ${(summary.lines / s / floor).toFixed(3)} of the reading floor`,
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

// ── 4. a second core? ─────────────────────────────────────────────────────────────────────────────
if (!only || only === 'threads') {
  const buf = toBuffer(lines);
  const options = { asOf: ASOF, org: office.org, config: office.config };
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  let cloneMs = 0;
  let records = 0;
  let batch = [];
  const handOver = () => {
    const c = performance.now();
    structuredClone(batch);
    cloneMs += performance.now() - c;
    batch = [];
  };
  const it = streamAudit(splitLines(chunks(buf)), options);
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    records += 1;
    batch.push(r.value);
    if (batch.length === 1000) handOver();
  }
  handOver();
  const wallMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const auditMs = wallMs - cloneMs;
  // Two threads, perfectly balanced, no merge: (audit + clone) CPU spread over two cores.
  const bestCase = auditMs / ((auditMs + cloneMs) / 2);
  console.log(
    `threads: the audit alone ${(auditMs / 1000).toFixed(2)} s; moving its ${fmt(records)} records between threads (structured clone) ${(cloneMs / 1000).toFixed(2)} s = ${(cloneMs / auditMs).toFixed(2)}x the audit`,
  );
  console.log(
    `threads: best case on two cores, perfectly balanced and nothing to merge: ${bestCase.toFixed(2)}x one thread; this one-thread run already kept ${((cpu.user + cpu.system) / 1000 / wallMs).toFixed(2)} cores busy (V8's collector threads)`,
  );
}

// ── 3. memory ─────────────────────────────────────────────────────────────────────────────────────
if (!only || only === 'memory') {
  const self = fileURLToPath(import.meta.url);
  const node = (extra) => {
    const r = spawnSync(process.execPath, ['--expose-gc', self, ...extra], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim().split('\n').pop();
  };
  // 1M and 10M events by default (the target: 10M under 250 MB RSS); `--memory-events 1000000,3000000`
  // for a quicker look. The files (~1.6 GB for 10M) go to the system's temporary directory and are removed.
  const sizes = arg('memory-events', '1000000,10000000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  try {
    const t = performance.now();
    node(['--write-logs', sizes.join(','), '--dir', dir]);
    console.log(`wrote ${sizes.map(fmt).join(' and ')}-event logs in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    // Without maxDelay (exact mode) every month stays open to the end: `--exact-memory` measures that too.
    for (const maxDelay of args.includes('--exact-memory') ? ['P7D', undefined] : ['P7D']) {
      const runs = sizes.map((n) =>
        JSON.parse(node(['--rss-file', join(dir, `${n}.ndjson`), ...(maxDelay ? ['--max-delay', maxDelay] : [])])),
      );
      const first = runs[0];
      const last = runs[runs.length - 1];
      const mode = maxDelay ? `maxDelay ${maxDelay}` : 'no maxDelay';
      for (const r of runs) {
        console.log(
          `memory (${mode}): ${fmt(r.lines)} events (${fmt(r.rejected)} rejected): peak RSS ${r.rssMB} MB, live heap ${r.heapMB} MB, ${fmt(r.lines / r.seconds)} events/s`,
        );
      }
      console.log(
        `memory (${mode}): ${fmt(last.lines)} / ${fmt(first.lines)} events: peak RSS ratio ${(last.rssMB / first.rssMB).toFixed(2)}, live heap ratio ${(last.heapMB / first.heapMB).toFixed(2)} (target: 10M events under 250 MB RSS)`,
      );
      if (last.stateBytes !== undefined && first.stateBytes !== undefined) {
        console.log(
          `memory (${mode}): checkpoint at the end: ${fmt(last.stateBytes)} bytes after ${fmt(last.lines)} events, ${fmt(first.stateBytes)} after ${fmt(first.lines)} (ratio ${(last.stateBytes / first.stateBytes).toFixed(2)}; both hold the last open months, not the history)`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!only || only === 'resume') {
  const office = generateOffice({ scale: 3, months: 12, month: '2025-01', seed: 7 });
  const all = [...office.events()].map((e) => JSON.stringify(e));
  const monthOf = (line) => line.slice(line.indexOf('"at":"') + 6, line.indexOf('"at":"') + 13);
  const before = (month) => all.filter((l) => monthOf(l) < month);
  const during = (month) => all.filter((l) => monthOf(l) === month);
  const options = { org: office.org, config: office.config, maxDelay: 'P7D', asOf: '2025-12-31T23:59:59+08:00' };
  const timed = async (lines, extra = {}) => {
    const t = performance.now();
    const records = streamAudit(lines, { ...options, ...extra });
    for (;;) {
      const next = await records.next();
      if (next.done) return { ms: performance.now() - t, end: next.value };
    }
  };
  const stateOf = async (lines) => JSON.stringify((await timed(lines, { checkpoint: true })).end.state);
  const december = during('2025-12');
  const elevenMonths = await stateOf(before('2025-12'));
  const twoMonths = await stateOf(before('2025-03'));
  const resumeFrom = JSON.parse(elevenMonths);
  const best = async (run) => {
    let ms = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i += 1) ms = Math.min(ms, (await run()).ms);
    return ms;
  };
  const alone = await best(() => timed(december));
  const resumed = await best(() => timed(december, { resumeFrom }));
  const oneGo = await best(() => timed(all));
  console.log(
    `resume: month 12 (${fmt(december.length)} events) alone ${alone.toFixed(0)} ms, resumed from month 11's state ${resumed.toFixed(0)} ms (${(resumed / alone).toFixed(2)}× alone), all 12 months ${oneGo.toFixed(0)} ms (${(oneGo / alone).toFixed(2)}× alone)`,
  );
  console.log(
    `resume: checkpoint after 2 months ${fmt(twoMonths.length)} bytes, after 11 months ${fmt(elevenMonths.length)} bytes (ratio ${(elevenMonths.length / twoMonths.length).toFixed(2)}; what is open, not the history)`,
  );
}
