/**
 * What a day's ticket sales owe (P07): the takings handed over before the shift ends (a cover's by the next
 * day's shift), the one obligation, keyed by its rule. `feeds` adds the records the family checks from
 * their line alone (a reconciliation, a stock count): together they are the rules the ticket events feed.
 */
import { dailyRemittance } from '../../../policies/p07-film-tickets/daily-remittance.js';
import { reconciliation } from '../../../policies/p07-film-tickets/reconciliation.js';
import { stockOut } from '../../../policies/p07-film-tickets/stock-out.js';
import { type FactsOf, type Obligation, obligation, started } from '../../cases.js';
import type { Feed } from '../family.js';
import type { Sales } from './case.js';

const of = obligation<Sales>();

export const obligations: readonly Obligation<Sales>[] = [
  of({
    rule: dailyRemittance,
    reads: ['tickets-sold', 'takings-remitted'],
    open: (c) => c.shiftEnd !== undefined,
    done: (c) => c.remitted !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof dailyRemittance> = { soldOn: c.soldOn, shiftEnd: started(c.shiftEnd) };
      if (c.byCover !== undefined) f.byCover = c.byCover;
      if (c.remitted !== undefined) f.remittedAt = c.remitted;
      if (c.amount !== undefined) f.amount = c.amount;
      return f;
    },
    start: (c) => c.soldMs,
  }),
];

/** Every rule the ticket events feed: the takings' obligation, and the records checked on their line. */
export const feeds: readonly Feed[] = [
  ...obligations,
  { rule: reconciliation, reads: ['tickets-reconciled'] },
  { rule: stockOut, reads: ['ticket-stock'] },
];
