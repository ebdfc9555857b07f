/**
 * 2: 前臺電話不得外借他人員使用，每月電話費保持在部門定額標準內，超出的話費由前臺接待員承擔。
 * Compute: the month's overage (bill − quota, never below 0) is the value and a `charge` to the receptionist,
 * in fen, reported in yuan. The quota comes from the facts, else from the configuration (`quota`); neither
 * is a `not-configured` error. A lent-out phone (`lentOut`) is flagged as a warning: the seed forbids it but
 * sets no penalty of its own.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { KefuRuleError } from '../../kernel/errors.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Warning } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { yearMonth, yuan } from '../../kernel/schemas.js';

const CLAUSE = 'P11 2';

export const phoneBill = defineRule({
  id: 'P11.phone-bill',
  policy: 'P11',
  clause: '2',
  seedLines: [358, 358],
  kind: 'compute',
  title: { en: 'Desk phone bill above the quota is paid by the receptionist', zh: '前台电话费超出定额由接待员承担' },
  facts: z
    .object({
      bill: yuan.meta({ description: "the month's desk phone bill in yuan", zh: '当月前台电话费（元）' }),
      quota: yuan.optional().meta({
        description: "the department's monthly quota in yuan (else the configured quota)",
        zh: '部门每月话费限额（元）（否则用配置的限额）',
      }),
      month: yearMonth.optional().meta({ description: 'the month billed', zh: '计费的月份' }),
      lentOut: z
        .boolean()
        .optional()
        .meta({ description: 'the desk phone was lent to someone else', zh: '前台电话借给他人使用' }),
    })
    .strict(),
  params: z
    .object({
      quota: yuan.optional().meta({
        description: "the department's monthly phone quota in yuan when the facts give none",
        zh: '事实中未给出时，部门每月的话费限额（元）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const quota = f.quota ?? ctx.params.quota;
    if (quota === undefined) {
      throw new KefuRuleError('not-configured', 'P11.phone-bill: the department phone quota is not set', [
        { path: ['quota'], message: 'give the quota in the facts' },
        { path: ['config', 'rules', 'P11.phone-bill', 'quota'], message: 'or set it in the configuration' },
      ]);
    }
    const overFen = Math.max(0, yuanToFen(f.bill) - yuanToFen(quota));
    const over = fenToYuan(overFen);
    const sanctions: Sanction[] =
      overFen > 0 ? [{ type: 'charge', amount: over, clause: CLAUSE, note: 'phone bill over quota' }] : [];
    const warnings: Warning[] = f.lentOut
      ? [
          {
            code: 'phone-lent',
            en: 'The desk phone must not be lent to anyone (P11 2)',
            zh: '前台电话不得外借他人使用（P11 2）',
          },
        ]
      : [];
    const bill = ctx.words.yuan(f.bill);
    const cap = ctx.words.yuan(quota);
    const when = f.month === undefined ? { en: '', zh: '' } : { en: ` for ${f.month}`, zh: `（${f.month}）` };
    const explanation =
      overFen > 0
        ? {
            en: `The desk phone bill${when.en} of ${bill.en} is ${ctx.words.yuan(over).en} over the quota of ${cap.en}: the receptionist pays ${ctx.words.yuan(over).en}`,
            zh: `前台电话费${when.zh}${bill.zh}，超出部门定额${cap.zh}共${ctx.words.yuan(over).zh}，由前台接待员承担`,
          }
        : {
            en: `The desk phone bill${when.en} of ${bill.en} is within the quota of ${cap.en}: nothing to pay`,
            zh: `前台电话费${when.zh}${bill.zh}，未超出部门定额${cap.zh}，无需承担`,
          };
    return {
      value: over,
      measured: { value: f.bill, unit: 'yuan' },
      target: { value: quota, unit: 'yuan', comparator: '<=' },
      sanctions,
      warnings,
      explanation,
    };
  },
});
