/**
 * Every duty of P10 is part of its service rules (客服工作管理規定), and a breach of them is fined under (五)1 (line 333):
 * the amount depends on the employee's history, so a check rule names the consequence and P10.repeat-violation
 * computes it.
 */
import type { Verdict } from '../../kernel/define-rule.js';
import { withConsequence } from '../../kernel/helpers.js';

export const SERVICE_BREACH = {
  en: 'a breach of the service rules, fined under (五)1 (P10.repeat-violation)',
  zh: '违反客服工作管理规定，按(五)1处罚（P10.repeat-violation）',
};

export function withServiceBreach<V>(verdict: Verdict<V>): Verdict<V> {
  return withConsequence(verdict, SERVICE_BREACH);
}
