/** What a breached P14 rule reports: the policy sets duties but prescribes no penalty. */
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

export const NO_PENALTY: Bilingual = {
  en: 'a breach of the attendance and roster rules (P14 prescribes no penalty)',
  zh: '违反考勤与排班规定（本制度未规定处罚）',
};

/** Append the consequence to a breached verdict's explanation. */
export function withConsequence<V>(verdict: Verdict<V>): Verdict<V> {
  if (verdict.status !== 'breached') return verdict;
  return {
    ...verdict,
    explanation: {
      en: `${verdict.explanation.en}: ${NO_PENALTY.en}`,
      zh: `${verdict.explanation.zh}：${NO_PENALTY.zh}`,
    },
  };
}
