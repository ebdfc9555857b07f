/**
 * The verdict of a written record's completeness (維修服務單 entries), shared by the P03 rules that say a form
 * must record certain things; a blank entry counts as not recorded (the kernel's `missingFields`).
 */
import * as z from 'zod';
import type { Verdict } from '../../kernel/define-rule.js';
import { listNames, missingFields } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';

/** A free-text entry on a form; blank after trimming counts as not recorded. */
export const entry = z.string().trim().max(500);

export interface Completeness<K extends string> {
  readonly missing: readonly K[];
}

/**
 * The verdict of a completeness check: met when no required entry of the facts is absent or blank, else
 * breached naming each missing one. `form` names the record in both languages (e.g. the repair service form).
 */
export function completeness<K extends string>(input: {
  readonly facts: Partial<Record<K, unknown>>;
  readonly required: readonly K[];
  readonly names: Readonly<Record<K, Bilingual>>;
  readonly form: Bilingual;
}): Verdict<Completeness<K>> {
  const required = [...new Set(input.required)];
  const missing = missingFields(input.facts, required);
  const { names, form } = input;
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
