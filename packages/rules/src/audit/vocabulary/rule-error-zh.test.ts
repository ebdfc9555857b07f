/**
 * #15 item 2: a rule's refusal worded in Chinese from its code, its issues and the facts. The audit asks
 * for it inside a line, so it must answer for any facts a log can hold, never throw (a throw would turn
 * the rejection into an `internal` one), and always say something in Chinese led by the rule id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../registry.js';
import { englishIn, RULE_NAMES } from '../../test-support/english-words.js';
import { ruleErrorZh } from './rule-error-zh.js';

/** Every key and text of the facts given: the user's own words, which a reason may quote. */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...wordsOf(v)]);
}

describe('ruleErrorZh (#15 item 2)', () => {
  it('property: for any rule and any JSON facts it refuses, a Chinese reason led by the rule id, no English, never a throw', () => {
    const facts = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom('receivedAt', 'at', 'month', 'amount', 'employee', 'severity', 'x'),
        fc.jsonValue(),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...rules), facts, (rule, given) => {
        const outcome = rule.run(given, { asOf: '2026-11-30T12:00:00+08:00' });
        if (outcome.ok) return;
        const zh = ruleErrorZh(rule.id, outcome.error, rule, given);
        expect(zh.startsWith(`${rule.id}：`)).toBe(true);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(englishIn(zh, [...RULE_NAMES, ...wordsOf(given)])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the rule’s own Chinese wins when the error carries one (messageZh)', () => {
    const error = { code: 'rule-refused' as const, message: 'x', messageZh: '自带的中文', issues: [] };
    expect(ruleErrorZh('P10.leak', error, undefined, {})).toBe('P10.leak：自带的中文');
  });

  it('each code without more to say gets its own sentence, with no English word outside names', () => {
    for (const code of ['invalid-options', 'invalid-state', 'internal', 'calendar-year-unknown'] as const) {
      const zh = ruleErrorZh('P01.complaint-reply', { code, message: 'English', issues: [] }, undefined, {});
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(zh, [...RULE_NAMES, 'calendar.years', 'calendar.unknownYears'])).toEqual([]);
    }
  });
});
