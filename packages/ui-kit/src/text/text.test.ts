import { describe, expect, it } from 'vitest';
import { displayWidth } from '../width.js';
import {
  type CalendarDay,
  calendarLegendText,
  calendarMonthLayout,
  calendarMonthText,
  calendarMonthTitle,
  calendarWeekdayHeader,
  formatSanction,
  formatSignedPoints,
  SANCTION_NAMES,
  STATUS_LABELS,
  statusLabel,
} from './index.js';

// February 2026: Spring Festival 15–23, make-up working days on Saturday 14 and 28.
const february: readonly CalendarDay[] = [
  { date: '2026-02-14', kind: 'make-up', name: 'Spring Festival' },
  ...[15, 16, 17, 18, 19, 20, 21, 22, 23].map(
    (day): CalendarDay => ({ date: `2026-02-${day}`, kind: 'holiday', name: 'Spring Festival' }),
  ),
  { date: '2026-02-28', kind: 'make-up', name: 'Spring Festival' },
  { date: '2026-03-01', kind: 'holiday', name: 'Not this month' },
];

describe('status labels', () => {
  it('labels every status in both languages', () => {
    expect(statusLabel('at-risk')).toBe('at risk');
    expect(statusLabel('breached', 'zh')).toBe('违规');
    expect(Object.keys(STATUS_LABELS.en)).toEqual(Object.keys(STATUS_LABELS.zh));
  });
});

describe('sanctions', () => {
  it('formats amounts with thousands separators, or without with grouping: false', () => {
    const fine = { type: 'fine', amount: 1000, clause: 'P10 連帶責任' };
    expect(formatSanction(fine)).toBe('fine 1,000.00 yuan (P10 連帶責任)');
    expect(formatSanction(fine, 'zh', { grouping: false })).toBe('罚款 1000.00 元（P10 連帶責任）');
    expect(formatSanction({ type: 'points', points: -2, clause: 'P12 2' }, 'zh')).toBe('考绩分 −2 分（P12 2）');
  });

  it('names every known type in both languages and signs points', () => {
    for (const names of Object.values(SANCTION_NAMES)) expect(names.en && names.zh).toBeTruthy();
    expect(formatSignedPoints(3)).toBe('+3');
  });
});

describe('calendar month', () => {
  it('prints the month as plain text: grid, legend without the weekend entry, named runs', () => {
    expect(calendarMonthText(2026, 2, february).split('\n')).toEqual([
      'February 2026',
      'Mo  Tu  We  Th  Fr  Sa  Su',
      '                         1',
      ' 2   3   4   5   6   7   8',
      ' 9  10  11  12  13  14+ 15*',
      '16* 17* 18* 19* 20* 21* 22*',
      '23* 24  25  26  27  28+',
      '* holiday  + make-up working day',
      '+ 14 Spring Festival',
      '* 15–23 Spring Festival',
      '+ 28 Spring Festival',
    ]);
  });

  it('speaks Chinese', () => {
    expect(calendarMonthTitle(2026, 2, 'zh')).toBe('2026年2月');
    expect(calendarWeekdayHeader('zh')).toBe('一  二  三  四  五  六  日');
    expect(calendarLegendText('zh')).toBe('* 节假日  + 调休上班');
    expect(calendarLegendText('zh', { weekend: true })).toBe('* 节假日  + 调休上班  周末');
  });

  it('aligns the weekday names over the day cells in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(displayWidth(calendarWeekdayHeader(lang))).toBe(displayWidth(calendarWeekdayHeader('en')));
      expect(displayWidth(calendarWeekdayHeader(lang))).toBe(7 * 3 + 6 - 1);
    }
  });

  it('lays out blanks before the 1st and leaves unknown days plain', () => {
    const layout = calendarMonthLayout(2024, 2, []);
    expect(layout?.weeks[0]?.map((cell) => cell.day)).toEqual([undefined, undefined, undefined, 1, 2, 3, 4]);
    expect(layout?.weeks.flat().some((cell) => cell.kind !== undefined)).toBe(false);
    expect(layout?.runs).toEqual([]);
  });

  it('reports an invalid month instead of a grid', () => {
    expect(calendarMonthLayout(2025, 13, [])).toBeUndefined();
    expect(calendarMonthText(2025, 0, [])).toBe('invalid month: 2025-0');
    expect(calendarMonthText(2025.5, 1, [])).toBe('invalid month: 2025.5-1');
  });
});
