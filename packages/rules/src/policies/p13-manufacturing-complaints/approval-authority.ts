/**
 * 第十一條: 客訴金額核決權限 — the heading survives, the table does not (Ambiguities 10). The table is a
 * parameter with no default: bands `{ upTo, approver }` in ascending order, the last one may leave `upTo`
 * out (no upper limit). Unconfigured, the rule says so (`not-configured`, naming the parameter); configured,
 * the approver is the first band whose `upTo` the amount does not exceed (each bound is inclusive).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { KefuRuleError, refuse } from '../../kernel/errors.js';
import { yuanToFen } from '../../kernel/money.js';
import { yuan } from '../../kernel/schemas.js';

const ID = 'P13.approval-authority';

const band = z
  .object({
    upTo: yuan.optional().meta({
      description: 'the largest amount (yuan, inclusive) this approver may decide; none on the last band',
      zh: '该审批人可决定的最大金额（元，含）；最后一档不设',
    }),
    approver: z.string().min(1).max(100).meta({
      description: 'who decides, e.g. 業務部經理 / 副總經理 / 總經理',
      zh: '决定人，例如业务部经理 / 副总经理 / 总经理',
    }),
  })
  .strict();

const bands = z
  .array(band)
  .min(1)
  .max(20)
  .superRefine((list, issue) => {
    list.forEach((b, i) => {
      const prev = list[i - 1];
      if (b.upTo === undefined && i < list.length - 1) {
        issue.addIssue({ code: 'custom', message: 'only the last band may have no upper limit', path: [i, 'upTo'] });
      }
      if (prev?.upTo !== undefined && b.upTo !== undefined && b.upTo <= prev.upTo) {
        issue.addIssue({ code: 'custom', message: 'bands must ascend by upTo', path: [i, 'upTo'] });
      }
    });
  });

export const approvalAuthority = defineRule({
  id: ID,
  policy: 'P13',
  clause: '第十一條',
  seedLines: [446, 446],
  kind: 'compute',
  title: { en: 'Who may approve a complaint settlement of a given amount', zh: '客诉金额核决权限' },
  facts: z
    .object({
      amount: yuan.meta({ description: 'the settlement amount in yuan', zh: '结算金额（元）' }),
    })
    .strict(),
  params: z
    .object({
      bands: bands.optional().meta({
        description: 'the approval table the seed leaves out: ascending { upTo, approver } bands',
        zh: '原文未给出的审批表：按升序排列的 { upTo, approver } 档次',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const table = ctx.params.bands;
    if (table === undefined) {
      const message =
        'the seed omits the approval table (第十一條): configure it as ascending { upTo, approver } bands';
      throw new KefuRuleError('not-configured', `${ID}: ${message}`, [
        { path: ['config', 'rules', ID, 'bands'], message },
      ]);
    }
    const amountFen = yuanToFen(f.amount);
    const chosen = table.find((b) => b.upTo === undefined || amountFen <= yuanToFen(b.upTo));
    const amount = ctx.words.yuan(f.amount);
    if (!chosen) {
      const top = ctx.words.yuan(table[table.length - 1]?.upTo ?? 0);
      throw refuse(`${amount.en} is above the highest configured band (${top.en}): no one may approve it`, ['amount']);
    }
    const limit = chosen.upTo === undefined ? undefined : ctx.words.yuan(chosen.upTo);
    return {
      value: chosen.approver,
      measured: { value: f.amount, unit: 'yuan' },
      ...(chosen.upTo !== undefined && { target: { value: chosen.upTo, unit: 'yuan', comparator: '<=' } }),
      explanation: limit
        ? {
            en: `${amount.en} is within the band up to ${limit.en}: approved by ${chosen.approver}`,
            zh: `金额${amount.zh}在${limit.zh}以内档：由${chosen.approver}核决`,
          }
        : {
            en: `${amount.en} is above every bounded band: approved by ${chosen.approver}`,
            zh: `金额${amount.zh}超过各有限额档：由${chosen.approver}核决`,
          },
    };
  },
});
