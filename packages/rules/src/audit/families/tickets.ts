/**
 * Film tickets (P07): reconciliations and stock counts are judged as they are made; a day's sales at the
 * desk open a case (seller and day) that the remittance of the takings decides — before the shift ends,
 * or by the next day's shift for a colleague covering the desk.
 */

import { parseInstant } from '../../kernel/time.js';
import { type CaseBase, CaseBook, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { formatDay } from '../months.js';
import { bool, type Family, here, num, opt, pick, str } from './family.js';

interface Sales extends CaseBase {
  /** The day of sale, from the sales line (a remittance read first gives its own until the sale comes). */
  soldOn: string;
  shiftEnd?: string;
  shiftEndMs?: number;
  soldMs: number;
  byCover?: boolean;
  remitted?: string;
  amount?: number;
}

const obligations: readonly Obligation<Sales>[] = [
  {
    rule: 'P07.daily-remittance',
    open: (c) => c.shiftEnd !== undefined,
    done: (c) => c.remitted !== undefined,
    facts: (c) => ({
      soldOn: c.soldOn,
      shiftEnd: c.shiftEnd,
      ...opt('byCover', c.byCover),
      ...opt('remittedAt', c.remitted),
      ...opt('amount', c.amount),
    }),
    start: (c) => c.soldMs,
  },
];

/**
 * How many days back a remittance without `soldOn` looks for its seller's open sale: a cover hands the money
 * over on the next day's shift (P07 7, 次日班), a night shift after midnight; the rule allows a cover up to 7.
 */
const LOOK_BACK_DAYS = 7;

export function tickets(): Family {
  const cases = new CaseBook<Sales>({
    create: (key) => ({ key, lines: [], last: Number.NEGATIVE_INFINITY, decided: 0, soldOn: '', soldMs: 0 }),
    obligations,
    complete: (c) => (c.decided & 1) !== 0,
    orphan: (c) => (c.shiftEnd === undefined ? `takings remitted for ${c.key} but no sales logged` : undefined),
  });
  /** The seller's open sale of `day` (shift known, takings not yet handed over), if any. */
  function openSale(employee: string | undefined, day: number): Sales | undefined {
    const c = cases.peek(`${employee ?? ''} ${formatDay(day)}`);
    return c !== undefined && c.shiftEnd !== undefined && c.remitted === undefined ? c : undefined;
  }

  /**
   * The day of sale an event without `soldOn` means: its own local day, except
   * - a sale whose seller has an open sale on the day before or after with the same shift end: one night
   *   shift's sales either side of midnight are one shift's takings, due by that shift's end (P07 3, 每日下班前);
   *   taken as two days, the one hand-over settled one and the other breached. The case is the one already
   *   open; its day of sale is the earlier;
   * - a remittance when that day has no open sale of the seller's: then their latest earlier sale still
   *   awaiting its money (a cover's money comes the next day, P07 7; taken as the remittance's own day it
   *   matched no sale and was an orphan, and the sale breached).
   * Returns the case's day (its key) and the day of sale.
   */
  function dayOfSale(e: AuditEvent, engine: AuditEngine): { key: string; soldOn: string } {
    const today = engine.speed.time.localDay(engine.atMs, engine.zone);
    const own = { key: formatDay(today), soldOn: formatDay(today) };
    if (e.case !== undefined) return own;
    if (e.type === 'tickets-sold') {
      const end = str(e, 'shiftEnd');
      const endMs = end === undefined ? undefined : parseInstant(end);
      const sameShift = (c: Sales | undefined) => endMs !== undefined && c?.shiftEndMs === endMs;
      if (openSale(e.employee, today) !== undefined) return own;
      if (sameShift(openSale(e.employee, today - 1)))
        return { key: formatDay(today - 1), soldOn: formatDay(today - 1) };
      if (sameShift(openSale(e.employee, today + 1))) return { key: formatDay(today + 1), soldOn: formatDay(today) };
      return own;
    }
    if (openSale(e.employee, today) !== undefined) return own;
    for (let day = today - 1; day >= today - LOOK_BACK_DAYS; day -= 1) {
      if (openSale(e.employee, day) !== undefined) return { key: formatDay(day), soldOn: formatDay(day) };
    }
    return own;
  }

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const meta = here(e, engine);
      switch (e.type) {
        case 'tickets-reconciled':
          engine.decide(
            'P07.reconciliation',
            pick(e, ['openingStock', 'delivered', 'closingStock', 'ticketsSold', 'price', 'cash', 'remitted']),
            meta,
          );
          return;
        case 'ticket-stock':
          engine.decide('P07.stock-out', pick(e, ['stock', 'requested']), meta);
          return;
      }
      // tickets-sold / takings-remitted: the seller's day (or the line's case id) is the case.
      const given = str(e, 'soldOn');
      const day = given === undefined ? dayOfSale(e, engine) : { key: given, soldOn: given };
      const c = cases.touch(e.case ?? `${e.employee ?? ''} ${day.key}`, engine, e.employee, e.department);
      if (e.type === 'tickets-sold') {
        // The day of sale is the sales line's (the earliest, for a night shift's sales): a remittance's own
        // day, on a case id, is the hand-over day (the next day, for a cover: P07 7), not the day of sale.
        if (c.shiftEnd === undefined || day.soldOn < c.soldOn) c.soldOn = day.soldOn;
      } else if (c.soldOn === '' || (given !== undefined && c.shiftEnd === undefined)) {
        c.soldOn = day.soldOn;
      }
      if (e.type === 'tickets-sold' && c.shiftEnd === undefined) {
        c.shiftEnd = str(e, 'shiftEnd');
        c.shiftEndMs = c.shiftEnd === undefined ? undefined : parseInstant(c.shiftEnd);
        c.soldMs = engine.atMs;
        c.byCover = bool(e, 'byCover');
      } else if (e.type === 'tickets-sold' && engine.atMs < c.soldMs) {
        c.soldMs = engine.atMs;
      } else if (e.type === 'takings-remitted' && c.remitted === undefined) {
        c.remitted = e.at;
        c.amount = num(e, 'amount');
      }
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
  };
}
