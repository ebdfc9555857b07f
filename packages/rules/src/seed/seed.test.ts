import { describe, expect, it } from 'vitest';
import { rules } from '../registry.js';
import { seedLineCount, seedLines } from './index.js';

describe("the seed's own words", () => {
  it('carries the seed line for line (line 14 is 投訴 4, line 382 is P12 lateness)', () => {
    expect(seedLineCount).toBeGreaterThanOrEqual(481);
    expect(seedLines(14, 14)).toEqual(['4、不能當場處理的有效投訴，2小時內回復業戶，并約定下次回復時間。']);
    expect(seedLines(382, 382)[0]).toContain('遲到5分鐘內扣1分');
  });

  it('every rule points at lines the seed has, and they are not empty', () => {
    for (const rule of rules) {
      const [from, to] = rule.seedLines;
      const text = seedLines(from, to);
      expect(text.length, rule.id).toBe(to - from + 1);
      expect(text.join('').trim().length, rule.id).toBeGreaterThan(0);
    }
  });

  it('clamps and rejects odd ranges', () => {
    expect(seedLines(5, 4)).toEqual([]);
    expect(seedLines(0, 1)).toHaveLength(1);
    expect(seedLines(480, 9999)).toHaveLength(seedLineCount - 479);
  });
});
