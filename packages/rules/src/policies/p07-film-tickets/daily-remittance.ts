/**
 * 3: 電影票銷售額由前臺接待員于每日下班前交至財務部出納處。
 * 7: 客務助理替崗前臺時，如銷售電影票，亦須做好登記，款項由本人保管，并于次日班交至前臺接待員處。
 * Read: `shiftEnd` is the end of the shift by which the money is due: for the receptionist, their shift on the day of
 * sale (a night shift may end the next morning); for a colleague covering the desk, the receptionist's shift on the
 * next day (`coverNextDays`, default 1). On time means at or before that instant.
 */
import * as z from 'zod';
import { instantDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, dateOf, onBreach, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDate, yuan } from '../../kernel/schemas.js';
import { formatDay, parseDate } from '../../kernel/time.js';

export const dailyRemittance = defineRule({
  id: 'P07.daily-remittance',
  policy: 'P07',
  clause: '3, 7',
  seedLines: [181, 185],
  kind: 'check',
  title: {
    en: "The day's ticket takings reach the cashier before the shift ends",
    zh: '当日售票款下班前交财务部出纳',
  },
  facts: z
    .object({
      soldOn: isoDate.meta({ description: 'the day the tickets were sold', zh: '售票的日期' }),
      shiftEnd: instant.meta({
        description:
          "end of the shift the money is due by: the receptionist's that day, or for a cover the receptionist's next-day shift",
        zh: '票款须在其结束前上交的班次结束时间：当天接待人员的班次，替岗时为接待人员次日的班次',
      }),
      byCover: z.boolean().default(false).meta({
        description: 'sold by a colleague covering the desk (客務助理替崗), who hands the money to the receptionist',
        zh: '由替岗同事售出（客务助理替岗），票款交给接待人员',
      }),
      remittedAt: instant
        .optional()
        .meta({ description: 'when the money was handed over; absent: not yet', zh: '交款的时间；缺省：尚未交款' }),
      amount: yuan
        .optional()
        .meta({ description: 'the takings, yuan (for the explanation)', zh: '票款（元）（用于说明）' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      coverNextDays: z.number().int().min(1).max(7).default(1).meta({
        description:
          "a cover hands the money over on the receptionist's shift this many days after the sale (seed: 次日)",
        zh: '替岗人员在售票后第几天的接待人员班次上交款（原文：次日）',
      }),
    })
    .strict(),
  startOf: (f, zone, time) => {
    const day = parseDate(f.soldOn);
    return day === undefined ? undefined : time.startOfLocalDay(day, zone);
  },
  evaluate(f, ctx) {
    const sold = dateOf(f.soldOn);
    const end = at(f.shiftEnd);
    const remitted = atOpt(f.remittedAt);
    const dueDay = f.byCover ? sold + ctx.params.coverNextDays : sold;
    const endDay = ctx.time.localDay(end, ctx.zone);
    // The shift may run past midnight, so it may end on the due day or the morning after.
    if (endDay < dueDay || endDay > dueDay + 1) {
      const which = f.byCover ? `the receptionist's shift on ${formatDay(dueDay)}` : `the shift of ${formatDay(sold)}`;
      throw badFact(['shiftEnd'], `must be the end of ${which}`);
    }
    const opens = ctx.time.startOfLocalDay(sold, ctx.zone);
    if (remitted !== undefined && remitted < opens) throw badFact(['remittedAt'], 'must not be before soldOn');
    const due = ctx.time.localText(end, ctx.zone);
    const deadline = instantDeadline(
      end,
      opens,
      f.byCover
        ? { en: `on the receptionist's shift the next day, by ${due}`, zh: `次日班内交前台接待员（${due}前）` }
        : { en: `before the end of the shift, ${due}`, zh: `下班前（${due}）` },
    );
    const sum = f.amount === undefined ? { en: 'the takings', zh: '售票款' } : ctx.words.yuan(f.amount);
    const action = f.byCover
      ? { en: `hand-over of ${sum.en} to the receptionist`, zh: `将${sum.zh}交前台接待员` }
      : { en: `hand-over of ${sum.en} to the cashier`, zh: `将${sum.zh}交财务部出纳` };
    const settle = f.byCover
      ? { en: 'the money goes to the receptionist at once', zh: '款项须立即交前台接待员' }
      : { en: 'the money goes to the cashier at once', zh: '款项须立即交财务部出纳' };
    return onBreach(timedVerdict({ deadline, doneAt: remitted, ctx, action }), settle);
  },
});
