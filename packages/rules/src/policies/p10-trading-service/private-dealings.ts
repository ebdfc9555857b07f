/**
 * (五)違紀處理 2: 任何員工在接待客戶來訪時嚴禁談私事或請客戶幫私忙，更不能對客戶有超越職權范圍的承諾和顯露對公司或他人的不滿。
 * 違反上述規定，予以責任者200元/次罰款處理。
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Bilingual } from '../../kernel/result.js';
import { yuan } from '../../kernel/schemas.js';

const CONDUCT = {
  'private-matters': { en: 'talking about private matters', zh: '谈私事' },
  'personal-favour': { en: 'asking a customer for a personal favour', zh: '请客户帮私忙' },
  'promise-beyond-authority': { en: 'a promise beyond authority', zh: '超越职权范围的承诺' },
  'complaint-about-company': { en: 'showing discontent with the firm or others', zh: '显露对公司或他人的不满' },
} as const satisfies Record<string, Bilingual>;

type Conduct = keyof typeof CONDUCT;
const conductIds = Object.keys(CONDUCT) as [Conduct, ...Conduct[]];

export const privateDealings = defineRule({
  id: 'P10.private-dealings',
  policy: 'P10',
  clause: '(五)2',
  seedLines: [335, 335],
  kind: 'compute',
  title: { en: 'Private dealings with a customer: 200 yuan each time', zh: '接待客户时谈私事等：每次罚款200元' },
  facts: z
    .object({
      count: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .default(1)
        .meta({ description: 'how many times (each is fined)', zh: '次数（每次都罚款）' }),
      conduct: z
        .enum(conductIds)
        .optional()
        .meta({ description: 'what was done, for the explanation', zh: '所做的事，用于说明' }),
      employee: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      finePerTime: yuan.max(100_000).default(200).meta({ description: 'fine per occurrence', zh: '每次的罚款' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const perFen = yuanToFen(ctx.params.finePerTime);
    const fine = fenToYuan(perFen * f.count);
    const what: Bilingual =
      f.conduct === undefined ? { en: 'private dealings', zh: '违反接待纪律' } : CONDUCT[f.conduct];
    const who = f.employee === undefined ? { en: '', zh: '' } : { en: ` by ${f.employee}`, zh: `（${f.employee}）` };
    const each = ctx.words.yuan(ctx.params.finePerTime);
    const total = ctx.words.yuan(fine);
    return {
      value: fine,
      sanctions: fine > 0 ? [{ type: 'fine', amount: fine, clause: 'P10 (五)2', note: `${f.count} × ${each.en}` }] : [],
      explanation: {
        en: `${f.count} time(s) of ${what.en}${who.en} with a customer at ${each.en} each: a fine of ${total.en}; the department head owes double (P10.joint-liability)`,
        zh: `接待客户时${what.zh}${who.zh}${f.count}次，每次${each.zh}：罚款${total.zh}；部门主管追责双倍（P10.joint-liability）`,
      },
    };
  },
});
