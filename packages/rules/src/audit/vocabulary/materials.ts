/** Material events (P06). */
import { bool, int, num, str } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

export const materialEvents = [
  // ── materials: P06 ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'requisition-raised',
    family: 'materials',
    description: 'P06: an internal requisition is raised.',
    rules: ['P06.requisition-form', 'P06.fulfilment-route', 'P06.in-scope'],
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
    rules: ['P06.requisition-approvals'],
    ids: ['case'],
    fields: { step: str('the step’s name', true) },
  },
] as const satisfies readonly EventTypeSpec[];
