/**
 * 第九條(八): “客戶抱怨處理表”會決後的結論，若客戶未能理解時業務部門應再填一份新的“客戶抱怨處理表”附原抱怨表一並呈報處理。
 * A customer who does not accept the decided conclusion: sales files a new complaint form, with the original
 * attached, and submits them together. Judged once the dispute is recorded: a new form (`newForm`, its number)
 * with the original attached is met; no new form, or one without the original, is breached. The seed sets no
 * time for the new form; in an audit it is judged at the end of the log (or once the refiling is read).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, noPenalty } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';

const CONSEQUENCE = noPenalty('P13', { en: '第九條(八)', zh: '第九條(八)' }, true);

export const reopenedForm = defineRule({
  id: 'P13.reopened-form',
  policy: 'P13',
  clause: '第九條(八)',
  seedLines: [437, 437],
  kind: 'check',
  title: {
    en: 'A conclusion the customer does not accept: a new complaint form, the original attached',
    zh: '客户不接受结论时须另填新的客户抱怨处理表并附原表',
  },
  facts: z
    .object({
      disputedAt: instant.meta({
        description: 'when the customer did not accept the decided conclusion',
        zh: '客户未能接受会决结论的时间',
      }),
      newForm: z.string().min(1).max(200).optional().meta({
        description: 'the new complaint form’s number, once filed',
        zh: '新填客户抱怨处理表的编号（已填时）',
      }),
      originalAttached: z.boolean().default(false).meta({
        description: 'the original form is attached to the new one',
        zh: '新表已附原抱怨表',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.disputedAt),
  evaluate(f) {
    if (f.newForm === undefined) {
      return {
        status: 'breached',
        explanation: {
          en: `The customer did not accept the conclusion, but no new complaint form was filed: ${CONSEQUENCE.en}`,
          zh: `客户未能接受结论，但未另填新的客户抱怨处理表：${CONSEQUENCE.zh}`,
        },
      };
    }
    if (!f.originalAttached) {
      return {
        status: 'breached',
        explanation: {
          en: `The new complaint form ${f.newForm} was filed without the original attached: ${CONSEQUENCE.en}`,
          zh: `新填的客户抱怨处理表${f.newForm}未附原抱怨表：${CONSEQUENCE.zh}`,
        },
      };
    }
    return {
      status: 'met',
      explanation: {
        en: `The disputed conclusion was refiled on a new complaint form ${f.newForm}, the original attached`,
        zh: `客户不接受的结论已另填新表${f.newForm}，并附原抱怨表`,
      },
    };
  },
});
