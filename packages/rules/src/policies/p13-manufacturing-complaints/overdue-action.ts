/**
 * 第十四條: 總經理室于客訴案件處理過程中，對于逾期案件應開立「催辦單」催促有關部門處理，對于已結案的案件，應查核各部門處理時效，
 * 對于處理時效逾期案件，得開立「治辦單」送有關部門追查逾期原因。
 * The facts are P13.closure's, and the deadline is P13.closure's own verdict (called with the caller's
 * configuration, through the kernel's `callRule`): an open case past it gets a reminder (催辦單); a case closed after it
 * gets an inquiry (治辦單 — the seed says 得, "may", read as the action to take); anything else, none.
 */

import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, callRule } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { parseInstant } from '../../kernel/time.js';
import { closure, closureFacts } from './closure.js';

export type OverdueAction = 'reminder' | 'inquiry' | 'none';

const ACTION_TEXT: Readonly<Record<OverdueAction, Bilingual>> = {
  reminder: { en: 'issue a reminder (催辦單) to the departments', zh: '开立催办单催促有关部门处理' },
  inquiry: { en: 'issue an inquiry (治辦單) into why it was late', zh: '开立治办单追查逾期原因' },
  none: { en: 'no action is due', zh: '无须开单' },
};

export const overdueAction = defineRule({
  id: 'P13.overdue-action',
  policy: 'P13',
  clause: '第十四條',
  seedLines: [468, 469],
  kind: 'compute',
  title: {
    en: 'Overdue cases: reminder while open, inquiry once closed late',
    zh: '逾期客诉：未结案开催办单，逾期结案开治办单',
  },
  facts: closureFacts,
  params: z.object({}).strict(),
  startOf: (f) => at(f.acceptedAt),
  evaluate(f, ctx) {
    const judged = callRule(ctx, closure, f, []);
    const overdue = judged.status === 'breached';
    const action: OverdueAction = !overdue ? 'none' : f.closedAt === undefined ? 'reminder' : 'inquiry';
    const dueAt = judged.dueAt === undefined ? undefined : parseInstant(judged.dueAt);
    const state: Bilingual = overdue
      ? f.closedAt === undefined
        ? { en: 'The case is still open past its closure deadline', zh: '案件逾期仍未结案' }
        : { en: 'The case was closed after its closure deadline', zh: '案件逾期结案' }
      : {
          en: `The case is ${judged.status === 'met' ? 'closed on time' : 'open within its deadline'}`,
          zh: judged.status === 'met' ? '案件按时结案' : '案件尚在处理时限内',
        };
    const text = ACTION_TEXT[action];
    return {
      value: action,
      ...(dueAt !== undefined && { dueAt }),
      ...(judged.measured && { measured: judged.measured }),
      ...(judged.target && { target: judged.target }),
      explanation: {
        en: `${state.en} (${judged.explanation.en}): ${text.en}`,
        zh: `${state.zh}（${judged.explanation.zh}）：${text.zh}`,
      },
    };
  },
});
