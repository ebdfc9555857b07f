/**
 * Service and repair events (P01 convenience/paid services, P08 engineering work orders). The rules each
 * feeds are derived from the family's obligations and direct decisions (`obligations.ts`), not written here.
 */
import { bool, date, instant, int, num, oneOf, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const serviceEvents = [
  // ── services and repairs: P01 convenience/paid services, P08 engineering work orders ────────────────
  {
    type: 'service-requested',
    family: 'services',
    description: 'A resident asks for a convenience, paid or repair service: its record (P01 服務請求 1).',
    ids: ['case'],
    fields: {
      kind: oneOf(['convenience', 'paid', 'repair'], 'the kind of service'),
      service: str('the service, as on the price list: what was asked'),
      agreedVisitAt: instant('the visit time agreed with the resident'),
      household: str('the household that asked'),
    },
  },
  {
    type: 'service-completed',
    family: 'services',
    description: 'A service is completed: a convenience service must be called back within 2 working days.',
    ids: ['case'],
    fields: {
      kind: oneOf(['convenience', 'paid'], 'convenience (default: callback owed) or paid (price checked)'),
      service: str('paid services: the service as on the price list'),
      charged: num('paid services: the amount charged, yuan'),
      quantity: int('paid services: how many units'),
      listPrice: num('paid services: the list price per unit, yuan (else the configured price list)'),
    },
  },
  {
    type: 'service-called-back',
    family: 'services',
    description: 'The resident is called back after a service; decides P01.service-callback.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-ordered',
    family: 'services',
    description: 'A repair work order goes to engineering; an engineer is due on site within 20 min.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'owner-called',
    family: 'services',
    description: 'The desk phones the owner to explain a late engineer (P08 4.9).',
    ids: ['case'],
    fields: {
      expectedCompletionAt: instant('the completion time the desk followed up and gave the owner (P08 4.9)'),
    },
  },
  {
    type: 'engineer-arrived',
    family: 'services',
    description:
      'The engineer reaches the site; decides P08.engineer-arrival (if late: once the owner is phoned, else at the end).',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-noted-open',
    family: 'services',
    description:
      'P08 4.3: the duty log notes a repair still open from the day before, with why and by when it will be resolved.',
    ids: ['case'],
    fields: {
      reason: str('why the repair cannot be resolved yet (4.3 requires it)'),
      resolveBy: date('the date it will be resolved by (4.3 requires it)'),
    },
  },
  {
    type: 'repair-completed',
    family: 'services',
    description: 'The repair is completed; the owner’s opinion must be asked.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-feedback',
    family: 'services',
    description: 'The owner’s opinion of the repair is asked (and recorded).',
    ids: ['case'],
    fields: { recorded: bool('the opinion was written down; default true') },
  },
] as const satisfies readonly EventTypeSpec[];

/** The services family's event types. */
export type ServiceEventType = (typeof serviceEvents)[number]['type'];
