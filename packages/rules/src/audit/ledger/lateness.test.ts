/**
 * The packed arrivals give back P12.monthly-score's `lateness` facts (P12 4.2.2(3): each late arrival in the
 * month) exactly as the log wrote them, in shift-start text order with ties in arrival order — the same
 * facts as keeping each arrival's object and sorting it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantCodec } from '../../kernel/instant-codec.js';
import { parseInstant } from '../../kernel/time.js';

const time = new InstantCodec();

import { type LatenessFacts, LatenessList } from './lateness.js';

const zones = ['Asia/Shanghai', 'Europe/London', 'America/New_York'] as const;
// Mostly the zone's own formatting (left out and rebuilt), sometimes another offset, Z or milliseconds
// (kept as written).
const suffixes = ['+08:00', '+08:00', '+08:00', '+00:00', '+01:00', '-05:00', 'Z', '.250+08:00', '+0800'];

const text = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    second: fc.constantFrom(0, 0, 0, 30),
    suffix: fc.constantFrom(...suffixes),
  })
  .map(({ day, minute, second, suffix }) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `2026-03-${pad(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(second)}${suffix}`;
  });

type Arrival = { shiftStart: string; arrivedAt: string };

/**
 * What the list must give back: one arrival per shift (P12 4.2.2(3) scores a shift's late arrival once) — a
 * later push for the same shift instant takes the first one's place only when it arrived strictly earlier —
 * in shift-start text order, ties in the order pushed.
 */
function expectedFacts(arrivals: readonly Arrival[]): LatenessFacts[] {
  const kept: (Arrival & { shiftMs: number; arrivedMs: number })[] = [];
  for (const a of arrivals) {
    const shiftMs = parseInstant(a.shiftStart) ?? Number.NaN;
    const arrivedMs = parseInstant(a.arrivedAt) ?? Number.NaN;
    const same = Number.isNaN(shiftMs) ? -1 : kept.findIndex((k) => k.shiftMs === shiftMs);
    if (same === -1) kept.push({ ...a, shiftMs, arrivedMs });
    else if (arrivedMs < (kept[same]?.arrivedMs ?? Number.NaN)) kept[same] = { ...a, shiftMs, arrivedMs };
  }
  return kept
    .map((k) => ({ shiftStart: k.shiftStart, arrivedAt: k.arrivedAt, employee: 'E1' }))
    .sort((a, b) => (a.shiftStart < b.shiftStart ? -1 : a.shiftStart > b.shiftStart ? 1 : 0));
}

function rebuildsTheLog(shiftStart: fc.Arbitrary<string>) {
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.array(fc.record({ shiftStart, arrivedAt: text }), { maxLength: 30 }),
      (zone, arrivals) => {
        const list = new LatenessList();
        for (const a of arrivals) {
          const shiftMs = parseInstant(a.shiftStart) ?? Number.NaN;
          list.push(a.shiftStart, shiftMs, a.arrivedAt, parseInstant(a.arrivedAt) ?? Number.NaN, zone, time);
        }
        const expected = expectedFacts(arrivals);
        expect(list.byShiftStart('E1', zone, time)).toEqual(expected);
        expect(list.length).toBe(expected.length);
      },
    ),
  );
}

describe('LatenessList', () => {
  it('rebuilds the log texts in shift-start order, ties in arrival order', () => {
    rebuildsTheLog(text);
  });

  it('keeps one arrival per shift, the earliest, when shifts repeat (the same shift in other offsets too)', () => {
    // A handful of shift starts, some the same instant written differently: repeats are the rule here.
    rebuildsTheLog(
      fc.constantFrom(
        '2026-03-02T08:30:00+08:00',
        '2026-03-02T00:30:00Z',
        '2026-03-02T08:30:00+0800',
        '2026-03-03T08:30:00+08:00',
        '2026-03-03T16:30:00+08:00',
      ),
    );
  });

  it('keeps a text whose instant is unknown as written', () => {
    const list = new LatenessList();
    list.push('2026-03-02T09:00:00+08:00', Number.NaN, '2026-03-02T09:07:00+08:00', Number.NaN, 'Asia/Shanghai', time);
    expect(list.byShiftStart('E1', 'Asia/Shanghai', time)).toEqual([
      { shiftStart: '2026-03-02T09:00:00+08:00', arrivedAt: '2026-03-02T09:07:00+08:00', employee: 'E1' },
    ]);
  });
});
