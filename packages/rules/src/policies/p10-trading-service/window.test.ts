// P10 (五)1 (seed lines 333–334): the repeat-violation window is calendar arithmetic in the zone. The hand
// arithmetic of window.ts must equal luxon's DateTime.minus, which the rule used before.
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { minusWindow } from './window.js';

const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'];
const windows = ['P12M', 'P1Y', 'P1M', 'P30D', 'P2W', 'P1DT12H', 'P1Y2M3DT4H5M6S', 'P1.5M', 'P0.5Y', 'P10Y', 'PT36H'];

describe('minusWindow', () => {
  it('clamps to the end of a shorter month at the same time of day', () => {
    const ms = DateTime.fromISO('2026-03-31T10:15:00', { zone: 'Asia/Shanghai' }).toMillis();
    expect(DateTime.fromMillis(minusWindow(ms, 'P1M', 'Asia/Shanghai'), { zone: 'Asia/Shanghai' }).toISO()).toBe(
      '2026-02-28T10:15:00.000+08:00',
    );
  });

  it('property: equals luxon DateTime.minus in every zone, across DST changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom(...windows),
        (ms, zone, window) => {
          const expected = DateTime.fromMillis(ms, { zone }).minus(Duration.fromISO(window)).toMillis();
          expect(minusWindow(ms, window, zone)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('equals luxon when the result falls in a DST gap or overlap (minute by minute)', () => {
    const zone = 'America/New_York';
    // A week after the spring-forward and fall-back days of 2026: minus P1W lands on them.
    for (const day of ['2026-03-15T00:00:00', '2026-11-08T00:00:00']) {
      const from = DateTime.fromISO(day, { zone }).toMillis();
      for (let m = 0; m < 5 * 60; m += 1) {
        const ms = from + m * 60_000;
        for (const window of ['P1W', 'P7D', 'P7DT1H', 'P1M1W']) {
          const expected = DateTime.fromMillis(ms, { zone }).minus(Duration.fromISO(window)).toMillis();
          expect(minusWindow(ms, window, zone)).toBe(expected);
        }
      }
    }
  });
});
