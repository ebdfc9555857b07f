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
import { fastParser, INVALID } from '../define-rule.js';

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

  // What `run` uses: zod's internal `compileFn` (the parsed facts, or INVALID where the runtime parser must
  // answer), and the public `compile` standing in when a zod release lacks it. Either way: an answer other
  // than INVALID is exactly the runtime parser's output, and facts the runtime rejects are always INVALID.
  for (const [path, internals] of [
    ['zod’s compileFn', undefined],
    ['the public compile (stand-in)', {}],
  ] as const) {
    it(`the facts parser run uses (${path}) never answers other than the runtime parser`, () => {
      let settled = 0;
      for (const rule of rules) {
        const parse = fastParser(rule.facts, internals);
        fc.assert(
          fc.property(factsLike(rule), (facts) => {
            const out = parse(facts);
            const runtime = rule.facts.safeParse(facts);
            if (!runtime.success) expect(out, rule.id).toBe(INVALID);
            else if (out !== INVALID) {
              settled += 1;
              expect(shown({ success: true, data: out }), rule.id).toBe(shown(runtime));
            }
          }),
          { numRuns: 60, seed: 12 },
        );
      }
      // Not vacuous: the fast path settles valid facts itself (the runtime parser answers only the rest).
      expect(settled).toBeGreaterThan(100);
    });
  }
});
