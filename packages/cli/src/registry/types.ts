/**
 * The registry as data: every policy and rule with its facts and parameter schemas (JSON Schema) and
 * defaults. This is what `kefu rules --json` prints, and all that `kefu rules` and `kefu show` need.
 */

import type { Bilingual, PolicyCode, RuleKind } from '@kefu/rules';
import { closestMatch } from 'leven';
import type { JsonSchema } from '../view/schema.js';

export interface RuleRecord {
  readonly id: string;
  readonly policy: PolicyCode;
  readonly clause: string;
  readonly kind: RuleKind;
  readonly title: Bilingual;
  readonly seedLines: readonly [number, number];
  readonly facts: JsonSchema;
  readonly params: JsonSchema;
  readonly defaults: Readonly<Record<string, unknown>>;
}

export interface PolicyRecord {
  readonly code: PolicyCode;
  readonly title: Bilingual;
  readonly seedTitle: string;
  readonly seedLines: readonly [number, number];
  /** Ids of the policy's rules, in order. */
  readonly rules: readonly string[];
}

export interface Registry {
  readonly policies: readonly PolicyRecord[];
  readonly rules: readonly RuleRecord[];
}

/** A rule by id; the policy code in any case (`p12.lateness`), as @kefu/rules' `getRule` does. */
export function findRule(registry: Registry, id: string): RuleRecord | undefined {
  const canonical = id.replace(/^p(\d{2})\./, 'P$1.');
  return registry.rules.find((r) => r.id === id || r.id === canonical);
}

/**
 * Rule ids for "did you mean": those containing what was typed, else the closest by edit distance
 * (`P12.latness` → `P12.lateness`).
 */
export function ruleSuggestions(registry: Registry, query: string): string[] {
  const q = query.toLowerCase();
  const ids = registry.rules.map((r) => r.id);
  const containing = ids.filter((id) => id.toLowerCase().includes(q)).slice(0, 5);
  if (containing.length > 0) return containing;
  const near = closestMatch(
    q,
    ids.map((id) => id.toLowerCase()),
    { maxDistance: Math.max(2, Math.floor(q.length / 3)) },
  );
  return ids.filter((id) => id.toLowerCase() === near);
}

/** Policy codes are matched in any case (`p08`), as @kefu/rules' `getPolicy` does. */
export function findPolicy(registry: Registry, code: string): PolicyRecord | undefined {
  const wanted = code.toUpperCase();
  return registry.policies.find((p) => p.code === wanted);
}

export function rulesOf(registry: Registry, policy: PolicyRecord): RuleRecord[] {
  return policy.rules.flatMap((id) => findRule(registry, id) ?? []);
}
