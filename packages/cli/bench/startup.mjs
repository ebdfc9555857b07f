/**
 * Start-up bench: `kefu rules --json` against `node -e 0`, the floor any Node CLI pays.
 * Runs both alternately (so background load hits both alike), N times each after a warm-up, and
 * prints the medians and their ratio. The target is a ratio of at most 3.
 *
 *   node bench/startup.mjs [runs]      (default 21; KEFU_BENCH_RUNS also works)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin)) {
  console.error(`bench: ${bin} is missing; run \`pnpm exec tsup\` first`);
  process.exit(2);
}
const runs = Number(process.argv[2] ?? process.env.KEFU_BENCH_RUNS ?? 21);
const target = 3;

function time(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const baseline = ['-e', '0'];
const kefu = [bin, 'rules', '--json'];
// Warm the file-system cache for both before measuring.
for (let i = 0; i < 3; i++) {
  time(baseline);
  time(kefu);
}
const base = [];
const cli = [];
for (let i = 0; i < runs; i++) {
  base.push(time(baseline));
  cli.push(time(kefu));
}
const b = median(base);
const c = median(cli);
const ratio = c / b;
console.log(`node -e 0             median ${b.toFixed(1)} ms (${runs} runs)`);
console.log(`kefu rules --json     median ${c.toFixed(1)} ms (${runs} runs)`);
console.log(`ratio ${ratio.toFixed(2)}× (target ≤ ${target}×) ${ratio <= target ? 'ok' : 'OVER TARGET'}`);
