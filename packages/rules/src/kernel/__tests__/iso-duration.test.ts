/**
 * ISO-8601 durations read by hand (kernel/iso-duration.ts) must read as luxon's `Duration.fromISO` does:
 * the P10 (五)1 window (`P12M`), and the audit's `maxDelay` and `maxFuture` (#17: luxon left the bundles).
 */
import fc from 'fast-check';
import { Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { casualMs, parseIsoDuration } from '../iso-duration.js';

const part = (unit: string) =>
  fc
    .option(
      fc.oneof(
        fc.nat({ max: 400 }).map(String),
        fc.tuple(fc.nat({ max: 40 }), fc.constantFrom('5', '25', '75')).map(([a, b]) => `${a}.${b}`),
      ),
      { nil: undefined },
    )
    .map((n) => (n === undefined ? '' : `${n}${unit}`));

const durationText = fc
  .tuple(part('Y'), part('M'), part('W'), part('D'), part('H'), part('M'), part('S'))
  .map(([y, mo, w, d, h, mi, s]) => `P${y}${mo}${w}${d}${h || mi || s ? `T${h}${mi}${s}` : ''}`)
  // A bare `P` is no ISO-8601 duration (luxon takes it as zero; here it is refused, tested below).
  .filter((text) => text !== 'P');

describe('parseIsoDuration and casualMs', () => {
  it('property: the same parts and the same casual milliseconds as luxon', () => {
    fc.assert(
      fc.property(durationText, (text) => {
        const ours = parseIsoDuration(text);
        const theirs = Duration.fromISO(text);
        expect(ours === undefined).toBe(!theirs.isValid);
        if (ours === undefined) return;
        expect(ours).toMatchObject({
          years: theirs.years,
          months: theirs.months,
          weeks: theirs.weeks,
          days: theirs.days,
          hours: theirs.hours,
          minutes: theirs.minutes,
          // luxon keeps a fraction of a second as milliseconds.
          seconds: theirs.seconds + theirs.milliseconds / 1000,
        });
        expect(casualMs(ours)).toBeCloseTo(theirs.as('milliseconds'), 3);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['P', 'PT', 'P1DT', '', '1D', 'P-1D', 'PT1H2D', 'P1M2Y'])('%j is not a duration', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });

  it('the P10 window P12M is 360 casual days; PT0.5H is 30 minutes; a comma is a decimal point', () => {
    const ms = (text: string) => {
      const d = parseIsoDuration(text);
      return d === undefined ? undefined : casualMs(d);
    };
    expect(ms('P12M')).toBe(360 * 86_400_000);
    expect(ms('PT0.5H')).toBe(1_800_000);
    expect(parseIsoDuration('PT1,5S')?.seconds).toBe(1.5);
  });
});
