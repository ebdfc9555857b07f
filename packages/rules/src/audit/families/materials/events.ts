/**
 * Material events (P06). The rules each feeds are derived from the family's obligation and direct decisions
 * (`obligations.ts`), not written here.
 */
import { bool, int, list, num, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const materialEvents = [
  // ── materials: P06 ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'requisition-raised',
    family: 'materials',
    description: 'P06: an internal requisition is raised.',
    ids: ['case'],
    fields: {
      materialCode: str('material code'),
      materialName: str('material name'),
      urgency: str('urgency'),
      reviewedBySiteChief: bool('reviewed by the site’s chief representative'),
      quantity: int('quantity asked for'),
      category: str('P06.in-scope: tools, spare parts, consumables, storage equipment'),
      requested: num('P06.fulfilment-route: quantity requested'),
      inStock: num('P06.fulfilment-route: quantity in stock'),
    },
  },
  {
    type: 'requisition-step',
    family: 'materials',
    description: 'P06: one approval step of a requisition (checked in order at the end).',
    ids: ['case'],
    fields: { step: str('the step’s name', true) },
  },
  {
    type: 'stock-counted',
    family: 'materials',
    description: 'P06: a site’s stocktake against its books (1.2: 賬實相符).',
    ids: [],
    fields: {
      items: list('each item counted: { item, booked, counted }', true),
      site: str('the site'),
    },
  },
  {
    type: 'annual-plan-submitted',
    family: 'materials',
    description:
      'P06 1.3.3: the year’s material-requirement plan is submitted to production management; decides P06.annual-plan.',
    ids: [],
    fields: { year: int('the year the plan is for', true) },
  },
] as const satisfies readonly EventTypeSpec[];

/** The materials family's event types. */
export type MaterialEventType = (typeof materialEvents)[number]['type'];
