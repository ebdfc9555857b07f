// #17 (entry points): configuration validation knows every catalogue id whichever entry loaded which rules,
// from the static list in rule-ids.ts; the list must be exactly the registry's.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type RuleId, rules } from '../../registry.js';
import type { EvaluateOptions } from '../define-rule.js';
import { ruleIds } from '../rule-ids.js';

describe('the static list of rule ids', () => {
  it("is the registry's ids, in registry order (add a new rule's id to kernel/rule-ids.ts)", () => {
    expect([...ruleIds]).toEqual(rules.map((r) => r.id));
  });
});

describe("evaluate's signature (#17 package metadata: ids autocomplete)", () => {
  it('takes the RuleId union (so editors offer the ids) and still any string; options are EvaluateOptions', async () => {
    const { evaluate } = await import('../../registry.js');
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<RuleId | (string & {})>();
    expectTypeOf<'P01.complaint-reply'>().toExtend<RuleId>();
    expectTypeOf(evaluate).parameter(2).toEqualTypeOf<EvaluateOptions | undefined>();
    expect(evaluate('P99.unknown', {})).toMatchObject({ ok: false, error: { code: 'unknown-rule' } });
  });
});
