/**
 * A month as a plain-text grid, laid out like @kefu/ui-kit's CalendarMonth (Monday first, `*` holiday,
 * `+` make-up working day) so piped output matches what the terminal shows, without colour.
 */
import type { Lang } from '../context.js';
import type { Day, DayKind } from '../view/blocks.js';

const MONTHS_EN = [
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
const WEEKDAYS: Readonly<Record<Lang, string>> = {
  en: 'Mo  Tu  We  Th  Fr  Sa  Su',
  zh: '一  二  三  四  五  六  日',
};
const LEGEND: Readonly<Record<Lang, string>> = {
  en: '* holiday  + make-up working day',
  zh: '* 节假日  + 调休上班',
};
const MARK: Readonly<Record<DayKind, string>> = { workday: ' ', weekend: ' ', holiday: '*', 'make-up': '+' };

export function monthTitle(year: number, month: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

export function calendarText(year: number, month: number, days: readonly Day[], lang: Lang): string {
  const byDay = new Map<number, Day>();
  for (const day of days) {
    if (day.date.startsWith(`${year}-${String(month).padStart(2, '0')}-`)) byDay.set(Number(day.date.slice(8)), day);
  }
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: string[] = Array.from({ length: offset }, () => '   ');
  for (let d = 1; d <= length; d += 1) cells.push(String(d).padStart(2) + MARK[byDay.get(d)?.kind ?? 'workday']);
  const lines = [monthTitle(year, month, lang), WEEKDAYS[lang]];
  for (let i = 0; i < cells.length; i += 7)
    lines.push(
      cells
        .slice(i, i + 7)
        .join(' ')
        .trimEnd(),
    );
  lines.push(LEGEND[lang]);
  // Name each run of consecutive days of one holiday once: `* 1–8 National Day`.
  let run: { first: number; last: number; day: Day } | undefined;
  const flush = () => {
    if (!run?.day.name) return;
    const span = run.first === run.last ? `${run.first}` : `${run.first}–${run.last}`;
    lines.push(`${MARK[run.day.kind]} ${span} ${run.day.name}`);
  };
  for (let d = 1; d <= length; d += 1) {
    const day = byDay.get(d);
    const named = day?.name !== undefined && (day.kind === 'holiday' || day.kind === 'make-up');
    if (named && run && run.last === d - 1 && run.day.kind === day.kind && run.day.name === day.name) {
      run.last = d;
      continue;
    }
    flush();
    run = named ? { first: d, last: d, day } : undefined;
  }
  flush();
  return lines.join('\n');
}
