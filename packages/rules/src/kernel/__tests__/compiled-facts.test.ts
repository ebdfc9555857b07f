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
});
