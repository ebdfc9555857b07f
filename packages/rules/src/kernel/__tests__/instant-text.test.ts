/**
 * `isoInstant` and `localInstantText` remember formatted instants in a small direct-mapped cache: whatever
 * the order of requests (colliding slots, other zones in between), each answer is `formatInstant`'s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstant, localInstantText } from '../instant-text.js';
import { formatInstant } from '../time.js';

const zones = ['Asia/Shanghai', 'Europe/Berlin', 'UTC', 'America/St_Johns'];
// 2020–2030, often whole minutes (the common case), sometimes any millisecond; repeats make collisions.
const instant = fc.oneof(
  fc.integer({ min: 26_297_280, max: 31_556_736 }).map((minute) => minute * 60_000),
  fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
);

describe('remembered instant texts', () => {
  it('answer as formatInstant does, in any order of instants and zones', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.constantFrom(...zones)), { minLength: 1, maxLength: 60 }), (asks) => {
        for (const [ms, zone] of [...asks, ...asks.reverse()]) {
          const iso = formatInstant(ms, zone);
          expect(isoInstant(ms, zone)).toBe(iso);
          expect(localInstantText(ms, zone)).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 16)}`);
        }
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('keep zones apart for the same instant (Berlin across its spring change)', () => {
    const ms = Date.UTC(2026, 2, 29, 1, 0);
    expect(isoInstant(ms, 'Europe/Berlin')).toBe('2026-03-29T03:00:00.000+02:00');
    expect(isoInstant(ms, 'Asia/Shanghai')).toBe('2026-03-29T09:00:00.000+08:00');
    expect(localInstantText(ms, 'Europe/Berlin')).toBe('2026-03-29 03:00');
  });
});
