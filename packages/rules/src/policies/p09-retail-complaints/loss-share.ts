/**
 * 第二十一條 2: 客戶投訴罰扣標準依"客戶投訴損失金額核算基準"罰扣，責任歸屬部門的人員，以損失金額除以該責任部門的總基點數，
 * 再乘以個人的總基點數即為罰扣金額。 (1: 予以罰扣個人績效獎金，其罰扣金額歸屬公司。)
 * Exact in fen: loss × person ÷ department, rounded half up once, never through a float quotient. Base
 * points are counted in ten-thousandths (their four decimals), and checked in them: 1e-11 passed a check
 * on the float and then divided by zero (issue #13, Low).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { describeYuan, fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import { yuan } from '../../kernel/schemas.js';
import { basePoints } from './base-points.js';

/** Base points in whole ten-thousandths: the precision they are given in (and summed float noise dropped). */
function tenThousandths(points: number): number {
  return Math.round(points * 10_000);
}

export const lossShare = defineRule({
  id: 'P09.loss-share',
  policy: 'P09',
  clause: '第二十一條 2',
  seedLines: [251, 251],
  kind: 'compute',
  title: { en: "A person's share of a complaint's loss", zh: '客户投诉损失的个人罚扣金额' },
  facts: z
    .object({
      loss: yuan.meta({
        description: "the complaint's loss in yuan (per the loss accounting basis)",
        zh: '投诉的损失（元）（按损失核算依据）',
      }),
      departmentBasePoints: basePoints.meta({
        description: "the responsible department's total base points",
        zh: '责任部门的基点数合计',
      }),
      personBasePoints: basePoints.meta({ description: "the person's total base points", zh: '该员工的基点数合计' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const department = tenThousandths(f.departmentBasePoints);
    const person = tenThousandths(f.personBasePoints);
    if (department === 0) {
      throw badFact(
        ['departmentBasePoints'],
        'must be at least 0.0001 (base points count to four decimals): the loss is divided by it',
      );
    }
    if (person > department) {
      throw badFact(['personBasePoints'], "must not exceed the department's total base points");
    }
    const amount = fenToYuan(mulDivFen(yuanToFen(f.loss), person, department));
    const loss = describeYuan(f.loss);
    const share = describeYuan(amount);
    const d = department / 10_000;
    const p = person / 10_000;
    return {
      value: amount,
      sanctions: amount > 0 ? [{ type: 'bonus-deduction', amount, clause: 'P09 第二十一條 2' }] : [],
      explanation: {
        en: `${loss.en} ÷ ${d} department base points × ${p} personal base points = ${share.en}, deducted from the performance bonus and kept by the company (the monthly cap of P09.bonus-deduction applies)`,
        zh: `${loss.zh}÷部门总基点数${d}×个人基点数${p}=${share.zh}，从个人绩效奖金中罚扣，归公司所有（受P09.bonus-deduction的每月上限约束）`,
      },
    };
  },
});
