/**
 * 4.3: 檢查前日報修統計及未完成問題匯總，對當日應解決的問題進行跟進處理，不能解決的需問明原因及解決的日期，在《值班日志》上注明。
 * Reading: a repair still open at the end of the day it was reported is on the next day's review ("前日").
 * By the end of that review day it is either resolved, or the duty log notes why it cannot be, and the date
 * it will be resolved by. A repair resolved on its own day never reaches the review: not applicable. A note
 * without its reason or its date is breached, naming what it lacks; a note after the review day is late.
 */
import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, joinList, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const openRepairs = defineRule({
  id: 'P08.open-repairs',
  policy: 'P08',
  clause: '4.3',
  seedLines: [202, 202],
  kind: 'check',
  title: {
    en: "Review yesterday's open repairs: resolve each, or log its reason and resolution date",
    zh: '检查前日未完成报修：当日解决，或在值班日志注明原因及解决日期',
  },
  facts: z
    .object({
      orderedAt: instant.meta({ description: 'when the repair was reported', zh: '报修的时间' }),
      completedAt: instant.optional().meta({ description: 'when the repair was completed', zh: '维修完成的时间' }),
      notedAt: instant.optional().meta({
        description: 'when the duty log noted the repair as unresolved',
        zh: '值班日志注明该报修未能解决的时间',
      }),
      reason: z.string().trim().min(1).max(500).optional().meta({
        description: 'the duty log: why the repair cannot be resolved yet',
        zh: '值班日志：未能解决的原因',
      }),
      resolveBy: isoDate.optional().meta({
        description: 'the duty log: the date the repair will be resolved by (local date)',
        zh: '值班日志：预计解决日期（当地日期）',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      reviewDays: z.number().int().min(1).max(7).default(1).meta({
        description: 'calendar days after the report day on which the open repair is reviewed (前日: 1)',
        zh: '报修当天之后第几个日历日检查未完成报修（前日：1）',
      }),
    })
    .strict(),
  startOf: (f) => at(f.orderedAt),
  evaluate(f, ctx) {
    const ordered = at(f.orderedAt);
    const completed = atOpt(f.completedAt);
    const noted = atOpt(f.notedAt);
    notBefore(completed, ordered, 'completedAt', 'orderedAt');
    notBefore(noted, ordered, 'notedAt', 'orderedAt');
    if (noted === undefined && (f.reason !== undefined || f.resolveBy !== undefined)) {
      throw badFact(['notedAt'], 'a reason or a resolution date is written in the duty log: say when (`notedAt`)');
    }
    const reviewDay = calendarDaysDeadline(ordered, ctx.params.reviewDays, ctx);
    const reportDayEnd = calendarDaysDeadline(ordered, 0, ctx).dueAt;
    if (f.resolveBy !== undefined && noted !== undefined) {
      const by = ctx.time.endOfLocalDay(parseDate(f.resolveBy) ?? 0, ctx.zone);
      if (by < noted) throw badFact(['resolveBy'], 'the resolution date is before the note that sets it');
    }
    if (completed !== undefined && completed <= reportDayEnd) {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'The repair was completed on the day it was reported: it was never open at a day’s review',
          zh: '报修当天已完成维修，不在次日未完成问题汇总之列',
        },
      };
    }
    if (completed !== undefined && completed <= reviewDay.dueAt) {
      return timedVerdict({ deadline: reviewDay, doneAt: completed, ctx, action: REVIEW_RESOLVED });
    }
    // Not resolved by the review day: the duty log's note decides. A completion after the review day shows
    // that it was still open then, whatever `asOf` says, so the note is judged as final.
    const asOf = completed ?? ctx.asOf;
    const verdict = timedVerdict({ deadline: reviewDay, doneAt: noted, ctx: { ...ctx, asOf }, action: NOTE });
    const lacking = missingParts(f.reason, f.resolveBy);
    if (noted === undefined || lacking.length === 0) return withConsequence(verdict, NO_PENALTY);
    const what = joinList(lacking);
    return {
      ...verdict,
      status: 'breached',
      explanation: {
        en: `${verdict.explanation.en}, but the note does not give ${what.en}, which 4.3 requires: ${NO_PENALTY.en}`,
        zh: `${verdict.explanation.zh}，但未按4.3注明${what.zh}：${NO_PENALTY.zh}`,
      },
    };
  },
});

const REVIEW_RESOLVED: Bilingual = { en: 'resolution of the open repair', zh: '解决未完成报修' };
const NOTE: Bilingual = {
  en: 'duty-log note of the unresolved repair',
  zh: '在值班日志注明未解决报修',
};

/** What a duty-log note lacks of the two things 4.3 asks it to state. */
function missingParts(reason: string | undefined, resolveBy: string | undefined): Bilingual[] {
  const lacking: Bilingual[] = [];
  if (reason === undefined) lacking.push({ en: 'the reason', zh: '原因' });
  if (resolveBy === undefined) lacking.push({ en: 'the resolution date', zh: '解决日期' });
  return lacking;
}
