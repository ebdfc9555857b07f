// The per-policy entry points (`@kefu/rules/p01` … `/p14`), shared by the build (tsup.config.ts) and the
// test that holds package.json's exports map to them (test/package-exports.test.ts).
import { readdirSync } from 'node:fs';

const policiesDir = new URL('../src/policies/', import.meta.url);

/** `{ 'policies/p01': 'src/policies/p01-property-standards/index.ts', … }`, one per policy folder. */
export const policyEntries = Object.fromEntries(
  readdirSync(policiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^p\d\d-/.test(d.name))
    .map((d) => [`policies/${d.name.slice(0, 3)}`, `src/policies/${d.name}/index.ts`]),
);
