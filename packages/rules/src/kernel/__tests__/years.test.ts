/**
 * Issue #13 (Low): dates before about 1920 came out with local-mean-time offsets (`+08:5.71666666666664`)
 * and years below 1000 unpadded (`0-01-31`), strings the engine's own P10 rule then refused. The library
 * accepts instants, dates and months in 1970–2100 (the error names the range), and whatever it formats is
 * ISO-8601: four-digit years, whole-minute offsets, the same instant when parsed back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { dayFromYmd, formatDay, formatInstant, formatInstantShort, parseInstant } from '../time.js';

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?[+-]\d{2}:[0-5]\d$/;

describe('years the library accepts (#13 Low)', () => {
  it('reproduction: a complaint received in 1900 is a bad fact naming the range, not a +08:5.71666666666664 offset', () => {
    const r = evaluate(
      'P01.complaint-reply',
      { receivedAt: '1900-01-01T09:00:00+08:00', valid: true },
      {
        asOf: '2026-01-01T00:00:00+08:00',
      },
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-facts',
        issues: [{ path: ['receivedAt'], message: 'outside the years Kefu handles (1970–2100)' }],
      },
    });
  });

  it('dates, months and years outside 1970–2100 are refused the same way; 1970 and 2100 are in', () => {
    const month = (m: string) =>
      evaluate('P14.attendance-report', { month: m, submittedAt: '2026-01-20T10:00:00+08:00' });
    expect(month('0000-01')).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'outside the years Kefu handles (1970–2100)' }] },
    });
    const year = (y: number) =>
      evaluate('P01.community-plan', { year: y, costsConfirmed: true, planMadeAt: '2026-01-05T10:00:00+08:00' });
    expect(year(1969)).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['year'] }] } });
    expect(
      evaluate('P01.complaint-reply', {
        receivedAt: '2100-12-31T09:00:00+08:00',
        valid: true,
        repliedAt: '2100-12-31T10:00:00+08:00',
      }),
    ).toMatchObject({ ok: true });
    expect(
      evaluate('P01.complaint-reply', {
        receivedAt: '1970-01-02T09:00:00+08:00',
        valid: true,
        repliedAt: '1970-01-02T10:00:00+08:00',
      }),
    ).toMatchObject({ ok: true });
  });

  it('years below 1000 are written with four digits', () => {
    expect(formatDay(dayFromYmd(5, 1, 31))).toBe('0005-01-31');
    expect(formatDay(dayFromYmd(0, 1, 31))).toBe('0000-01-31');
  });

  it('property: every instant the library formats is ISO-8601 and names the same instant, in any zone, years 0001–9999', () => {
    // From 2 January of year 1 to 30 December 9999 (a day inside either end, whatever the zone's offset).
    const lo = dayFromYmd(1, 1, 2) * 86_400_000;
    const hi = dayFromYmd(9999, 12, 30) * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.constantFrom(
          'Asia/Shanghai',
          'Asia/Kathmandu',
          'America/New_York',
          'Africa/Monrovia',
          'Europe/Amsterdam',
          'UTC',
        ),
        (ms, zone) => {
          for (const text of [formatInstant(ms, zone), formatInstantShort(ms, zone)]) {
            expect(text).toMatch(ISO);
            expect(parseInstant(text)).toBe(ms);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
