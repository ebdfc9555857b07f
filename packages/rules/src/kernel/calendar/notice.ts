/**
 * A year of the calendar as the State Council's annual notice states it (国务院办公厅关于某年部分节假日安排的通知):
 * each holiday's break, from its first to its last day off, and the weekend days worked to make up for it
 * (调休上班). An organisation writes this once a year, when the notice is published, instead of listing
 * every day; it becomes the same days off and make-up days as the built-in years.
 *
 * Checked here, because a typo in this file moves every working-day deadline of the year: every day in the
 * year it is filed under, a break at most 15 days long, no two breaks sharing a day, make-up days on a
 * Saturday or Sunday outside every break and within 30 days of their own, each statutory holiday at most
 * once. A holiday the notice does not list is only a warning (the notice could merge or drop one).
 */
import * as z from 'zod';
import type { Issue } from '../errors.js';
import type { Warning } from '../result.js';
import { formatDay, parseDate, weekdayOfDay, yearOfDay } from '../time.js';
import type { CalendarYearData, HolidayName } from './data.js';

/** The statutory holidays, with the names the built-in data uses. */
export const statutoryHolidays = {
  'new-year': { en: "New Year's Day", zh: '元旦' },
  'spring-festival': { en: 'Spring Festival', zh: '春节' },
  'tomb-sweeping': { en: 'Tomb-sweeping Day', zh: '清明' },
  'labour-day': { en: 'Labour Day', zh: '劳动节' },
  'dragon-boat': { en: 'Dragon Boat Festival', zh: '端午' },
  'mid-autumn': { en: 'Mid-autumn Festival', zh: '中秋' },
  'national-day': { en: 'National Day', zh: '国庆节' },
} as const satisfies Record<string, HolidayName>;

export type StatutoryHoliday = keyof typeof statutoryHolidays;

const holidayKeys = Object.keys(statutoryHolidays) as [StatutoryHoliday, ...StatutoryHoliday[]];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

const calendarBreakSchema = z
  .object({
    holiday: z
      .enum(holidayKeys)
      .describe('the holiday (a break the notice names for two, e.g. 中秋节、国庆节, under the later)'),
    from: date.describe('first day off'),
    to: date.describe('last day off (inclusive)'),
    makeUp: z.array(date).max(4).default([]).describe('weekend days worked to make up for this break (调休上班)'),
  })
  .strict();

export const noticeYearSchema = z
  .object({
    source: z.string().min(1).max(500).optional().describe('the notice, e.g. 国办发明电〔2026〕X号'),
    breaks: z.array(calendarBreakSchema).min(1).max(12).describe('the breaks of the year, as the notice lists them'),
  })
  .strict();

export type NoticeYear = z.output<typeof noticeYearSchema>;

const MAX_BREAK_DAYS = 15;
const MAKE_UP_REACH = 30;

/**
 * The days off and make-up days of one notice year, or the issues that stop it (paths below `path`).
 * `warnings` are holidays the notice does not list.
 */
export function yearFromNotice(
  year: number,
  notice: NoticeYear,
  path: readonly (string | number)[],
): { data?: CalendarYearData; issues: Issue[]; warnings: Warning[] } {
  const issues: Issue[] = [];
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const owner = new Map<number, number>();
  const holidays: (HolidayName & { date: string })[] = [];
  const workdays: (HolidayName & { date: string })[] = [];
  const seen = new Set<StatutoryHoliday>();
  const inYear = (text: string, where: (string | number)[]): number | undefined => {
    const day = parseDate(text);
    if (day === undefined) issues.push({ path: where, message: `${text} is not a date` });
    else if (yearOfDay(day) !== year) issues.push({ path: where, message: `${text} is not in ${year}` });
    else return day;
    return undefined;
  };
  const spans: { from: number; to: number }[] = [];
  notice.breaks.forEach((b, i) => {
    if (seen.has(b.holiday)) issues.push({ path: at('breaks', i, 'holiday'), message: `${b.holiday} is listed twice` });
    seen.add(b.holiday);
    const from = inYear(b.from, at('breaks', i, 'from'));
    const to = inYear(b.to, at('breaks', i, 'to'));
    if (from === undefined || to === undefined) return;
    const problem = spanProblem(from, to, owner);
    if (problem !== undefined) {
      issues.push({ path: at('breaks', i, problem.field), message: problem.message });
      return;
    }
    const name = statutoryHolidays[b.holiday];
    for (let d = from; d <= to; d += 1) {
      owner.set(d, i);
      holidays.push({ date: formatDay(d), en: name.en, zh: name.zh });
    }
    spans.push({ from, to });
  });
  notice.breaks.forEach((b, i) => {
    const span = spans.find((s) => owner.get(s.from) === i);
    b.makeUp.forEach((text, j) => {
      const where = at('breaks', i, 'makeUp', j);
      const day = inYear(text, where);
      if (day === undefined) return;
      if (weekdayOfDay(day) < 6)
        issues.push({ path: where, message: `${text} is a weekday: make-up days are weekend days` });
      else if (owner.has(day)) issues.push({ path: where, message: `${text} is a day off of a break` });
      else if (span && (day < span.from - MAKE_UP_REACH || day > span.to + MAKE_UP_REACH)) {
        issues.push({ path: where, message: `${text} is more than ${MAKE_UP_REACH} days from its break` });
      } else {
        const name = statutoryHolidays[b.holiday];
        workdays.push({ date: text, en: name.en, zh: name.zh });
      }
    });
  });
  const missing = holidayKeys.filter((k) => !seen.has(k)).map((k) => statutoryHolidays[k]);
  const warnings: Warning[] =
    missing.length === 0
      ? []
      : [
          {
            code: 'holiday-not-listed',
            en: `${year}: no break for ${missing.map((h) => h.en).join(', ')} (check the notice)`,
            zh: `${year}年：未列出${missing.map((h) => h.zh).join('、')}的放假安排（请核对通知）`,
          },
        ];
  if (issues.length > 0) return { issues, warnings };
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  workdays.sort((a, b) => a.date.localeCompare(b.date));
  return { data: { holidays, workdays }, issues, warnings };
}

/** Why a break from `from` to `to` cannot stand: backwards, too long, or sharing a day with another break. */
function spanProblem(
  from: number,
  to: number,
  owner: ReadonlyMap<number, number>,
): { field: 'from' | 'to'; message: string } | undefined {
  if (to < from) return { field: 'to', message: `${formatDay(to)} is before ${formatDay(from)}` };
  const length = to - from + 1;
  if (length > MAX_BREAK_DAYS) return { field: 'to', message: `a break of ${length} days (at most ${MAX_BREAK_DAYS})` };
  for (let d = from; d <= to; d += 1) {
    const other = owner.get(d);
    if (other !== undefined) return { field: 'from', message: `${formatDay(d)} is also in break ${other + 1}` };
  }
  return undefined;
}
