/**
 * One arrival per shift. Seed 篇十二 4.2.2 3): 上班人員遲到5分鐘內扣1分，5∽10分扣5分，10分鐘後視缺勤扣分 — each late
 * arrival at a shift is scored once; of two arrivals logged for one shift the earliest counts.
 */
import { describe, expect, it } from 'vitest';
import { replacesArrival, sameShift } from './arrivals.js';

const shift = Date.parse('2026-03-02T08:30:00+08:00');

describe('sameShift', () => {
  it.each([
    ['the same shift start', shift, shift, true],
    ['another shift', shift, shift + 60_000, false],
    ['an unreadable shift start matches none, not even itself', Number.NaN, Number.NaN, false],
    ['an unreadable and a readable one', Number.NaN, shift, false],
  ])('%s', (_, a, b, same) => {
    expect(sameShift(a, b)).toBe(same);
  });
});

describe('replacesArrival: the earliest arrival at a shift counts', () => {
  const at = (minutes: number) => shift + minutes * 60_000;
  it.each([
    ['an earlier badge takes the place of a later one', at(12), at(3), true],
    ['a later one does not', at(3), at(12), false],
    ['the same line logged twice keeps the first', at(3), at(3), false],
    ['an unreadable arrival never takes a place', at(3), Number.NaN, false],
    ['nor loses one held', Number.NaN, at(3), false],
  ])('%s', (_, held, arrival, replaces) => {
    expect(replacesArrival(held, arrival)).toBe(replaces);
  });
});
