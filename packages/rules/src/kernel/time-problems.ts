/**
 * Why a text is not an instant or a date, in the user's words: only asked once parsing has failed, so it
 * may take its time. "2026-11-31" is named as a day November does not have, not as a malformed instant.
 */
import type { Bilingual } from './result.js';
import { daysInMonth } from './time.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const INSTANT_EXAMPLE = 'e.g. 2026-11-27T15:00:00+08:00';
const INSTANT_EXAMPLE_ZH = '例如 2026-11-27T15:00:00+08:00';

/** What is wrong with the calendar date `year-month-day`, or `undefined` when it exists. */
function dateProblem(year: number, month: number, day: number, text: string): Bilingual | undefined {
  if (month < 1 || month > 12) {
    return { en: `${text} is not a date: there is no month ${month}`, zh: `${text} 不是日期：没有 ${month} 月` };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      en: `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${last} days`,
      zh: `${text} 不是日期：${year}年${month}月只有 ${last} 天`,
    };
  }
  return undefined;
}

/** Why `text` is not an ISO-8601 instant with an offset. */
export function instantProblem(text: string): string {
  return instantProblemWords(text).en;
}

/** Why `text` is not an ISO-8601 instant with an offset, in English and simplified Chinese. */
export function instantProblemWords(text: string): Bilingual {
  const generic = {
    en: `expected an ISO-8601 instant with an offset or Z, ${INSTANT_EXAMPLE}`,
    zh: `应为带时区偏移或 Z 的 ISO-8601 时刻，${INSTANT_EXAMPLE_ZH}`,
  };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return {
      en: `${text} is a date without a time: ${INSTANT_EXAMPLE}`,
      zh: `${text} 只有日期，没有时间：${INSTANT_EXAMPLE_ZH}`,
    };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
    text,
  );
  if (!m) return generic;
  const [, y, mo, d, sep, h, mi, s, offset] = m;
  const date = `${y}-${mo}-${d}`;
  const bad = dateProblem(Number(y), Number(mo), Number(d), date);
  if (bad !== undefined) return bad;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    const time = `${h}:${mi}${s === undefined ? '' : `:${s}`}`;
    return { en: `${time} is not a time of day`, zh: `${time} 不是一天中的时间` };
  }
  if (sep === ' ') {
    return {
      en: `put a T between the date and the time: ${INSTANT_EXAMPLE}`,
      zh: `日期和时间之间应为 T：${INSTANT_EXAMPLE_ZH}`,
    };
  }
  if (offset === undefined) {
    return {
      en: `no offset: add the zone's offset (+08:00 for China) or Z, ${INSTANT_EXAMPLE}`,
      zh: `缺少时区偏移：请加上偏移（中国为 +08:00）或 Z，${INSTANT_EXAMPLE_ZH}`,
    };
  }
  return {
    en: `the offset ${offset} is not one (from -18:00 to +18:00, as ±HH:MM)`,
    zh: `时区偏移 ${offset} 无效（应在 -18:00 到 +18:00 之间，格式 ±HH:MM）`,
  };
}

/** Why `text` is not a `YYYY-MM-DD` date. */
export function dateTextProblem(text: string): string {
  return dateTextProblemWords(text).en;
}

/** Why `text` is not a `YYYY-MM-DD` date, in English and simplified Chinese. */
export function dateTextProblemWords(text: string): Bilingual {
  const generic = { en: 'expected a date YYYY-MM-DD', zh: '应为日期 YYYY-MM-DD' };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return generic;
  return dateProblem(Number(m[1]), Number(m[2]), Number(m[3]), text) ?? generic;
}
