/**
 * A deadline at a given instant rather than at the end of a day (the kernel's `fixedDeadline` ends at
 * 23:59:59.999 local): "15 minutes before the handover" is due at that minute. Kind `fixed`, so the
 * verdict does not measure elapsed minutes from the window start; the rule reports its own measure.
 */
import type { Deadline } from '../../kernel/deadline.js';
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

export function instantDeadline(dueAt: number, windowStart: number, describe: Bilingual): Deadline {
  return { kind: 'fixed', windowStart: Math.min(windowStart, dueAt), dueAt, skipped: [], describe };
}

/** Append the consequence to a breached verdict's explanation. */
export function withConsequence<V>(verdict: Verdict<V>, consequence: Bilingual): Verdict<V> {
  if (verdict.status !== 'breached') return verdict;
  return {
    ...verdict,
    explanation: {
      en: `${verdict.explanation.en}: ${consequence.en}`,
      zh: `${verdict.explanation.zh}：${consequence.zh}`,
    },
  };
}
