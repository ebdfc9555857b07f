import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, mulDivFen, roundYuan, yuanToFen } from '../money.js';

describe('money in fen, half up', () => {
  it('rounds half up on the decimal digits as written', () => {
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(1.004)).toBe(100);
    expect(yuanToFen(0.125)).toBe(13);
    expect(yuanToFen(-1.005)).toBe(-101);
    expect(yuanToFen(123456789.015)).toBe(12345678902);
    expect(roundYuan(2.675)).toBe(2.68);
    expect(yuanToFen(1e-7)).toBe(0);
  });

  it('multiplies and divides exactly before rounding', () => {
    // 1,000 yuan × 3 / 7 = 428.571… → 428.57
    expect(fenToYuan(mulDivFen(100000, 3, 7))).toBe(428.57);
    // 0.05 fen rounds up at exactly half
    expect(mulDivFen(1, 1, 2)).toBe(1);
    expect(mulDivFen(1000, 1.5, 0.3)).toBe(5000);
  });

  it('property: fen round-trips through yuan', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});
