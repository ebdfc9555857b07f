/**
 * 5.1 (line 389): 《客服人員考核表》 — the scoring policy's record: each person scored for the month has an
 * assessment form. P12.monthly-score computes the month's score; this rule checks that the form exists for
 * every member of staff the month scored. A person without one is breached (P12 prescribes no penalty).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { noPenalty, withConsequence } from '../../kernel/helpers.js';
import { yearMonth } from '../../kernel/schemas.js';

const NO_PENALTY = noPenalty('P12', { en: 'the staff assessment record (5.1)', zh: '客服人员考核记录（5.1）' });

const people = (description: string, zh: string) =>
  z.array(z.string().trim().min(1).max(64)).max(1000).meta({ description, zh });

export const assessmentForms = defineRule({
  id: 'P12.assessment-forms',
  policy: 'P12',
  clause: '5.1',
  seedLines: [389, 389],
  kind: 'check',
  title: {
    en: 'An assessment form (《客服人員考核表》) for each person each month',
    zh: '每人每月一份《客服人员考核表》',
  },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month assessed (YYYY-MM)', zh: '考核月份（YYYY-MM）' }),
      staff: people('the customer-service staff assessed that month', '当月应考核的客服人员'),
      forms: people('the people whose 《客服人員考核表》 for the month is on file', '当月已有《客服人员考核表》的人员'),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const filed = new Set(f.forms);
    const assessed = new Set(f.staff);
    const missing = [...assessed].filter((p) => !filed.has(p));
    if (missing.length === 0) {
      return {
        status: 'met',
        measured: { value: assessed.size, unit: 'count' },
        explanation: {
          en: `${f.month}: an assessment form for each of the ${assessed.size} staff`,
          zh: `${f.month}：${assessed.size}名客服人员均有考核表`,
        },
      };
    }
    return withConsequence(
      {
        status: 'breached',
        measured: { value: missing.length, unit: 'count' },
        explanation: {
          en: `${f.month}: no assessment form for ${missing.join(', ')}`,
          zh: `${f.month}：${missing.join('、')}缺少《客服人员考核表》`,
        },
      },
      NO_PENALTY,
    );
  },
});
