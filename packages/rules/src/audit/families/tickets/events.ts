/**
 * Film ticket events (P07). The rules each feeds are derived from the family's obligation and direct
 * decisions (`obligations.ts`), not written here.
 */
import { bool, date, instant, int, num } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const ticketEvents = [
  // ── film tickets: P07 ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'tickets-reconciled',
    family: 'tickets',
    description: 'P07: tickets and money are reconciled.',
    ids: [],
    fields: {
      openingStock: int('tickets at the start', true),
      closingStock: int('tickets at the end', true),
      ticketsSold: int('tickets sold', true),
      delivered: int('tickets delivered in the period'),
      price: num('price per ticket, yuan', true),
      cash: num('cash held, yuan', true),
      remitted: num('remitted, yuan', true),
    },
  },
  {
    type: 'tickets-sold',
    family: 'tickets',
    description: 'P07: a day’s ticket sales at the desk; the takings are due before the shift ends.',
    ids: ['employee'],
    fields: {
      soldOn: date('the day of sale; default the local date of `at`'),
      shiftEnd: instant('when the seller’s shift ends', true),
      byCover: bool('sold by a colleague covering the desk'),
    },
  },
  {
    type: 'takings-remitted',
    family: 'tickets',
    description: 'P07: the day’s takings reach the cashier (or the receptionist, for a cover).',
    ids: ['employee'],
    fields: {
      soldOn: date(
        'the day of sale; default the local date of `at`, else (no open sale that day) the seller’s latest open sale of the 7 days before',
      ),
      amount: num('the takings, yuan'),
    },
  },
  {
    type: 'ticket-stock',
    family: 'tickets',
    description: 'P07: the desk’s ticket stock is counted.',
    ids: [],
    fields: { stock: int('tickets in stock', true), requested: bool('a delivery was asked for', true) },
  },
] as const satisfies readonly EventTypeSpec[];

/** The ticket family's event types. */
export type TicketEventType = (typeof ticketEvents)[number]['type'];
