/**
 * 4.2.2 5): 上班時間無特殊情況嚴禁接外線或打接內線，外線電話不得超過10分鐘，內線電話不得超過5分鐘，打電話聊天者，扣5分，
 * 一個月被查3次者，警告處分加扣10分，5次作自動離職處分。
 * Read: a call longer than its limit (outside 10 min, inside 5 min; exactly the limit is fine) is "chatting on the
 * phone" and costs 5 points; a call marked `special` (有特殊情況) is exempt. The facts are one person's calls in
 * one calendar month; the 3rd over-long call of the month adds a warning and 10 points, the 5th is deemed
 * resignation. The result is the month's total.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, joinClauses, monthOf } from '../../kernel/helpers.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { describeSanctions } from '../../kernel/sanctions.js';
import { instant, isoDuration, yearMonth } from '../../kernel/schemas.js';
import { describeDuration, formatDay } from '../../kernel/time.js';
import { centi, pointsParam } from './severity.js';

const CLAUSE = 'P12 4.2.2(5)';

export const phoneCall = z
  .object({
    direction: z
      .enum(['outside', 'inside'])
      .meta({ description: 'an outside line (外線) or an inside line (內線)', zh: '外线或内线' }),
    start: instant.meta({ description: 'when the call started', zh: '通话开始的时间' }),
    end: instant.meta({ description: 'when the call ended', zh: '通话结束的时间' }),
    special: z
      .boolean()
      .default(false)
      .meta({ description: 'a special circumstance (特殊情況): the call is exempt', zh: '特殊情况：该通话不计' }),
  })
  .strict();

export const phoneUse = defineRule({
  id: 'P12.phone-use',
  policy: 'P12',
  clause: '4.2.2(5)',
  seedLines: [384, 384],
  kind: 'check',
  title: {
    en: 'Phone calls over 10 min outside / 5 min inside: −5 each; 3rd warning, 5th resignation',
    zh: '外线超10分钟、内线超5分钟视为电话聊天：每次扣5分，第3次警告，第5次自动离职',
  },
  facts: z
    .object({
      month: yearMonth.optional().meta({
        description: 'the calendar month of the calls; else the month of the first call',
        zh: '通话所在的自然月；否则为第一次通话的月份',
      }),
      calls: z
        .array(phoneCall)
        .max(1000)
        .meta({ description: "one person's calls on duty in the month", zh: '一人当月在岗时的通话' }),
      employee: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      outsideMax: isoDuration('PT10M', { min: 'PT1M', max: 'PT2H' }).meta({
        description: 'longest allowed outside call',
        zh: '外线通话的最长时间',
      }),
      insideMax: isoDuration('PT5M', { min: 'PT1M', max: 'PT2H' }).meta({
        description: 'longest allowed inside call',
        zh: '内线通话的最长时间',
      }),
      pointsEach: pointsParam(-1, -5).meta({
        description: 'points for each over-long call (扣5分)',
        zh: '每次超时通话扣的分数（扣5分）',
      }),
      warningAt: z.number().int().min(1).max(100).default(3).meta({
        description: 'the over-long call of the month that brings a warning',
        zh: '当月第几次超时通话给予警告',
      }),
      warningExtra: pointsParam(-1, -10).meta({
        description: 'extra points with the warning (加扣10分)',
        zh: '警告时另扣的分数（加扣10分）',
      }),
      resignationAt: z.number().int().min(1).max(100).default(5).meta({
        description: 'the over-long call of the month deemed resignation',
        zh: '当月第几次超时通话视为自动离职',
      }),
    })
    .strict()
    .refine((p) => p.resignationAt > p.warningAt, {
      message: 'resignationAt must exceed warningAt',
      path: ['resignationAt'],
    }),
  startOf: (f, zone, time) =>
    f.month ? time.startOfMonth(monthOf(f.month), zone) : f.calls[0] && at(f.calls[0].start),
  evaluate(f, ctx) {
    const p = ctx.params;
    // The first 7 characters of the instant's local formatting, which depend only on its local day:
    // remembered for the last day (a month's calls come a few dozen a day).
    let lastDay = Number.NaN;
    let lastText = '';
    const monthOfCall = (ms: number) => {
      const day = ctx.time.localDay(ms, ctx.zone);
      if (day !== lastDay) {
        lastText = formatDay(day).slice(0, 7);
        lastDay = day;
      }
      return lastText;
    };
    const month = f.month ?? (f.calls[0] ? monthOfCall(at(f.calls[0].start)) : undefined);
    const outsideMax = ctx.words.ms(p.outsideMax);
    const insideMax = ctx.words.ms(p.insideMax);
    const over: { index: number; start: number; length: number; limit: number; direction: string }[] = [];
    f.calls.forEach((call, i) => {
      const start = at(call.start);
      const length = at(call.end) - start;
      if (length < 0) throw badFact(['calls', i, 'end'], 'must not be before the call start');
      if (monthOfCall(start) !== month) throw badFact(['calls', i, 'start'], `is not in ${month}`);
      const limit = call.direction === 'outside' ? outsideMax : insideMax;
      if (!call.special && length > limit) over.push({ index: i, start, length, limit, direction: call.direction });
    });
    if (f.calls.length === 0 || month === undefined) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No call on duty was recorded this month', zh: '本月无上班通话记录' },
      };
    }
    const n = over.length;
    const measured = { value: n, unit: 'count' as const };
    const target = { value: 0, unit: 'count' as const, comparator: '<=' as const };
    const limits = {
      en: `outside calls up to ${describeDuration(ctx.words.ms(p.outsideMax)).en}, inside up to ${describeDuration(ctx.words.ms(p.insideMax)).en}`,
      zh: `外线不超过${describeDuration(ctx.words.ms(p.outsideMax)).zh}，内线不超过${describeDuration(ctx.words.ms(p.insideMax)).zh}`,
    };
    if (n === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `${f.calls.length} call(s) in ${month}, none over its limit (${limits.en}): no deduction`,
          zh: `${month}通话${f.calls.length}次，均未超时（${limits.zh}）：不扣分`,
        },
      };
    }
    over.sort((a, b) => a.start - b.start);
    const sanctions: Sanction[] = [];
    const each = (centi(p.pointsEach) * n) / 100;
    if (each !== 0) sanctions.push({ type: 'points', points: each, clause: CLAUSE, note: `${n} over-long call(s)` });
    if (n >= p.warningAt) {
      sanctions.push({ type: 'warning', clause: CLAUSE, note: `over-long call ${p.warningAt} of the month` });
      if (p.warningExtra !== 0)
        sanctions.push({ type: 'points', points: p.warningExtra, clause: CLAUSE, note: 'with the warning' });
    }
    if (n >= p.resignationAt) {
      sanctions.push({
        type: 'deemed-resignation',
        clause: CLAUSE,
        note: `over-long call ${p.resignationAt} of the month`,
      });
    }
    const listed = over.slice(0, 5).map((c) => {
      const len = describeDuration(c.length);
      const lim = describeDuration(c.limit);
      return c.direction === 'outside'
        ? {
            en: `calls[${c.index}] outside ${len.en} > ${lim.en}`,
            zh: `第${c.index + 1}通外线${len.zh}，超过${lim.zh}`,
          }
        : {
            en: `calls[${c.index}] inside ${len.en} > ${lim.en}`,
            zh: `第${c.index + 1}通内线${len.zh}，超过${lim.zh}`,
          };
    });
    const more = n > listed.length ? { en: ', …', zh: '等' } : { en: '', zh: '' };
    const what = describeSanctions(sanctions);
    return {
      status: 'breached',
      measured,
      target,
      sanctions,
      explanation: {
        en: `${n} call(s) in ${month} over the limit and so counted as chatting (${joinClauses(listed).en}${more.en}): ${what.en}`,
        zh: `${month}有${n}次通话超时，视为电话聊天（${joinClauses(listed).zh}${more.zh}）：${what.zh}`,
      },
    };
  },
});
