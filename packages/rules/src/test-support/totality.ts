/**
 * Totality properties shared by every policy's tests: any input either validates and evaluates, or is
 * rejected with a typed error naming the field — never a throw, never `NaN`, never an `internal` error.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import * as z from 'zod';
import type { RuleInfo } from '../kernel/define-rule.js';
import type { Outcome } from '../kernel/result.js';

const instants = fc
  .date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom('Z', '+08:00', '-05:00').map((zone) => {
      const iso = d.toISOString();
      if (zone === 'Z') return iso;
      const sign = zone.startsWith('-') ? -1 : 1;
      const local = new Date(d.getTime() + sign * Number(zone.slice(1, 3)) * 3_600_000).toISOString();
      return `${local.slice(0, 23)}${zone}`;
    }),
  );

/** Values that look like facts: instants, dates, months, numbers at edges, booleans, enums, arrays. */
const plausibleValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { weight: 4, arbitrary: instants },
    { weight: 1, arbitrary: instants.map((s) => s.slice(0, 10)) },
    { weight: 1, arbitrary: instants.map((s) => s.slice(0, 7)) },
    { weight: 3, arbitrary: fc.integer({ min: -5, max: 200 }) },
    { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.5, 0.05, 0.049, 100, 1e15, -1, Number.NaN) },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('light', 'medium', 'heavy', 'H1', 'H2', 'domestic', 'foreign', 'in', 'out'),
    },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom('at', 'rule', 'start', 'end', 'direction', 'step', 'number'),
        tie('value'),
        { maxKeys: 3 },
      ),
    },
  ),
})).value;

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Records over the rule's own fact names with plausible values: most reach the rule body. */
export function factsLike(rule: RuleInfo): fc.Arbitrary<Record<string, unknown>> {
  const keys = keysOf(rule.facts);
  if (keys.length === 0) return fc.dictionary(fc.string(), plausibleValue, { maxKeys: 3 });
  return fc.record(Object.fromEntries(keys.map((k) => [k, plausibleValue])), { requiredKeys: [] });
}

function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberFinite);
  if (value && typeof value === 'object') return Object.values(value).every(everyNumberFinite);
  return true;
}

export function assertTotalOutcome(outcome: Outcome): void {
  if (outcome.ok) {
    expect(everyNumberFinite(outcome.result)).toBe(true);
    expect(outcome.result.explanation.en.length).toBeGreaterThan(0);
    expect(outcome.result.explanation.zh.length).toBeGreaterThan(0);
  } else {
    expect(outcome.error.code).not.toBe('internal');
    expect(outcome.error.message.length).toBeGreaterThan(0);
    if (outcome.error.code === 'invalid-facts') expect(outcome.error.issues.length).toBeGreaterThan(0);
  }
}

/** Run the totality property for each rule: random plausible facts, with and without `asOf`. */
export function checkTotality(rules: readonly RuleInfo[], numRuns = 150): void {
  for (const rule of rules) {
    fc.assert(
      fc.property(factsLike(rule), fc.option(instants, { nil: undefined }), (facts, asOf) => {
        assertTotalOutcome(rule.run(facts, asOf === undefined ? undefined : { asOf }));
      }),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.anything(), (facts) => {
        assertTotalOutcome(rule.run(facts));
      }),
      { numRuns: 30 },
    );
  }
}
