/**
 * 5: 每月未[末]時，前臺接待員須通知影院人員送至下月電影海報，并放于員工餐廳出口處。
 * 6: 前臺接待員負責根據電影檔期，及時更換員工餐廳電影海報。
 * Read: 每月未時 is 每月末時 (a copying slip): next month's posters are asked for by the end of the month's last day
 * (`dueDay`, a day past the month's end meaning its last day); an earlier request in the month is on time. When the new
 * schedule's first day is given, the posters must be up by the end of that day (`postWithinDays` later). The status
 * is the worse of the two; the due time shown is that of the obligation judged worse (the request's on a tie).
 */
import * as z from 'zod';
import { calendarDaysDeadline, dayOfMonthDeadline } from '../../kernel/deadline.js';
import { defineRule, type Verdict } from '../../kernel/define-rule.js';
import { atOpt, monthOf, notBefore, onBreach, statusSeverity, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDate, yearMonth } from '../../kernel/schemas.js';
import { formatMonth, parseDate } from '../../kernel/time.js';

export const posters = defineRule({
  id: 'P07.posters',
  policy: 'P07',
  clause: '5, 6',
  seedLines: [183, 184],
  kind: 'check',
  title: {
    en: "Next month's film posters requested at month end and put up for the new schedule",
    zh: '月末通知影院送下月电影海报并按档期及时更换',
  },
  facts: z
    .object({
      month: yearMonth.meta({
        description: 'the month at whose end the next month’s posters are requested',
        zh: '在该月月底请求下月海报的月份',
      }),
      requestedAt: instant.optional().meta({
        description: 'when the cinema was asked for the posters; absent: not yet',
        zh: '向影院索取海报的时间；缺省：尚未索取',
      }),
      scheduleStartsOn: isoDate.optional().meta({
        description: 'first day of the new film schedule (檔期), if the posting is judged',
        zh: '新档期的第一天，如需判断张贴',
      }),
      postedAt: instant.optional().meta({
        description: 'when the new posters were put up in the staff canteen',
        zh: '新海报在员工食堂张贴的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      dueDay: z.number().int().min(1).max(31).default(31).meta({
        description: "day of the month by whose end the request is due (31: the month's last day, seed 月末)",
        zh: '请求须在当月哪一天结束前发出（31：该月最后一天，原文：月末）',
      }),
      postWithinDays: z.number().int().min(0).max(7).default(0).meta({
        description: 'calendar days after the schedule starts by whose end the posters are up (seed: 及時, same day)',
        zh: '档期开始后第几个日历日结束前须张贴海报（原文：及时，即当天）',
      }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const period = monthOf(f.month);
    const requested = atOpt(f.requestedAt);
    const posted = atOpt(f.postedAt);
    if (requested !== undefined) notBefore(posted, requested, 'postedAt', 'requestedAt');
    const next = formatMonth({
      year: period.month === 12 ? period.year + 1 : period.year,
      month: (period.month % 12) + 1,
    });
    const request = timedVerdict({
      deadline: dayOfMonthDeadline(period, ctx.params.dueDay, 0, ctx),
      doneAt: requested,
      ctx,
      action: { en: `request for the ${next} posters`, zh: `通知影院送${next}电影海报` },
    });
    const startDay = f.scheduleStartsOn === undefined ? undefined : parseDate(f.scheduleStartsOn);
    const renew = { en: 'the posters are asked for and put up at once', zh: '须立即通知送海报并更换' };
    if (startDay === undefined) return onBreach(request, renew);
    const posting = timedVerdict({
      deadline: calendarDaysDeadline(ctx.time.startOfLocalDay(startDay, ctx.zone), ctx.params.postWithinDays, ctx),
      doneAt: posted,
      ctx,
      action: { en: 'posting of the new posters', zh: '更换电影海报' },
    });
    return onBreach(worse(request, posting), renew);
  },
});

/** The worse of two timed verdicts (the first on a tie), with both explanations. */
function worse(a: Verdict<never>, b: Verdict<never>): Verdict<never> {
  const pick = statusSeverity(b.status ?? 'met') > statusSeverity(a.status ?? 'met') ? b : a;
  return {
    ...pick,
    explanation: { en: `${a.explanation.en}; ${b.explanation.en}`, zh: `${a.explanation.zh}；${b.explanation.zh}` },
  };
}
