/**
 * GPS after-sales events (P03). The rules each feeds are derived from the family's obligations and direct
 * decisions (`obligations.ts`), not written here.
 */
import { bool, instant, int, num, oneOf, str, strings } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const gpsEvents = [
  // ── GPS after-sales: P03 ────────────────────────────────────────────────────────────────────────────
  {
    type: 'repair-call',
    family: 'gps',
    description: 'P03: a repair call is taken and recorded.',
    ids: [],
    fields: {
      customerName: str('customer name'),
      address: str('address'),
      contact: str('contact number'),
      productModel: str('product model'),
      purchaseDate: str('purchase date'),
      fault: str('the fault'),
    },
  },
  {
    type: 'dispatch-approved',
    family: 'gps',
    description: 'P03: the GPS division manager approves an installation or repair order.',
    ids: ['case'],
    fields: { order: oneOf(['installation', 'repair'], 'the kind of order') },
  },
  {
    type: 'technician-departed',
    family: 'gps',
    description: 'P03: the technician leaves for the site; decides P03.dispatch-approval.',
    ids: ['case'],
    fields: {
      order: oneOf(['installation', 'repair'], 'the kind of order'),
      orderedAt: instant('when the order was raised'),
    },
  },
  {
    type: 'terminal-swapped',
    family: 'gps',
    description: 'P03: a terminal is swapped.',
    ids: [],
    fields: {
      plate: str('plate number'),
      fault: str('the fault'),
      oldTerminal: str('old terminal number'),
      newTerminal: str('new terminal number'),
      labelled: bool('the returned terminal is labelled'),
    },
  },
  {
    type: 'sim-swapped',
    family: 'gps',
    description: 'P03: a SIM card is swapped.',
    ids: [],
    fields: { oldSim: str('old SIM number'), newSim: str('new SIM number') },
  },
  {
    type: 'fee-collected',
    family: 'gps',
    description: 'P03: money is collected on site; it goes to finance when the technician is back.',
    ids: ['case'],
    fields: {
      invoiceIssued: bool('an invoice was issued', true),
      amount: num('the amount collected, yuan'),
    },
  },
  {
    type: 'technician-returned',
    family: 'gps',
    description: 'P03: the technician is back at the office.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'fee-remitted',
    family: 'gps',
    description: 'P03: the money collected is handed to finance; decides P03.fee-remittance.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'emergency-dispatched',
    family: 'gps',
    description: 'P03: someone other than a technician is sent out.',
    ids: [],
    fields: {
      techniciansAvailable: int('technicians in at the time', true),
      managerApproved: bool('the department manager approved', true),
      sent: oneOf(['external-partner', 'other-department', 'technician'], 'who was sent'),
      urgent: bool('an urgent case'),
    },
  },
  {
    type: 'repair-charged',
    family: 'gps',
    description: 'P03: a repair is charged (warranty decides what may be charged).',
    ids: [],
    fields: {
      purchasedAt: str('purchase date or instant', true),
      partsCost: num('parts, yuan', true),
      labourCost: num('labour, yuan', true),
      charged: num('what the customer was charged, yuan'),
    },
  },
  {
    type: 'technician-on-site',
    family: 'gps',
    description:
      'P03: a technician reaches the site of a reported fault (職責: 及時, the limit the organisation sets).',
    ids: [],
    fields: { reportedAt: instant('when the fault was reported', true) },
  },
  {
    type: 'contact-replied',
    family: 'gps',
    description:
      'P03: a customer’s call, letter or visit is replied to (客戶服務: 迅速, the limit the organisation sets).',
    ids: [],
    fields: {
      contactedAt: instant('when the customer called, wrote or came', true),
      channel: oneOf(['call', 'letter', 'visit'], 'how the customer got in touch'),
    },
  },
  {
    type: 'installation-charged',
    family: 'gps',
    description: 'P03: what a customer was charged for a design or installation visit (專業安裝: free).',
    ids: [],
    fields: {
      charged: num('what the customer was charged, yuan (0 when free)', true),
      work: oneOf(['design', 'installation'], 'the visit: design or installation (default installation)'),
    },
  },
  {
    type: 'work-order-filled',
    family: 'gps',
    description:
      'P03 流程: customer service fills in an installation work order (安裝任務派工單); decides P03.work-order.',
    ids: [],
    fields: {
      inputs: strings(
        'the documents it was filled in from: installation-request, vehicle-list, driver-vehicle-info',
        true,
      ),
    },
  },
  {
    type: 'suggestion-reported',
    family: 'gps',
    description:
      'P03 客戶服務: a customer’s suggestion’s outcome is reported back (及時, the limit the organisation sets).',
    ids: [],
    fields: {
      receivedAt: instant('when the customer made the opinion or suggestion', true),
      forwarded: bool('it was passed on to the company’s departments concerned', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The GPS family's event types. */
export type GpsEventType = (typeof gpsEvents)[number]['type'];
