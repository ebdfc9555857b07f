/** (五)違紀處理 3: 任何情況下，都不能與客戶發生爭吵、沖突。違反上述規定，予以責任者除名處理，扣罰一月工資。 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { yuan } from '../../kernel/schemas.js';

export interface QuarrelValue {
  readonly dismissal: true;
  /** Yuan of salary withheld. */
  readonly wageDeduction: number;
}

const CLAUSE = 'P10 (五)3';

export const quarrel = defineRule({
  id: 'P10.quarrel',
  policy: 'P10',
  clause: '(五)3',
  seedLines: [336, 336],
  kind: 'compute',
  title: { en: 'A quarrel with a customer: dismissal and a month’s salary', zh: '与客户争吵冲突：除名并扣罚一月工资' },
  facts: z
    .object({
      monthlySalary: yuan.meta({ description: "the employee's monthly salary in yuan", zh: '该员工的月薪（元）' }),
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
      salaryMonths: z
        .number()
        .min(0)
        .max(12)
        .default(1)
        .meta({ description: 'months of salary withheld', zh: '扣发工资的月数' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const months = ctx.params.salaryMonths;
    const wageDeduction = fenToYuan(mulDivFen(yuanToFen(f.monthlySalary), months, 1));
    const sanctions: Sanction[] = [{ type: 'dismissal', clause: CLAUSE }];
    if (wageDeduction > 0) sanctions.push({ type: 'wage-deduction', amount: wageDeduction, clause: CLAUSE });
    const value: QuarrelValue = { dismissal: true, wageDeduction };
    const salary = ctx.words.yuan(f.monthlySalary);
    const withheld = ctx.words.yuan(wageDeduction);
    return {
      value,
      sanctions,
      explanation: {
        en: `A quarrel or conflict with a customer, whatever the circumstances: dismissal and ${months} month(s) of a ${salary.en} salary withheld, ${withheld.en}`,
        zh: `任何情况下与客户发生争吵、冲突：予以除名，扣罚${months}个月工资（月薪${salary.zh}），计${withheld.zh}`,
      },
    };
  },
});
