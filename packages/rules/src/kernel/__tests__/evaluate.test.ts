import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, rules } from '../../registry.js';
import { assertTotalOutcome, checkTotality } from '../../test-support/totality.js';
import type { EvaluateOptions } from '../define-rule.js';

/** Options as untyped code (JavaScript, a request body) may pass them: `evaluate`'s type would refuse them. */
const untyped = (options: unknown) => options as EvaluateOptions;

describe('evaluate()', () => {
  it('an unknown rule id is a typed error', () => {
    expect(evaluate('P99.nothing', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-rule', issues: [{ path: ['ruleId'] }] },
    });
  });

  it('bad options are typed errors naming the option', () => {
    const facts = { shiftStart: '2026-11-27T08:00:00+08:00', arrivedAt: '2026-11-27T08:00:00+08:00' };
    expect(evaluate('P12.lateness', facts, { asOf: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-options', issues: [{ path: ['asOf'] }] },
    });
    expect(evaluate('P12.lateness', facts, untyped({ when: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-options', issues: [{ path: ['when'] }] },
    });
    expect(evaluate('P12.lateness', facts, untyped('x'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-options' },
    });
  });

  it('bad configuration is a typed error naming the field', () => {
    const facts = { shiftStart: '2026-11-27T08:00:00+08:00', arrivedAt: '2026-11-27T08:00:00+08:00' };
    expect(evaluate('P12.lateness', facts, { config: { zone: 'Mars/Olympus' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'zone'] }] },
    });
    expect(evaluate('P12.lateness', facts, { config: { rules: { 'P99.x': {} } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P99.x'] }] },
    });
    expect(evaluate('P12.lateness', facts, { config: { rules: { 'P12.lateness': { bogus: 1 } } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
    expect(evaluate('P12.lateness', facts, { config: { warningShare: 1.5 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'warningShare'] }] },
    });
  });

  it('the registry lists every rule with id, clause, kind, titles and defaults', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^P\d{2}\.[a-z0-9-]+$/);
      expect(rule.clause.startsWith(rule.policy)).toBe(true);
      expect(rule.title.en.length * rule.title.zh.length).toBeGreaterThan(0);
      expect(typeof rule.defaults).toBe('object');
    }
  });

  it('property: any rule id, facts and options give a result or a typed error, never a throw', () => {
    const ids = rules.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ids), fc.string()),
        fc.anything(),
        fc.anything(),
        (id, facts, options) => {
          assertTotalOutcome(evaluate(id, facts, untyped(options)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: plausible facts for every rule evaluate or are rejected with a typed error', () => {
    checkTotality(rules);
  });
});
