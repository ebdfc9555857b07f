/**
 * 第三條: 客戶的正當投訴范圍包括: 1.產品在品質上有缺陷; 2.產品的交期; 3.產品規格、等級、數量等與合同規定或與貨物清單不符;
 * 4.產品技術規格超過允許誤差范圍; 5.產品在運輸途中受到損害; 6.因包裝不良造成損壞; 7.存在其他品質問題或違反合同問題。
 * 第七條: 如屬客戶原因，應迅速答復客戶，婉轉講明理由，請客戶諒解。
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { categories, categoryIds } from './categories.js';

export interface LegitimateValue {
  readonly legitimate: boolean;
  /** The item of 第三條 the complaint falls under; null when it is outside the scope. */
  readonly item: number | null;
}

export const legitimate = defineRule({
  id: 'P09.legitimate',
  policy: 'P09',
  clause: '第三條',
  seedLines: [232, 232],
  kind: 'compute',
  title: { en: 'Whether a complaint is within the legitimate scope', zh: '客户投诉是否属正当投诉范围' },
  facts: z
    .object({
      category: z.enum(categoryIds).meta({
        description:
          'what the complaint is about: one of the seven kinds of 第三條, a finer kind of 第八條, or outside',
        zh: '投诉的事由：第三条的七类之一、第八条的细分类别或范围外',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const info = categories[f.category];
    const value: LegitimateValue = { legitimate: info.item !== undefined, item: info.item ?? null };
    const explanation =
      info.item !== undefined
        ? {
            en: `A complaint about ${info.name.en} is legitimate (item ${info.item} of 7): the store accepts it for handling`,
            zh: `${info.name.zh}属正当投诉（第${info.item}项，共7项）：应予受理`,
          }
        : {
            en: `A complaint about ${info.name.en} is outside the 7 legitimate kinds: the customer is answered politely with the reason (第七條)`,
            zh: `${info.name.zh}不在7项正当投诉范围内：应婉转向客户讲明理由（第七條）`,
          };
    return { value, explanation };
  },
});
