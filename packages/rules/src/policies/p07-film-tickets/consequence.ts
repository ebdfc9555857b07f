/** What follows a breach of a P07 rule: the policy prescribes no sanction, only the correction. */
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

export const NO_SANCTION: Bilingual = { en: 'the policy prescribes no sanction', zh: '本制度未规定处罚' };

/** Append the consequence of a breach: what must be done, if given, and that no sanction is prescribed. */
export function onBreach<V>(verdict: Verdict<V>, action?: Bilingual): Verdict<V> {
  if (verdict.status !== 'breached') return verdict;
  const en = action ? `; ${action.en} (${NO_SANCTION.en})` : ` (${NO_SANCTION.en})`;
  const zh = action ? `；${action.zh}（${NO_SANCTION.zh}）` : `（${NO_SANCTION.zh}）`;
  return { ...verdict, explanation: { en: `${verdict.explanation.en}${en}`, zh: `${verdict.explanation.zh}${zh}` } };
}
