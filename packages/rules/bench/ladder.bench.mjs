// The P10 penalty ladder over one employee's long history (issue #13): 2k, 4k and 8k complaint-received
// lines of one employee, never answered, audited with the example office's organisation file and
// configuration (its `ladder` adopts P01.complaint-reply, so every line is a priced breach). Before the fix
// each breach was handed the whole history (2k 2.2 s, 4k 6.0 s, 8k 17.9 s: quadratic). Reported: the
// 8k/2k time ratio (linear is 4×; target ≤ ~4.5×) and, as the comparator run beside it, the same lines
// spread over every person of the office (no deep ladder): the ladder's share of the audit.
import { performance } from 'node:perf_hooks';
import { generateOffice } from '../../../examples/generate.mjs';
import { runAudit } from '../dist/index.js';

const office = generateOffice();
const people = office.org.people.map((p) => p.id);
const start = Date.parse('2026-04-01T00:00:00+08:00');
const asOf = '2026-05-01T00:00:00+08:00';

function lines(n, employeeOf) {
  return Array.from({ length: n }, (_, i) => {
    const local = new Date(start + i * 4 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19);
    return JSON.stringify({ type: 'complaint-received', at: `${local}+08:00`, case: `C${i}`, employee: employeeOf(i) });
  });
}

async function time(input) {
  globalThis.gc?.();
  const t0 = performance.now();
  const report = await runAudit(input, { asOf, org: office.org, config: office.config });
  const ms = performance.now() - t0;
  if (report.summary.rejected !== 0) throw new Error('the bench log must be fully read');
  return ms;
}

/** Median of `runs` timings (after one warm-up). */
async function median(input, runs = 3) {
  await time(input);
  const all = [];
  for (let r = 0; r < runs; r += 1) all.push(await time(input));
  return all.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const rows = [];
for (const n of [2000, 4000, 8000]) {
  const one = await median(lines(n, () => people[3]));
  const spread = await median(lines(n, (i) => people[i % people.length]));
  rows.push({ breaches: n, 'one employee (ms)': Math.round(one), 'spread over the office (ms)': Math.round(spread) });
}
console.table(rows);
const [two, , eight] = rows;
const ratio = eight['one employee (ms)'] / two['one employee (ms)'];
const comparator = eight['spread over the office (ms)'] / two['spread over the office (ms)'];
console.log(`8k/2k, one employee: ${ratio.toFixed(2)}× (linear is 4×; target ≤ 4.5×)`);
console.log(`8k/2k, spread over the office (comparator): ${comparator.toFixed(2)}×`);
console.log(
  `one employee vs spread at 8k: ${(eight['one employee (ms)'] / eight['spread over the office (ms)']).toFixed(2)}×`,
);
