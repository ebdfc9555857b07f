/**
 * 1.1.6: 如遇重大法定節假日(如元旦、春節、五一、十一等)，需提前將班次排開，并于一周前將安排好的排班表印交行政人事部。
 * Reading: the holiday's first day off comes from the working-day calendar (the earliest break of that
 * holiday in the year; a New Year break starting in late December belongs to the next year), taken back over
 * the days off just before it: the weekend the holiday is joined to (与周末连休, which the calendar data does not
 * always list, e.g. 元旦 2024 from Sat 2023-12-30) and a holiday merged with it (中秋节、国庆节 2023 from 09-29). The roster
 * reaches HR by the end of the day 7 days before it (inclusive, 23:59:59.999 local). A year the calendar
 * does not know is the kernel's `calendar-year-unknown` error. The at-risk window (`windowDays`, not from
 * the seed) opens 14 days before the due day.
 */
import * as z from 'zod';
import type { HolidayPeriod, WorkingDayCalendar } from '../../kernel/calendar/calendar.js';
import { fixedDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { KefuRuleError } from '../../kernel/errors.js';
import { atOpt, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, year } from '../../kernel/schemas.js';
import { dayFromYmd, formatDay, parseDate, yearOfDay } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

const HOLIDAYS = ['new-year', 'spring-festival', 'labour-day', 'national-day'] as const;

function firstBreak(periods: readonly HolidayPeriod[], key: string): HolidayPeriod | undefined {
  return periods
    .filter((p) => p.key === key)
    .sort((a, b) => a.firstDay.localeCompare(b.firstDay))
    .at(0);
}

/** The first day of the run of days off that ends with `day`'s (stopping at a year the calendar does not know). */
function breakStart(calendar: WorkingDayCalendar, day: number): number {
  let first = day;
  while (calendar.covers(yearOfDay(first - 1)) && !calendar.isWorkingDay(first - 1, ['year'])) first -= 1;
  return first;
}

export const holidayRoster = defineRule({
  id: 'P14.holiday-roster',
  policy: 'P14',
  clause: '1.1.6',
  seedLines: [478, 478],
  kind: 'check',
  title: { en: 'Holiday roster to HR one week before the holiday', zh: '重大节假日排班表提前一周交行政人事部' },
  facts: z
    .object({
      holiday: z.enum(HOLIDAYS).meta({
        description: "New Year's Day, Spring Festival, Labour Day or National Day",
        zh: '元旦、春节、劳动节或国庆节',
      }),
      year: year.meta({ description: 'the year the holiday belongs to', zh: '节日所属的年份' }),
      submittedAt: instant
        .optional()
        .meta({ description: 'when the printed roster reached HR', zh: '打印的排班表送达人事部门的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      leadDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(7)
        .meta({ description: 'days before the first day off (一周 = 7)', zh: '第一天休假前的天数（一周 = 7）' }),
      windowDays: z
        .number()
        .int()
        .min(1)
        .max(90)
        .default(14)
        .meta({ description: 'at-risk window before the due day', zh: '期限日前的临近超时时段' }),
    })
    .strict(),
  // From 1 December before the holiday year, so a New Year roster due in late December is judged by its version.
  startOf: (f, zone, time) => time.startOfLocalDay(dayFromYmd(f.year - 1, 12, 1), zone),
  evaluate(f, ctx) {
    const p = ctx.params;
    const period = firstBreak(ctx.calendar.holidayPeriods(f.year), f.holiday);
    const listedFirst = period === undefined ? undefined : parseDate(period.firstDay);
    if (period === undefined || listedFirst === undefined) {
      const message = `the working-day calendar lists no ${f.holiday} break in ${f.year}`;
      throw new KefuRuleError('not-configured', message, [
        { path: ['config', 'calendar', 'years', String(f.year)], message },
      ]);
    }
    const firstDay = breakStart(ctx.calendar, listedFirst);
    const dueDay = firstDay - p.leadDays;
    const base = fixedDeadline(dueDay, ctx.time.startOfLocalDay(dueDay - p.windowDays, ctx.zone), ctx);
    const deadline = {
      ...base,
      describe: {
        en: `${p.leadDays} days before ${period.name.en} (first day off ${formatDay(firstDay)}), by the end of ${formatDay(dueDay)}`,
        zh: `${period.name.zh}（${formatDay(firstDay)}起放假）前${p.leadDays}天，即${formatDay(dueDay)}前（含当日）`,
      },
    };
    const submitted = atOpt(f.submittedAt);
    const verdict = timedVerdict({
      deadline,
      doneAt: submitted,
      ctx,
      action: { en: 'holiday roster', zh: '节假日排班表上交' },
      ...(submitted !== undefined && {
        measured: { value: firstDay - ctx.time.localDay(submitted, ctx.zone), unit: 'day' as const },
      }),
      target: { value: p.leadDays, unit: 'day', comparator: '>=' },
    });
    return withConsequence(verdict, NO_PENALTY);
  },
});
