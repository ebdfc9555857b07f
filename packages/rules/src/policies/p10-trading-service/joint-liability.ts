/**
 * 連帶責任: 為了加強客服部管理制度的貫徹實施，公司實行扣罰連帶責任制。各部門員工因違反管理制度形成罰金處理的部門主管追責雙倍罰金。
 * Read: the head's fine is the employee's fine times the multiplier, on top of (not instead of) the employee's own.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import { yuan } from '../../kernel/schemas.js';

export const jointLiability = defineRule({
  id: 'P10.joint-liability',
  policy: 'P10',
  clause: '連帶責任',
  seedLines: [353, 353],
  kind: 'compute',
  title: { en: 'The department head pays double an employee’s fine', zh: '部门主管连带追责双倍罚金' },
  facts: z
    .object({
      employeeFine: yuan.meta({ description: "the department employee's fine, in yuan", zh: '部门员工的罚款（元）' }),
      employee: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
      departmentHead: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the department head (for the explanation)', zh: '部门主管（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      multiplier: z
        .number()
        .min(0)
        .max(10)
        .default(2)
        .meta({ description: "the head's fine as a multiple of the employee's", zh: '主管罚款为员工罚款的倍数' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const m = ctx.params.multiplier;
    const headFine = fenToYuan(mulDivFen(yuanToFen(f.employeeFine), m, 1));
    const head = f.departmentHead ?? 'the department head';
    const headZh = f.departmentHead ?? '部门主管';
    const fine = ctx.words.yuan(f.employeeFine);
    const owed = ctx.words.yuan(headFine);
    return {
      value: headFine,
      sanctions:
        headFine > 0
          ? [
              {
                type: 'fine',
                amount: headFine,
                clause: 'P10 連帶責任',
                note: `department head${f.departmentHead ? `: ${f.departmentHead}` : ''}`,
              },
            ]
          : [],
      explanation: {
        en: `An employee's fine of ${fine.en} makes ${head} liable for ${m} × that: a fine of ${owed.en}`,
        zh: `部门员工被罚${fine.zh}，${headZh}连带追责${m}倍：罚款${owed.zh}`,
      },
    };
  },
});
