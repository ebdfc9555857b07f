/**
 * The command tests run the built binary, as a user would: build it once before they start, from the current
 * source. (@kefu/rules and @kefu/ui-kit must be built already; turbo's `test` task depends on their build.)
 * Under turbo (it sets TURBO_HASH for its tasks) the `test` task depends on this package's own `build`, which
 * has just built (or restored) dist/ from the same source, so building again would only cost time.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.KEFU_TEST_NO_BUILD || process.env.TURBO_HASH) return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('pnpm', ['exec', 'tsup', '--silent'], { cwd: root, stdio: 'inherit' });
  // As `pnpm build` does: the notices of what the bundle inlined (test/install.test.ts packs dist).
  execFileSync(process.execPath, ['../../scripts/third-party-notices.mjs'], { cwd: root, stdio: 'inherit' });
}
