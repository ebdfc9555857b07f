/** The verdict of a P12 item: what was found, measured against none allowed, and the points it costs. */
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual, Unit } from '../../kernel/result.js';
import { describeSanctions, type Sanction } from '../../kernel/sanctions.js';

export interface ItemInput {
  /** How many breaches were found (missing items, incidents, calls …). */
  readonly found: number;
  readonly unit: Unit;
  readonly sanctions: readonly Sanction[];
  /** What was found, e.g. "2 items of dress missing" / "缺2项". */
  readonly finding: Bilingual;
  /** The reading chosen where the seed is vague, appended to the explanation. */
  readonly reading?: Bilingual;
}

/** `met` with nothing found, else `breached` with the sanctions, stating found vs none allowed. */
export function itemVerdict(input: ItemInput): Verdict<never> {
  const { found, unit, sanctions, finding, reading } = input;
  const measured = { value: found, unit };
  const target = { value: 0, unit, comparator: '<=' as const };
  const what = describeSanctions(sanctions);
  const tail = reading ? { en: `; ${reading.en}`, zh: `；${reading.zh}` } : { en: '', zh: '' };
  if (found === 0) {
    return {
      status: 'met',
      measured,
      target,
      explanation: {
        en: `${finding.en}, as required (none allowed): no deduction${tail.en}`,
        zh: `${finding.zh}，符合要求：不扣分${tail.zh}`,
      },
    };
  }
  return {
    status: 'breached',
    measured,
    target,
    sanctions,
    explanation: {
      en: `${finding.en}; none is allowed: ${what.en}${tail.en}`,
      zh: `${finding.zh}，不允许：${what.zh}${tail.zh}`,
    },
  };
}
