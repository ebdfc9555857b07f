/**
 * Completeness of a record or a list of conditions: which required entries a form leaves blank, which
 * conditions fail, named in both languages. The rule keeps its own wording of the verdict.
 */
import * as z from 'zod';
import type { Verdict } from './define-rule.js';
import type { Bilingual } from './result.js';

/** An entry not recorded: absent, `null`, or text that is blank after trimming. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The required fields (deduplicated, in the order given) that the facts leave absent or blank. */
export function missingFields<K extends string>(facts: Partial<Record<K, unknown>>, required: readonly K[]): K[] {
  return [...new Set(required)].filter((k) => isBlank(facts[k]));
}

/**
 * The parameter naming the fields a record must carry (an organisation may require fewer, or more of the
 * optional ones): at least one of `fields`, by default `defaults` (all of them). Add `.describe()`.
 */
export function requiredFieldsParam<const K extends string>(
  fields: readonly [K, ...K[]],
  defaults: readonly K[] = fields,
) {
  return z
    .array(z.enum(fields))
    .min(1)
    .max(fields.length)
    .default([...defaults]);
}

/** Field names in both languages, listed: `a, b` / `a、b`. */
export function listNames<K extends string>(keys: readonly K[], names: Readonly<Record<K, Bilingual>>): Bilingual {
  return { en: keys.map((k) => names[k].en).join(', '), zh: keys.map((k) => names[k].zh).join('、') };
}

/** A condition a record or an act must meet, and how its failure is named. */
export interface Condition {
  readonly ok: boolean;
  readonly fault: Bilingual;
}

/** The faults of the conditions that fail, in order. */
export function faultsOf(conditions: readonly Condition[]): Bilingual[] {
  return conditions.filter((c) => !c.ok).map((c) => c.fault);
}

/**
 * The verdict of a rule made of conditions: met when none fails, else breached; the measure is the number
 * of failing conditions (target 0). `breached` words the failure from the faults and their joined list.
 */
export function faultsVerdict(
  conditions: readonly Condition[],
  text: { readonly met: Bilingual; readonly breached: (faults: readonly Bilingual[]) => Bilingual },
): Verdict<never> {
  const faults = faultsOf(conditions);
  const measured = { value: faults.length, unit: 'item' as const };
  const target = { value: 0, unit: 'item' as const, comparator: '<=' as const };
  return faults.length === 0
    ? { status: 'met', measured, target, explanation: text.met }
    : { status: 'breached', measured, target, explanation: text.breached(faults) };
}

/**
 * The verdict of a record that must carry `required` entries: met when none is blank, else breached; the
 * measure is the entries given (target: all of them). `breached` words the gap from how many were given and
 * the missing entries' names, listed.
 */
export function itemsVerdict<K extends string>(
  facts: Partial<Record<K, unknown>>,
  required: readonly K[],
  names: Readonly<Record<K, Bilingual>>,
  text: {
    readonly met: (total: number) => Bilingual;
    readonly breached: (given: number, total: number, missing: Bilingual) => Bilingual;
  },
): Verdict<never> {
  const fields = [...new Set(required)];
  const missing = missingFields(facts, fields);
  const total = fields.length;
  const given = total - missing.length;
  const measured = { value: given, unit: 'item' as const };
  const target = { value: total, unit: 'item' as const, comparator: '>=' as const };
  return missing.length === 0
    ? { status: 'met', measured, target, explanation: text.met(total) }
    : { status: 'breached', measured, target, explanation: text.breached(given, total, listNames(missing, names)) };
}
