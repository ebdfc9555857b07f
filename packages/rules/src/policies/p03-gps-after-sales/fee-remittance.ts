/**
 * 收費: 凡屬[收費服務]，應由維修人員直接向客戶收取費用，并開具發票，回到公司后，立即將款交于財務。
 * Read: 立即 ("immediately") is taken as the same local day as the return to the office (the catalogue's default);
 * `daysAfterReturn` extends it. Collecting without an invoice breaches the clause whatever the remittance.
 */
import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, onBreach, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant, yuan } from '../../kernel/schemas.js';
import { formatDay } from '../../kernel/time.js';

export const feeRemittance = defineRule({
  id: 'P03.fee-remittance',
  policy: 'P03',
  clause: '收費',
  seedLines: [97, 97],
  kind: 'check',
  title: {
    en: 'Money collected on site is invoiced and handed to finance on return',
    zh: '现场收费须开具发票，回公司后立即交财务',
  },
  facts: z
    .object({
      collectedAt: instant.meta({
        description: 'when the technician collected the money from the customer',
        zh: '技术员向客户收款的时间',
      }),
      invoiceIssued: z
        .boolean()
        .meta({ description: 'an invoice (發票) was issued to the customer', zh: '已向客户开具发票' }),
      returnedAt: instant.meta({
        description: 'when the technician got back to the office',
        zh: '技术员回到公司的时间',
      }),
      remittedAt: instant.optional().meta({
        description: 'when the money was handed to finance; absent: not yet',
        zh: '款项交到财务的时间；缺省：尚未上交',
      }),
      amount: yuan
        .optional()
        .meta({ description: 'the sum collected, yuan (for the explanation)', zh: '收取的金额（元）（用于说明）' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      daysAfterReturn: z.number().int().min(0).max(7).default(0).meta({
        description:
          'calendar days after the day of return by whose end the money reaches finance (seed: 立即, same day)',
        zh: '回公司当天之后的日历天数，款项须在该日结束前交到财务（原文：立即，即当天）',
      }),
    })
    .strict(),
  startOf: (f) => at(f.returnedAt),
  evaluate(f, ctx) {
    const collected = at(f.collectedAt);
    const returned = at(f.returnedAt);
    const remitted = atOpt(f.remittedAt);
    notBefore(returned, collected, 'returnedAt', 'collectedAt');
    notBefore(remitted, collected, 'remittedAt', 'collectedAt');
    const days = ctx.params.daysAfterReturn;
    const base = calendarDaysDeadline(returned, days, ctx);
    const returnDay = formatDay(ctx.time.localDay(returned, ctx.zone));
    const deadline =
      days === 0
        ? {
            ...base,
            describe: {
              en: `same day as the return to the office, by the end of ${returnDay}`,
              zh: `回公司当日（${returnDay}）内`,
            },
          }
        : base;
    const sum = f.amount === undefined ? undefined : ctx.words.yuan(f.amount);
    const action = {
      en: sum ? `hand-over of ${sum.en} to finance` : 'hand-over to finance',
      zh: sum ? `将${sum.zh}交财务` : '交财务',
    };
    const settle = {
      en: 'the money goes to finance at once, with an invoice for the customer',
      zh: '款项须立即交财务，并为客户开具发票',
    };
    const noInvoice = {
      en: 'No invoice was issued for the money collected (the clause requires one)',
      zh: '收费未开具发票（制度要求开具发票）',
    };
    // Without an invoice the clause is already breached: no asOf is needed to say so.
    if (!f.invoiceIssued && remitted === undefined && ctx.asOf === undefined) {
      return onBreach({ status: 'breached', deadline, explanation: noInvoice }, settle);
    }
    const verdict = timedVerdict({ deadline, doneAt: remitted, ctx, action });
    if (f.invoiceIssued) return onBreach(verdict, settle);
    return onBreach(
      {
        ...verdict,
        status: 'breached',
        explanation: {
          en: `${noInvoice.en}; ${verdict.explanation.en}`,
          zh: `${noInvoice.zh}；${verdict.explanation.zh}`,
        },
      },
      settle,
    );
  },
});
