/**
 * The command tests run the built binary, as a user would: build it once before they start, from the current
 * source. (@kefu/rules and @kefu/ui-kit must be built already; turbo's `test` task depends on their build.)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.KEFU_TEST_NO_BUILD) return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('pnpm', ['exec', 'tsup', '--silent'], { cwd: root, stdio: 'inherit' });
  // As `pnpm build` does: the notices of what the bundle inlined (test/install.test.ts packs dist).
  execFileSync(process.execPath, ['../../scripts/third-party-notices.mjs'], { cwd: root, stdio: 'inherit' });
}
