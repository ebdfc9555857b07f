/**
 * `defineRule` validates facts with zod's compiled parser (`compile`): for every rule, on plausible and
 * implausible facts, it must answer exactly as the runtime parser does — success, the parsed facts (key
 * order included) and the issues.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from 'zod';
import { rules } from '../../registry.js';
import { factsLike } from '../../test-support/totality.js';
import { checkFacts, compiledFacts, type FactsCheck } from '../prepared.js';

const shown = (r: { success: boolean; data?: unknown; error?: { issues: unknown } }) =>
  JSON.stringify(r.success ? { data: r.data } : { issues: r.error?.issues }, (_, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );

describe('compiled facts schemas', () => {
  it('parse every rule’s facts exactly as the runtime parser does', () => {
    for (const rule of rules) {
      const compiled = compile(rule.facts);
      fc.assert(
        fc.property(factsLike(rule), (facts) => {
          expect(shown(compiled.safeParse(facts)), rule.id).toBe(shown(rule.facts.safeParse(facts)));
        }),
        { numRuns: 150, seed: 11 },
      );
    }
  });

  // #14 (zod's public API only): what a prepared evaluator checks facts with — the public `compile`, no
  // internal `compileFn` or `INVALID` — against what a plain call checks them with (the runtime parser, the
  // user's error map): the same data, key order included, or the same issues in the same words.
  it('the prepared evaluator’s compiled facts check answers exactly as the plain check, for every rule', () => {
    const seen = (r: FactsCheck<unknown>) => shown(r);
    let settled = 0;
    for (const rule of rules) {
      const compiled = compiledFacts(rule.facts);
      fc.assert(
        fc.property(factsLike(rule), (facts) => {
          const plain = checkFacts(rule.facts, facts);
          if (plain.success) settled += 1;
          expect(seen(compiled(facts)), rule.id).toBe(seen(plain));
        }),
        { numRuns: 60, seed: 12 },
      );
    }
    // Not vacuous: valid facts are among the fixtures, not only rejected ones.
    expect(settled).toBeGreaterThan(100);
  });
});
