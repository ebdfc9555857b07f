/**
 * Film tickets (P07): reconciliations and stock counts are judged as they are made; a day's sales at the
 * desk open a case (seller and day) that the remittance of the takings decides — before the shift ends,
 * or by the next day's shift for a colleague covering the desk.
 */
import { type CaseBase, CaseBook, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { formatDay, localDay } from '../months.js';
import { bool, type Family, here, num, opt, pick, str } from './family.js';

interface Sales extends CaseBase {
  soldOn: string;
  shiftEnd?: string;
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
  /**
   * The day of sale an event without `soldOn` means: its own local day, except a remittance when that day
   * has no open sale of the seller's: then their latest earlier sale still awaiting its money (a cover's
   * money comes the next day, P07 7; taken as the remittance's own day it matched no sale and was an orphan,
   * and the sale breached).
   */
  function dayOfSale(e: AuditEvent, engine: AuditEngine): string {
    const today = localDay(engine.atMs, engine.zone);
    if (e.type !== 'takings-remitted' || e.case !== undefined) return formatDay(today);
    const awaiting = (day: number) => {
      const c = cases.peek(`${e.employee ?? ''} ${formatDay(day)}`);
      return c !== undefined && c.shiftEnd !== undefined && c.remitted === undefined;
    };
    if (awaiting(today)) return formatDay(today);
    for (let day = today - 1; day >= today - LOOK_BACK_DAYS; day -= 1) if (awaiting(day)) return formatDay(day);
    return formatDay(today);
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
      // tickets-sold / takings-remitted: the seller's day is the case.
      const soldOn = str(e, 'soldOn') ?? dayOfSale(e, engine);
      const c = cases.touch(e.case ?? `${e.employee ?? ''} ${soldOn}`, engine, e.employee, e.department);
      c.soldOn = soldOn;
      if (e.type === 'tickets-sold' && c.shiftEnd === undefined) {
        c.shiftEnd = str(e, 'shiftEnd');
        c.soldMs = engine.atMs;
        c.byCover = bool(e, 'byCover');
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
