/**
 * The registry as data: every policy and rule with its facts and parameter schemas (JSON Schema) and
 * defaults. This is what `kefu rules --json` prints, and all that `kefu rules` and `kefu show` need.
 */
import type { Bilingual, PolicyCode, RuleKind } from '@kefu/rules';
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

export function findRule(registry: Registry, id: string): RuleRecord | undefined {
  return registry.rules.find((r) => r.id === id);
}

/** Policy codes are matched in any case (`p08`), as @kefu/rules' `getPolicy` does. */
export function findPolicy(registry: Registry, code: string): PolicyRecord | undefined {
  const wanted = code.toUpperCase();
  return registry.policies.find((p) => p.code === wanted);
}

export function rulesOf(registry: Registry, policy: PolicyRecord): RuleRecord[] {
  return policy.rules.flatMap((id) => findRule(registry, id) ?? []);
}
