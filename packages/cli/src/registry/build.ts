/**
 * Builds the registry records from @kefu/rules. Run once at build time (tsup's onSuccess writes
 * dist/registry.json) so that listing and showing rules never pays for constructing the rule engine and
 * its zod schemas; also the fallback when that file is missing.
 */
import type { PolicyInfo, RuleInfo } from '@kefu/rules';
import { toJsonSchema } from '../view/to-json-schema.js';
import type { PolicyRecord, Registry, RuleRecord } from './types.js';

function ruleRecord(rule: RuleInfo): RuleRecord {
  return {
    id: rule.id,
    policy: rule.policy,
    clause: rule.clause,
    kind: rule.kind,
    title: rule.title,
    seedLines: rule.seedLines,
    facts: toJsonSchema(rule.facts),
    params: toJsonSchema(rule.params),
    defaults: rule.defaults,
  };
}

function policyRecord(policy: PolicyInfo): PolicyRecord {
  return {
    code: policy.code,
    title: policy.title,
    seedTitle: policy.seedTitle,
    seedLines: policy.seedLines,
    rules: policy.rules.map((r) => r.id),
  };
}

export function buildRegistry(policies: readonly PolicyInfo[]): Registry {
  return { policies: policies.map(policyRecord), rules: policies.flatMap((p) => p.rules.map(ruleRecord)) };
}
