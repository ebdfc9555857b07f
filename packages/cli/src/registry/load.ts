/**
 * The registry at run time: dist/registry.json, written by the build from the same @kefu/rules that is
 * bundled into dist, so it always matches the engine. Reading it takes a millisecond; building it means
 * loading the engine and converting 200-odd zod schemas, which was most of `kefu rules --json`'s start-up.
 * Running from source (tests), there is no such file and the registry is built on the spot.
 */
import { readFileSync } from 'node:fs';
import type { Registry } from './types.js';

export const REGISTRY_FILE = 'registry.json';

function isRegistry(value: unknown): value is Registry {
  return (
    typeof value === 'object' &&
    value !== null &&
    'rules' in value &&
    'policies' in value &&
    Array.isArray(value.rules) &&
    Array.isArray(value.policies)
  );
}

function readBuilt(): Registry | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(new URL(`./${REGISTRY_FILE}`, import.meta.url), 'utf8'));
    return isRegistry(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function loadRegistry(): Promise<Registry> {
  const built = readBuilt();
  if (built) return built;
  const [{ policies }, { buildRegistry }] = await Promise.all([import('@kefu/rules'), import('./build.js')]);
  return buildRegistry(policies);
}
