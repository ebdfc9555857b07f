/**
 * The registry of every rule, and `evaluate(ruleId, facts, options)`: the one entry point that the
 * audit, the HTTP API and the CLI share.
 */
import type { EvaluateOptions, RuleInfo } from './kernel/define-rule.js';
import { didYouMean } from './kernel/messages.js';
import type { PolicyInfo } from './kernel/policy.js';
import type { Outcome } from './kernel/result.js';
import { policyList } from './policies.js';

type AnyRule = (typeof policyList)[number]['rules'][number];

/** Every catalogue rule id this package implements. */
export type RuleId = AnyRule extends { id: infer I } ? I : never;

export const policies: readonly PolicyInfo[] = policyList;

export const rules: readonly RuleInfo[] = policyList.flatMap((p): readonly RuleInfo[] => p.rules);

const byId = new Map<string, RuleInfo>(rules.map((r) => [r.id, r]));
const policyByCode = new Map<string, PolicyInfo>(policies.map((p) => [p.code, p]));

/**
 * A rule by id. The policy code is matched in any case (`p12.lateness`), as policy codes are everywhere;
 * the rest of the id is lower case already.
 */
export function getRule(id: string): RuleInfo | undefined {
  return byId.get(id) ?? byId.get(id.replace(/^p(\d{2})\./, 'P$1.'));
}

/** `unknown rule id P12.latness (did you mean P12.lateness?)` */
function unknownRule(ruleId: unknown): Outcome {
  const typed = String(ruleId);
  const message = `unknown rule id ${typed}${didYouMean(typed, [...byId.keys()])}`;
  return { ok: false, error: { code: 'unknown-rule', message, issues: [{ path: ['ruleId'], message }] } };
}

export function getPolicy(code: string): PolicyInfo | undefined {
  return policyByCode.get(code.toUpperCase());
}

/**
 * Evaluate a rule by id. Returns `{ ok: true, result }` or `{ ok: false, error }`; never throws,
 * whatever the input. The id autocompletes to the catalogue's ids and still takes any string (an unknown
 * one is an `unknown-rule` error); options of the wrong shape, reaching it from untyped code, are an
 * `invalid-options` error.
 */
export function evaluate(ruleId: RuleId | (string & {}), facts: unknown, options?: EvaluateOptions): Outcome {
  const rule = typeof ruleId === 'string' ? getRule(ruleId) : undefined;
  if (!rule) return unknownRule(ruleId);
  return rule.run(facts, options);
}
