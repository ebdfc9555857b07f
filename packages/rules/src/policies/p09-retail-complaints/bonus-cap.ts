/**
 * The monthly cap of 第二十一條 3 in fen. Rounded down, not half up: the clause is a ceiling ("最高…50%"), and an
 * odd-fen bonus must not lose more than the share. Shares carry at most four decimals (the schema says so).
 */
import * as z from 'zod';

export const capShare = z
  .number()
  .min(0.01)
  .max(1)
  .refine((v) => Math.abs(Math.round(v * 10_000) - v * 10_000) < 1e-6, { message: 'at most four decimals' });

/** ⌊bonusFen × share⌋ in integer fen, exact. */
export function capFen(bonusFen: number, share: number): number {
  return Number((BigInt(bonusFen) * BigInt(Math.round(share * 10_000))) / 10_000n);
}
