import { describe, expect, it } from 'vitest';
import { coverageRuns, coverageRunsOfSegments, DAY_MINUTES } from './shift-times.js';

/** A small deterministic generator (no test may depend on Math.random). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('coverageRunsOfSegments', () => {
  it('gives the runs of the minute-by-minute coverage, for random days of shifts', () => {
    const random = lcg(7);
    for (let trial = 0; trial < 2000; trial += 1) {
      const segments: [number, number][] = [];
      const n = Math.floor(random() * 6);
      for (let i = 0; i < n; i += 1) {
        // Whole hours often (shared ends), any minute sometimes.
        const start = random() < 0.7 ? Math.floor(random() * 24) * 60 : Math.floor(random() * DAY_MINUTES);
        const length = random() < 0.1 ? DAY_MINUTES : 1 + Math.floor(random() * (DAY_MINUTES - 1));
        if (start + length <= DAY_MINUTES) segments.push([start, start + length]);
        else segments.push([start, DAY_MINUTES], [0, start + length - DAY_MINUTES]);
      }
      const cover = new Array<number>(DAY_MINUTES).fill(0);
      for (const [from, to] of segments) for (let m = from; m < to; m += 1) cover[m] = (cover[m] ?? 0) + 1;
      expect(coverageRunsOfSegments(segments)).toEqual(coverageRuns(cover));
    }
  });
});
