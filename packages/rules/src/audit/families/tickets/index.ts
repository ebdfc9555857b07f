/**
 * Film tickets (P07): reconciliations and stock counts are judged as they are made; a day's sales at the
 * desk open a case (seller and day) that the remittance of the takings decides — before the shift ends,
 * or by the next day's shift for a colleague covering the desk.
 */
import { parseInstant } from '../../../kernel/time.js';
import { dailyRemittance } from '../../../policies/p07-film-tickets/daily-remittance.js';
import { reconciliation } from '../../../policies/p07-film-tickets/reconciliation.js';
import { stockOut } from '../../../policies/p07-film-tickets/stock-out.js';
import { CaseBook, type FactsOf, isDecided } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { formatDay } from '../../months.js';
import { caseFamily, defined, type Family, here } from '../family.js';
import { createSales, orphan, type Sales } from './case.js';
import type { TicketEventType } from './events.js';
import { obligations } from './obligations.js';

/** What a ticket event does, typed per event type. */
type Handlers = {
  readonly [T in TicketEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/** A line of a day's sales: the sales themselves, or the remittance of their takings. */
type SalesLine = AuditEvent<'tickets-sold'> | AuditEvent<'takings-remitted'>;

/**
 * How many days back a remittance without `soldOn` looks for its seller's open sale: a cover hands the money
 * over on the next day's shift (P07 7, 次日班), a night shift after midnight; the rule allows a cover up to 7.
 */
const LOOK_BACK_DAYS = 7;

export function tickets(): Family {
  const cases = new CaseBook<Sales>({
    create: createSales,
    obligations,
    complete: (c) => isDecided(c, dailyRemittance),
    orphan,
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
  function dayOfSale(e: SalesLine, engine: AuditEngine): { key: string; soldOn: string } {
    const today = engine.speed.time.localDay(engine.atMs, engine.zone);
    const own = { key: formatDay(today), soldOn: formatDay(today) };
    if (e.case !== undefined) return own;
    if (e.type === 'tickets-sold') {
      const endMs = parseInstant(e.shiftEnd);
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

  /** The seller's day (or the line's case id) a sales line belongs to, its day of sale set. */
  function salesCase(e: SalesLine, engine: AuditEngine): Sales {
    const given = e.soldOn;
    const day = given === undefined ? dayOfSale(e, engine) : { key: given, soldOn: given };
    const c = cases.touch(e.case ?? `${e.employee} ${day.key}`, engine, e.employee, e.department);
    if (e.type === 'tickets-sold') {
      // The day of sale is the sales line's (the earliest, for a night shift's sales): a remittance's own
      // day, on a case id, is the hand-over day (the next day, for a cover: P07 7), not the day of sale.
      if (c.shiftEnd === undefined || day.soldOn < c.soldOn) c.soldOn = day.soldOn;
    } else if (c.soldOn === '' || (given !== undefined && c.shiftEnd === undefined)) {
      c.soldOn = day.soldOn;
    }
    return c;
  }

  const handlers: Handlers = {
    'tickets-reconciled'(e, engine) {
      const facts: FactsOf<typeof reconciliation> = defined({
        openingStock: e.openingStock,
        delivered: e.delivered,
        closingStock: e.closingStock,
        ticketsSold: e.ticketsSold,
        price: e.price,
        cash: e.cash,
        remitted: e.remitted,
      });
      engine.decide(reconciliation.id, facts, here(e, engine));
    },
    'ticket-stock'(e, engine) {
      const facts: FactsOf<typeof stockOut> = { stock: e.stock, requested: e.requested };
      engine.decide(stockOut.id, facts, here(e, engine));
    },
    'tickets-sold'(e, engine) {
      const c = salesCase(e, engine);
      if (c.shiftEnd === undefined) {
        c.shiftEnd = e.shiftEnd;
        c.shiftEndMs = parseInstant(e.shiftEnd);
        c.soldMs = engine.atMs;
        c.byCover = e.byCover;
      } else if (engine.atMs < c.soldMs) {
        c.soldMs = engine.atMs;
      }
      cases.settle(c, engine);
    },
    'takings-remitted'(e, engine) {
      const c = salesCase(e, engine);
      if (c.remitted === undefined) {
        c.remitted = e.at;
        c.amount = e.amount;
      }
      cases.settle(c, engine);
    },
  };

  return caseFamily(handlers, cases);
}
