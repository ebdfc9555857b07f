/** Base points (基點數): non-negative, at most four decimals, so the exact fen arithmetic never meets an exponent. */
import * as z from 'zod';

export const basePoints = z
  .number()
  .min(0)
  .max(1e9)
  .refine((v) => Math.abs(Math.round(v * 10_000) - v * 10_000) < 1e-6, { message: 'at most four decimals' })
  .meta({ description: 'base points (基點數)', zh: '基点数' });
