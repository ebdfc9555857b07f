/**
 * 值班記錄 1: 客戶主管每月查閱值班記錄表，并簽字確認。
 * 值班記錄 2: 主任每月不定期對值班記錄抽查不少于20%。并簽字確認。
 * Reading: both happen within the month reviewed, so both are due by the end of its last day (the due
 * day and month offset are parameters). "不少于20%" is inclusive: exactly 20% is met.
 */
import * as z from 'zod';
import { dayOfMonthDeadline, judgeTimed } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, monthOf, notBefore, percentText, ratio, worstStatus } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { asOfFact, count, instant, yearMonth } from '../../kernel/schemas.js';
import { consequenceOf, joinParts, periodStatus, round4, shareText } from './period.js';

export const dutyRecordReview = defineRule({
  id: 'P01.duty-record-review',
  policy: 'P01',
  clause: '值班記錄 1,2',
  seedLines: [7, 8],
  kind: 'check',
  title: {
    en: 'Duty records reviewed and signed monthly, at least 20% spot-checked',
    zh: '值班记录每月查阅签字，抽查不少于20%',
  },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month whose duty records are reviewed', zh: '复核值班记录的月份' }),
      supervisorSignedAt: instant.optional().meta({
        description: "when the service supervisor reviewed and signed the month's records",
        zh: '客服主管复核并签署该月记录的时间',
      }),
      recordsTotal: count.optional().meta({
        description: "the month's duty records; absent (with recordsSpotChecked): no review recorded, counts unknown",
        zh: '该月的值班记录；缺省（且有 recordsSpotChecked）：未记录复核，数量不明',
      }),
      recordsSpotChecked: count.optional().meta({
        description: 'records the service director spot-checked and signed',
        zh: '客服主任抽查并签署的记录数',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      spotCheckMinShare: z
        .number()
        .gt(0)
        .max(1)
        .default(0.2)
        .meta({ description: 'least share of records spot-checked', zh: '抽查记录的最低比例' }),
      dueDay: z
        .number()
        .int()
        .min(1)
        .max(31)
        .default(31)
        .meta({ description: 'day of the due month (31 = its last day)', zh: '到期月份的日期（31 = 该月最后一天）' }),
      dueMonthsAfter: z
        .number()
        .int()
        .min(0)
        .max(1)
        .default(0)
        .meta({ description: '0: within the month reviewed; 1: the next', zh: '0：所复核的当月内；1：次月' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const p = ctx.params;
    const month = monthOf(f.month);
    // Both counts or neither: no counts is a month with no review recorded (the audit's missing month).
    if ((f.recordsTotal === undefined) !== (f.recordsSpotChecked === undefined)) {
      throw badFact(
        [f.recordsTotal === undefined ? 'recordsTotal' : 'recordsSpotChecked'],
        'the two counts go together',
      );
    }
    const total = f.recordsTotal;
    const checked = f.recordsSpotChecked ?? 0;
    if (total !== undefined && checked > total) {
      throw badFact(['recordsSpotChecked'], `${checked} spot-checked of only ${total} records`);
    }
    const signed = atOpt(f.supervisorSignedAt);
    notBefore(signed, ctx.time.startOfMonth(month, ctx.zone), 'supervisorSignedAt', `the start of ${f.month}`);
    if (total === 0) {
      return {
        status: 'not-applicable',
        explanation: { en: `No duty records for ${f.month}: nothing to review`, zh: `${f.month}无值班记录，无需查阅` },
      };
    }
    const deadline = dayOfMonthDeadline(month, p.dueDay, p.dueMonthsAfter, ctx);
    const due = ctx.time.localText(deadline.dueAt, ctx.zone);
    const signStatus = judgeTimed(deadline, signed, ctx.asOf, ctx.warningShare).status;
    // No counts: no spot check is recorded either, so it is open until the due time and breached after.
    const share = total === undefined ? 0 : ratio(checked, total);
    const spotStatus = periodStatus(
      total !== undefined && share >= p.spotCheckMinShare,
      deadline,
      ctx.asOf,
      ctx.warningShare,
    );
    const status = worstStatus([signStatus, spotStatus]);
    let sign: Bilingual;
    if (signed === undefined) {
      sign = { en: `the supervisor has not signed (due ${due})`, zh: `客服主管尚未签字确认（截止${due}）` };
    } else {
      const when = ctx.time.localText(signed, ctx.zone);
      sign =
        signStatus === 'met'
          ? { en: `the supervisor signed at ${when} (due ${due})`, zh: `客服主管于${when}签字确认（截止${due}）` }
          : {
              en: `the supervisor signed late at ${when} (due ${due})`,
              zh: `客服主管于${when}签字，已逾期（截止${due}）`,
            };
    }
    const spot: Bilingual =
      total === undefined
        ? {
            en: `no spot check by the director is recorded (at least ${percentText(p.spotCheckMinShare)} required)`,
            zh: `无主任抽查记录（要求不少于${percentText(p.spotCheckMinShare)}）`,
          }
        : {
            en: `the director spot-checked ${checked} of ${total} records (${shareText(share, p.spotCheckMinShare)}; at least ${percentText(p.spotCheckMinShare)} required)`,
            zh: `主任抽查${checked}份，共${total}份（${shareText(share, p.spotCheckMinShare)}，要求不少于${percentText(p.spotCheckMinShare)}）`,
          };
    return {
      status,
      deadline,
      ...(total !== undefined && { measured: { value: round4(share, p.spotCheckMinShare), unit: 'ratio' as const } }),
      target: { value: p.spotCheckMinShare, unit: 'ratio', comparator: '>=' },
      explanation: joinParts(status, [sign, spot], consequenceOf(status)),
    };
  },
});
