/**
 * 第八條: (一)客訴處理的編號原則 年度(××)月份(××)流水編號(××) (二)編號周期以年度月份為原則。
 * The next case number `YYMMNN`: the two-digit year and month of receipt (in the organisation's zone) and a
 * serial that restarts at 01 each month. The serial never wraps: when a month's serials are used up (the
 * 100th case with two digits) the rule refuses, so two cases never share a number.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact, refuse } from '../../kernel/errors.js';
import { at } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The full year of a two-digit year: the one nearest the year of receipt (numbers from 1999 stay in 1999). */
function fullYear(yy: number, receivedYear: number): number {
  const same = receivedYear - (receivedYear % 100) + yy;
  return [same - 100, same, same + 100].reduce((best, y) =>
    Math.abs(y - receivedYear) < Math.abs(best - receivedYear) ? y : best,
  );
}

export const caseNumber = defineRule({
  id: 'P13.case-number',
  policy: 'P13',
  clause: '第八條',
  seedLines: [425, 428],
  kind: 'compute',
  title: { en: 'The next complaint case number YYMMNN', zh: '客诉处理表编号（年月流水号）' },
  facts: z
    .object({
      receivedAt: instant.meta({
        description: 'when the complaint form was received and is to be numbered',
        zh: '收到投诉单并待编号的时间',
      }),
      lastNumber: z
        .string()
        .regex(/^\d+$/, 'expected digits YYMMNN')
        .optional()
        .meta({ description: 'the last number issued, if any', zh: '上一次发出的编号（如有）' }),
    })
    .strict(),
  params: z
    .object({
      serialDigits: z
        .number()
        .int()
        .min(2)
        .max(4)
        .default(2)
        .meta({ description: 'digits of the monthly serial (流水編號(××))', zh: '每月流水号的位数（流水编号（××））' }),
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const digits = ctx.params.serialDigits;
    const maxSerial = 10 ** digits - 1;
    const local = ctx.time.format(at(f.receivedAt), ctx.zone);
    const year = Number(local.slice(0, 4));
    const month = Number(local.slice(5, 7));
    const prefix = `${pad(year % 100, 2)}${pad(month, 2)}`;
    let serial = 1;
    let previous = { en: 'no number issued before', zh: '此前未编号' };
    if (f.lastNumber !== undefined) {
      const last = f.lastNumber;
      if (last.length !== 4 + digits)
        throw badFact(['lastNumber'], `expected ${4 + digits} digits (YYMM and a ${digits}-digit serial)`);
      const lastMonth = Number(last.slice(2, 4));
      const lastSerial = Number(last.slice(4));
      if (lastMonth < 1 || lastMonth > 12) throw badFact(['lastNumber'], `month ${last.slice(2, 4)} is not 01–12`);
      if (lastSerial < 1) throw badFact(['lastNumber'], 'serials start at 01');
      const lastYear = fullYear(Number(last.slice(0, 2)), year);
      const order = lastYear * 12 + lastMonth - (year * 12 + month);
      if (order > 0) throw badFact(['lastNumber'], `${last} is from a month after the receipt (${prefix})`);
      if (order === 0) {
        if (lastSerial >= maxSerial) {
          throw refuse(
            `${last} was serial ${lastSerial}, the last of ${prefix}: a ${digits}-digit serial allows ${maxSerial} cases a month and never wraps`,
            ['lastNumber'],
          );
        }
        serial = lastSerial + 1;
        previous = { en: `the last number ${last} is from this month`, zh: `上一个编号${last}属本月` };
      } else {
        previous = {
          en: `the last number ${last} is from an earlier month, so the serial restarts`,
          zh: `上一个编号${last}属以前月份，流水号重新起编`,
        };
      }
    }
    const next = `${prefix}${pad(serial, digits)}`;
    return {
      value: next,
      measured: { value: serial, unit: 'count' },
      target: { value: maxSerial, unit: 'count', comparator: '<=' },
      explanation: {
        en: `Received in ${local.slice(0, 7)}; ${previous.en}: the next number is ${next} (serial ${serial} of at most ${maxSerial} this month)`,
        zh: `收件月份${local.slice(0, 7)}，${previous.zh}：下一个编号为${next}（本月第${serial}号，每月至多${maxSerial}号）`,
      },
    };
  },
});
