/**
 * The built-in China calendar: statutory holidays and make-up working days (调休) from the maintained
 * `chinese-days` package's JSON data (not its JS API, which depends on the process's time zone and
 * treats unknown years as plain weekdays). Bundled into the build so no runtime JSON loading is needed.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export interface HolidayName {
  readonly en: string;
  readonly zh: string;
}

export interface CalendarYearData {
  /** Days off: statutory holidays and the weekend days inside a holiday break. */
  readonly holidays: readonly (HolidayName & { readonly date: string })[];
  /** Weekend days that are working days, each tied to the holiday it makes up for. */
  readonly workdays: readonly (HolidayName & { readonly date: string })[];
}

type RawDays = Readonly<Record<string, string>>;

function splitName(raw: string): HolidayName {
  // chinese-days encodes "English name,中文名,days" in one string.
  const [en = '', zh = ''] = raw.split(',');
  return { en, zh };
}

function groupByYear(holidays: RawDays, workdays: RawDays): Map<number, CalendarYearData> {
  const years = new Map<
    number,
    { holidays: (HolidayName & { date: string })[]; workdays: (HolidayName & { date: string })[] }
  >();
  const slot = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) {
      entry = { holidays: [], workdays: [] };
      years.set(year, entry);
    }
    return entry;
  };
  for (const [date, raw] of Object.entries(holidays)) slot(date).holidays.push({ date, ...splitName(raw) });
  for (const [date, raw] of Object.entries(workdays)) slot(date).workdays.push({ date, ...splitName(raw) });
  return years;
}

const data = chineseDays as { holidays: RawDays; workdays: RawDays };

/** Years 2004 onwards as published in `chinese-days`, keyed by year. */
export const builtinCalendarYears: ReadonlyMap<number, CalendarYearData> = groupByYear(data.holidays, data.workdays);
