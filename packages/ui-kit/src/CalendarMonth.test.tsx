import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarMonth } from './CalendarMonth.js';
import { plain, SGR, styled } from './test-helpers.js';
import { type CalendarDay, calendarLegendText, calendarMonthText } from './text/calendar.js';

afterEach(cleanup);

// October 2025: National Day / Mid-Autumn 1–8, make-up working day on Saturday the 11th.
const october: readonly CalendarDay[] = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map(
    (day): CalendarDay => ({ date: `2025-10-0${day}`, kind: 'holiday', name: 'National Day' }),
  ),
  { date: '2025-10-11', kind: 'make-up', name: 'National Day' },
  { date: '2025-10-12', kind: 'weekend' },
  { date: '2025-10-18', kind: 'weekend' },
  { date: '2025-10-19', kind: 'weekend' },
  { date: '2025-11-01', kind: 'holiday', name: 'Not this month' },
  { date: 'garbage', kind: 'holiday' },
];

describe('CalendarMonth', () => {
  it('draws a Monday-first grid with holiday and make-up markers, a legend and the holiday names', () => {
    expect(plain(render(<CalendarMonth year={2025} month={10} days={october} />).lastFrame()).split('\n')).toEqual([
      'October 2025',
      'Mo  Tu  We  Th  Fr  Sa  Su',
      '         1*  2*  3*  4*  5*',
      ' 6*  7*  8*  9  10  11+ 12',
      '13  14  15  16  17  18  19',
      '20  21  22  23  24  25  26',
      '27  28  29  30  31',
      '* holiday  + make-up working day  weekend',
      '* 1–8 National Day',
      '+ 11 National Day',
    ]);
  });

  it('colours holidays red, make-up days yellow and dims weekends', () => {
    const frame = render(<CalendarMonth year={2025} month={10} days={october} />).lastFrame();
    expect(styled(frame, SGR.red, '  1*')).toBe(true);
    expect(styled(frame, SGR.yellow, ' 11+')).toBe(true);
    expect(styled(frame, SGR.dim, ' 12')).toBe(true);
    // The 25th is a Saturday but is not in `days`: plain, not dimmed.
    expect(styled(frame, SGR.dim, ' 25')).toBe(false);
  });

  it('renders missing days plain (an empty list is a plain grid)', () => {
    const output = plain(render(<CalendarMonth year={2024} month={2} days={[]} />).lastFrame()).split('\n');
    // February 2024 starts on a Thursday and has 29 days.
    expect(output[2]).toBe('             1   2   3   4');
    expect(output[6]).toBe('26  27  28  29');
    expect(output.join('\n')).not.toMatch(/\d[*+]/);
  });

  it('speaks Chinese with lang="zh"', () => {
    const output = plain(render(<CalendarMonth year={2025} month={10} days={october} lang="zh" />).lastFrame()).split(
      '\n',
    );
    expect(output[0]).toBe('2025年10月');
    expect(output[1]).toBe('一  二  三  四  五  六  日');
    expect(output[7]).toBe('* 节假日  + 调休上班  周末');
  });

  it('reports an invalid month instead of drawing one', () => {
    expect(plain(render(<CalendarMonth year={2025} month={13} days={[]} />).lastFrame())).toBe(
      'invalid month: 2025-13',
    );
  });
});

describe('CalendarMonth and calendarMonthText', () => {
  it('print the same lines (the text has no weekend legend entry: only colour shows weekends)', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const [year, month, days] of [
        [2025, 10, october],
        [2024, 2, []],
        [2026, 6, []],
      ] as const) {
        const drawn = plain(render(<CalendarMonth year={year} month={month} days={days} lang={lang} />).lastFrame());
        const text = calendarMonthText(year, month, days, lang).split('\n');
        const legend = text.indexOf(calendarLegendText(lang));
        text[legend] = calendarLegendText(lang, { weekend: true });
        expect(drawn.split('\n')).toEqual(text);
      }
    }
  });
});
