/** The working-day calendar as blocks: month grids and the year's holiday breaks. */
import type { DayInfo, HolidayPeriod } from '@kefu/rules';
import type { Lang } from '../context.js';
import type { Block, Day, DayKind } from './blocks.js';
import { word } from './labels.js';

const KIND: Readonly<Record<DayInfo['reason'], DayKind>> = {
  weekday: 'workday',
  weekend: 'weekend',
  holiday: 'holiday',
  'make-up': 'make-up',
};

function toDays(days: readonly DayInfo[], lang: Lang): Day[] {
  return days.map((d) => ({ date: d.date, kind: KIND[d.reason], ...(d.holiday && { name: d.holiday[lang] }) }));
}

export function monthBlock(year: number, month: number, days: readonly DayInfo[], lang: Lang): Block {
  return { kind: 'calendar', year, month, days: toDays(days, lang) };
}

export function holidaysTable(periods: readonly HolidayPeriod[], lang: Lang): Block {
  return {
    kind: 'table',
    columns: [
      { key: 'name', header: word('holiday', lang) },
      { key: 'span', header: lang === 'zh' ? '放假' : 'Days off' },
      { key: 'days', header: word('count', lang), align: 'right' },
      { key: 'makeUp', header: lang === 'zh' ? '调休上班' : 'Make-up working days' },
    ],
    rows: periods.map((p) => ({
      name: p.name[lang],
      span: p.firstDay === p.lastDay ? p.firstDay : `${p.firstDay} – ${p.lastDay}`,
      days: p.days.length,
      makeUp: p.makeUpDays.join(', '),
    })),
  };
}
