/** A seller's day of ticket sales at the desk (P07): its takings are due by the end of the shift. */
import type { CaseBase } from '../../cases.js';

export interface Sales extends CaseBase {
  /** The day of sale, from the sales line (a remittance read first gives its own until the sale comes). */
  soldOn: string;
  shiftEnd?: string;
  shiftEndMs?: number | undefined;
  soldMs: number;
  byCover?: boolean | undefined;
  remitted?: string;
  amount?: number | undefined;
}

export function createSales(key: string): Sales {
  return { key, lines: [], last: Number.NEGATIVE_INFINITY, decided: [], soldOn: '', soldMs: 0 };
}

export const orphan = (c: Sales) =>
  c.shiftEnd === undefined
    ? { en: `takings remitted for ${c.key} but no sales logged`, zh: `${c.key} 已交款，但日志中没有售票记录` }
    : undefined;
