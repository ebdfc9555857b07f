/**
 * Completeness of a written record (維修服務單 entries): which required fields are absent or blank. Shared
 * by the P03 rules that say a form must record certain things; a blank entry counts as not recorded.
 */
import { z } from 'zod';
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

/** A free-text entry on a form; blank after trimming counts as not recorded. */
export const entry = z.string().trim().max(500);

export interface Completeness<K extends string> {
  readonly missing: readonly K[];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The required fields (deduplicated, in the order given) that the facts leave absent or blank. */
export function missingOf<K extends string>(facts: Partial<Record<K, unknown>>, required: readonly K[]): K[] {
  return [...new Set(required)].filter((k) => isBlank(facts[k]));
}

export function listNames<K extends string>(keys: readonly K[], names: Readonly<Record<K, Bilingual>>): Bilingual {
  return { en: keys.map((k) => names[k].en).join(', '), zh: keys.map((k) => names[k].zh).join('、') };
}

/**
 * The verdict of a completeness check: met when nothing required is missing, else breached naming each
 * missing field. `form` names the record in both languages (e.g. the repair service form).
 */
export function completeness<K extends string>(input: {
  readonly missing: readonly K[];
  readonly required: readonly K[];
  readonly names: Readonly<Record<K, Bilingual>>;
  readonly form: Bilingual;
}): Verdict<Completeness<K>> {
  const required = [...new Set(input.required)];
  const { missing, names, form } = input;
  const recorded = required.length - missing.length;
  const measured = { value: recorded, unit: 'item' as const };
  const target = { value: required.length, unit: 'item' as const, comparator: '>=' as const };
  if (missing.length === 0) {
    return {
      status: 'met',
      value: { missing: [] },
      measured,
      target,
      explanation: {
        en: `The ${form.en} records all ${required.length} required items (${listNames(required, names).en})`,
        zh: `${form.zh}已记录全部${required.length}项必填内容（${listNames(required, names).zh}）`,
      },
    };
  }
  const list = listNames(missing, names);
  return {
    status: 'breached',
    value: { missing: [...missing] },
    measured,
    target,
    explanation: {
      en: `The ${form.en} records ${recorded} of ${required.length} required items; missing: ${list.en}; the record must be completed`,
      zh: `${form.zh}仅记录${required.length}项必填内容中的${recorded}项，缺少：${list.zh}，须补全记录`,
    },
  };
}
