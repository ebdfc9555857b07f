/**
 * 第九條(十三): 客訴不成立時，業務員在接到“客戶抱怨處理表”時，在規定收款期收回應收帳款，如客戶有異議時，再呈報上級
 * 進行處理。
 * A complaint found not established does not delay payment: once the salesperson has the form back, the
 * receivable is collected by its normal due date (規定收款期, `dueOn`, the end of that local day). A customer who
 * objects is taken to the superior instead (再呈報上級): then the collection is not judged, only that the
 * objection was escalated (`escalated`; the seed gives that no time).
 */
import * as z from 'zod';
import { fixedDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, dateOf, noPenalty, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';

const CONSEQUENCE = noPenalty('P13', { en: '第九條(十三)', zh: '第九條(十三)' }, true);

export const rejectedReceivable = defineRule({
  id: 'P13.rejected-receivable',
  policy: 'P13',
  clause: '第九條(十三)',
  seedLines: [442, 442],
  kind: 'check',
  title: {
    en: 'A complaint not established: the receivable collected by its normal due date',
    zh: '客诉不成立时，应收账款在规定收款期内收回',
  },
  facts: z
    .object({
      formReceivedAt: instant.meta({
        description: 'when the salesperson received the form saying the complaint is not established',
        zh: '业务员接到客诉不成立的客户抱怨处理表的时间',
      }),
      dueOn: isoDate.meta({
        description: 'the receivable’s normal due date (規定收款期)',
        zh: '应收账款的规定收款日期',
      }),
      collectedAt: instant.optional().meta({ description: 'when the receivable was collected', zh: '收回账款的时间' }),
      customerObjected: z.boolean().default(false).meta({
        description: 'the customer objects: taken to the superior instead (再呈報上級)',
        zh: '客户有异议：改为呈报上级处理',
      }),
      escalated: z.boolean().default(false).meta({
        description: 'the objection was reported to the superior',
        zh: '客户异议已呈报上级',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.formReceivedAt),
  evaluate(f, ctx) {
    const received = at(f.formReceivedAt);
    const collected = atOpt(f.collectedAt);
    notBefore(collected, received, 'collectedAt', 'formReceivedAt');
    if (f.customerObjected) {
      return f.escalated
        ? {
            status: 'met',
            explanation: {
              en: 'The customer objected and the objection was reported to the superior (再呈報上級), as the clause asks',
              zh: '客户有异议，已按规定呈报上级处理',
            },
          }
        : {
            status: 'breached',
            explanation: {
              en: `The customer objected but the objection was not reported to the superior (再呈報上級): ${CONSEQUENCE.en}`,
              zh: `客户有异议，但未呈报上级处理：${CONSEQUENCE.zh}`,
            },
          };
    }
    // A due date before the form came back still binds: the window is then empty, as the seed has no grace.
    const deadline = fixedDeadline(dateOf(f.dueOn), received, ctx);
    const verdict = timedVerdict({ deadline, doneAt: collected, ctx, action: { en: 'collection', zh: '收回账款' } });
    return withConsequence(verdict, CONSEQUENCE);
  },
});
