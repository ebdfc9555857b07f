/**
 * 第七條: 各門店接到投訴后，應確認其投訴理由是否成立，呈報上級主管裁定是否受理。如屬客戶原因，應迅速答復客戶，
 * 婉轉講明理由，請客戶諒解。
 * A complaint the store finds established is accepted by the supervisor's decision (呈報上級主管裁定是否受理),
 * as a declined one is (P09.decline-reply): a store that accepted it on its own breaches the clause. The
 * decision is judged, not its merits (whether the reason was really established is the store's finding).
 * 婉轉講明理由 (explaining the reason tactfully) is a manner of speaking no record shows. P09 prescribes no
 * penalty.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, noPenalty, withConsequence } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';

const CONSEQUENCE = noPenalty('P09', { en: 'the acceptance rule', zh: '投诉受理规定' }, true);

export const acceptance = defineRule({
  id: 'P09.acceptance',
  policy: 'P09',
  clause: '第七條',
  seedLines: [237, 237],
  kind: 'check',
  title: {
    en: 'An accepted complaint: the supervisor decides to accept it',
    zh: '受理投诉须呈报上级主管裁定',
  },
  facts: z
    .object({
      acceptedAt: instant.meta({ description: 'when the complaint was accepted', zh: '投诉被受理的时间' }),
      decidedBy: z.enum(['supervisor', 'store']).meta({
        description: 'who decided to accept it: the supervisor (上級主管), as 第七條 requires, or the store itself',
        zh: '裁定受理者：上级主管（第七条要求）或门店自行决定',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.acceptedAt),
  evaluate(f) {
    const target = { value: 1, unit: 'count' as const, comparator: '>=' as const };
    if (f.decidedBy === 'supervisor') {
      return {
        status: 'met',
        measured: { value: 1, unit: 'count' },
        target,
        explanation: {
          en: "The complaint was accepted by the supervisor's decision (呈報上級主管裁定)",
          zh: '投诉经上级主管裁定后受理',
        },
      };
    }
    return withConsequence(
      {
        status: 'breached',
        measured: { value: 0, unit: 'count' },
        target,
        explanation: {
          en: "The store accepted the complaint without the supervisor's decision (呈報上級主管裁定)",
          zh: '门店未呈报上级主管裁定即自行受理投诉',
        },
      },
      CONSEQUENCE,
    );
  },
});
