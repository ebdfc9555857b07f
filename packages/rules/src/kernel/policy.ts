/** A policy: one of the fourteen documents of the seed, with its rules. */
import type { PolicyCode, RuleInfo } from './define-rule.js';
import type { Bilingual } from './result.js';

export interface PolicyInfo<R extends readonly RuleInfo[] = readonly RuleInfo[]> {
  readonly code: PolicyCode;
  readonly title: Bilingual;
  /** The seed's own heading, e.g. `房地產客服管理制度篇一`. */
  readonly seedTitle: string;
  /** Lines of `customer-service-policies.txt`, inclusive. */
  readonly seedLines: readonly [number, number];
  readonly rules: R;
}

export function definePolicy<const R extends readonly RuleInfo[]>(policy: PolicyInfo<R>): PolicyInfo<R> {
  for (const rule of policy.rules) {
    if (rule.policy !== policy.code) throw new Error(`${rule.id} listed under ${policy.code}`);
  }
  return policy;
}
