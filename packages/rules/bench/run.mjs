// Runs every bench/*.bench.mjs in turn, each in its own Node process (so one's heap does not skew
// another's), against the built package in dist/. Figures are reported as ratios against a comparator
// measured in the same run: these machines are noisy, absolute numbers are not comparable across runs.
//
//   pnpm --filter @kefu/rules bench                       every bench
//   pnpm --filter @kefu/rules bench --only evaluate       one bench file (evaluate, ladder, audit)
//   pnpm --filter @kefu/rules bench --only memory         one part of the audit bench (throughput, jre,
//                                                          memory, threads, resume); other flags go to it
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--only');
// `--only X`, or (as before) a bare first argument naming the file.
const only = at === -1 ? (args[0]?.startsWith('--') ? undefined : args[0]) : args[at + 1];
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
const byFile = benches.filter((f) => only === undefined || f.startsWith(`${only}.`));
// A name that is no file is a part of the audit bench: it gets `--only X` and every other flag given.
const files = byFile.length > 0 || only === undefined ? byFile : ['audit.bench.mjs'];
const rest = at !== -1 ? args.filter((_, i) => i !== at && i !== at + 1) : only !== undefined ? args.slice(1) : args;
const forwarded = byFile.length > 0 || only === undefined ? rest : args;
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', join(here, file), ...(file === 'audit.bench.mjs' ? forwarded : [])],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
