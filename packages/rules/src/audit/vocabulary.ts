/**
 * The event vocabulary: every event type the audit reads, what it carries and which rules it feeds.
 * Field names are the catalogue's fact names wherever an event carries a fact as it is, so an event reads
 * like the facts it becomes. docs/events.md is this list written out; a test keeps the two in step.
 */
import type { FieldSpec } from './fields.js';

export type FamilyName =
  | 'complaints'
  | 'services'
  | 'gps'
  | 'calls'
  | 'shifts'
  | 'conduct'
  | 'bonuses'
  | 'front-desk'
  | 'documents'
  | 'materials'
  | 'tickets'
  | 'reports'
  | 'facts';

export type IdField = 'case' | 'employee' | 'department';

export interface EventTypeSpec {
  readonly type: string;
  readonly family: FamilyName;
  /** One line: what happened. */
  readonly description: string;
  /** Rule ids the event feeds (directly, or through a case or a month it belongs to). */
  readonly rules: readonly string[];
  /** Ids the event must carry to be correlated. */
  readonly ids: readonly IdField[];
  /** The payload fields besides the common ones. */
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

const instant = (doc: string, required = false): FieldSpec => ({ kind: 'instant', doc, required });
const date = (doc: string, required = false): FieldSpec => ({ kind: 'date', doc, required });
const month = (doc: string, required = false): FieldSpec => ({ kind: 'month', doc, required });
const str = (doc: string, required = false): FieldSpec => ({ kind: 'string', doc, required });
const bool = (doc: string, required = false): FieldSpec => ({ kind: 'boolean', doc, required });
const num = (doc: string, required = false): FieldSpec => ({ kind: 'number', doc, required });
const int = (doc: string, required = false): FieldSpec => ({ kind: 'integer', doc, required });
const oneOf = (values: readonly string[], doc: string, required = false): FieldSpec => ({
  kind: 'enum',
  values,
  doc,
  required,
});
const severity = (doc: string, required = false): FieldSpec => ({ kind: 'severity', doc, required });
const strings = (doc: string, required = false): FieldSpec => ({ kind: 'strings', doc, required });
const list = (doc: string, required = false): FieldSpec => ({ kind: 'list', doc, required });
const object = (doc: string, required = false): FieldSpec => ({ kind: 'object', doc, required });

/** Fields every event may carry. `type` and `at` are required; the ids as each type says. */
export const commonFields: Readonly<Record<string, FieldSpec>> = {
  type: str('the event type', true),
  at: instant('when it happened (ISO-8601 with an offset)', true),
  case: str('the case it concerns: complaint, work order, document, requisition… (correlation key)'),
  employee: str('the employee it concerns (organisation file id)'),
  department: str('the department it concerns (organisation file id); defaults to the employee’s'),
  note: str('free text, ignored by the audit'),
};

/** Periodic rules fed by `report-submitted`, with the kind of period each is reported for. */
export const periodicReports = {
  'P07.posters': 'month',
  'P08.daily-log-check': 'date',
  'P08.monthly-callback': 'month',
  'P09.monthly-stats': 'month',
  'P10.rebate-report': 'month',
  'P10.rebate-month-end': 'month',
  'P10.call-log': 'date',
  'P13.monthly-summary': 'month',
  'P14.attendance-report': 'month',
  'P14.roster-publish': 'month',
  'P14.holiday-roster': 'holiday',
} as const satisfies Record<string, 'month' | 'date' | 'holiday'>;

export type PeriodicReport = keyof typeof periodicReports;

const scheme = oneOf(
  ['property', 'retail', 'manufacturing'],
  'which complaint procedure applies: property (P01, default), retail (P09) or manufacturing (P13)',
);
const market = oneOf(['domestic', 'foreign'], 'P13: domestic (15 days) or foreign (20 days) customer');
const direction = oneOf(['outside', 'inside'], 'outside line or internal extension (P12 phone use); default outside');

export const eventTypes = [
  // ── complaints: P01 property, P09 retail, P13 manufacturing ─────────────────────────────────────────
  {
    type: 'complaint-received',
    family: 'complaints',
    description: 'A complaint is received (opens the case).',
    rules: [
      'P01.complaint-reply',
      'P01.complaint-callback-rate',
      'P09.closure',
      'P09.record-card',
      'P04.zero-incidents',
    ],
    ids: ['case'],
    fields: {
      scheme,
      valid: bool('a valid complaint (有效投訴); default true'),
      settledOnSpot: bool('settled on the spot: no reply is owed (P01); default false'),
      market,
      customer: str('P09 record card: the customer'),
      request: str('P09 record card: what the customer asks'),
      number: str('P09 record card: the complaint number'),
      departmentOpinion: str('P09 record card: the handling department’s opinion'),
    },
  },
  {
    type: 'complaint-invalidated',
    family: 'complaints',
    description: 'The complaint is confirmed invalid (P01: reply within 2 h all the same).',
    rules: ['P01.complaint-reply', 'P01.complaint-callback-rate'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-replied',
    family: 'complaints',
    description: 'The resident is replied to; decides P01.complaint-reply (the first reply counts).',
    rules: ['P01.complaint-reply'],
    ids: ['case'],
    fields: { nextReplyAt: instant('the next reply time agreed in the reply (valid complaints)') },
  },
  {
    type: 'complaint-called-back',
    family: 'complaints',
    description: 'The complainant is called back (回訪).',
    rules: ['P01.complaint-callback-rate', 'P08.monthly-callback'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-accepted',
    family: 'complaints',
    description: 'P13: the GM office accepts the complaint; the closure window starts.',
    rules: ['P13.closure', 'P13.overdue-action'],
    ids: ['case'],
    fields: { market },
  },
  {
    type: 'complaint-handled',
    family: 'complaints',
    description: 'P13: the quality department has handled it; its report is due within 3 days.',
    rules: ['P13.investigation-report'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'investigation-reported',
    family: 'complaints',
    description: 'P13: the quality department’s investigation report is submitted.',
    rules: ['P13.investigation-report'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'sales-result-received',
    family: 'complaints',
    description: 'P13: the GM office receives sales’ result; its opinion is due within 1 day.',
    rules: ['P13.opinion'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'opinion-written',
    family: 'complaints',
    description: 'P13: the GM office writes its combined opinion.',
    rules: ['P13.opinion'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-closed',
    family: 'complaints',
    description: 'The complaint is closed; decides P09.closure, P13.closure and the P09 record card.',
    rules: ['P09.closure', 'P13.closure', 'P13.overdue-action', 'P09.record-card', 'P01.complaint-callback-rate'],
    ids: ['case'],
    fields: { departmentOpinion: str('P09 record card: the handling department’s opinion') },
  },
  // ── services and repairs: P01 convenience/paid services, P08 engineering work orders ────────────────
  {
    type: 'service-requested',
    family: 'services',
    description: 'A resident asks for a convenience, paid or repair service (informational).',
    rules: [],
    ids: ['case'],
    fields: {
      kind: oneOf(['convenience', 'paid', 'repair'], 'the kind of service'),
      service: str('the service, as on the price list'),
    },
  },
  {
    type: 'service-completed',
    family: 'services',
    description: 'A service is completed: a convenience service must be called back within 2 working days.',
    rules: ['P01.service-callback', 'P01.service-fee'],
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
    rules: ['P01.service-callback', 'P08.monthly-callback'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-ordered',
    family: 'services',
    description: 'A repair work order goes to engineering; an engineer is due on site within 20 min.',
    rules: ['P08.engineer-arrival'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'owner-called',
    family: 'services',
    description: 'The desk phones the owner to explain a late engineer (P08 4.9).',
    rules: ['P08.engineer-arrival'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'engineer-arrived',
    family: 'services',
    description: 'The engineer reaches the site; decides P08.engineer-arrival.',
    rules: ['P08.engineer-arrival'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-completed',
    family: 'services',
    description: 'The repair is completed; the owner’s opinion must be asked.',
    rules: ['P08.repair-feedback'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'repair-feedback',
    family: 'services',
    description: 'The owner’s opinion of the repair is asked (and recorded).',
    rules: ['P08.repair-feedback'],
    ids: ['case'],
    fields: { recorded: bool('the opinion was written down; default true') },
  },
  // ── GPS after-sales: P03 ────────────────────────────────────────────────────────────────────────────
  {
    type: 'repair-call',
    family: 'gps',
    description: 'P03: a repair call is taken and recorded.',
    rules: ['P03.repair-intake'],
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
    rules: ['P03.dispatch-approval'],
    ids: ['case'],
    fields: { order: oneOf(['installation', 'repair'], 'the kind of order') },
  },
  {
    type: 'technician-departed',
    family: 'gps',
    description: 'P03: the technician leaves for the site; decides P03.dispatch-approval.',
    rules: ['P03.dispatch-approval'],
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
    rules: ['P03.terminal-swap'],
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
    rules: ['P03.sim-swap'],
    ids: [],
    fields: { oldSim: str('old SIM number'), newSim: str('new SIM number') },
  },
  {
    type: 'fee-collected',
    family: 'gps',
    description: 'P03: money is collected on site; it goes to finance when the technician is back.',
    rules: ['P03.fee-remittance'],
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
    rules: ['P03.fee-remittance'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'fee-remitted',
    family: 'gps',
    description: 'P03: the money collected is handed to finance; decides P03.fee-remittance.',
    rules: ['P03.fee-remittance'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'emergency-dispatched',
    family: 'gps',
    description: 'P03: someone other than a technician is sent out.',
    rules: ['P03.emergency-dispatch'],
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
    rules: ['P03.repair-charge'],
    ids: [],
    fields: {
      purchasedAt: str('purchase date or instant', true),
      partsCost: num('parts, yuan', true),
      labourCost: num('labour, yuan', true),
      charged: num('what the customer was charged, yuan'),
    },
  },
  // ── calls: P08 / P10 phone answering, P12 phone use, P10 30-min callbacks ──────────────────────────
  {
    type: 'call-answered',
    family: 'calls',
    description: 'A call is answered (rings, greeting); its length counts towards P12 phone use.',
    rules: ['P08.phone-answer', 'P10.phone-answer', 'P12.phone-use', 'P12.monthly-score'],
    ids: [],
    fields: {
      rings: int('rings before it was answered', true),
      greeting: str('the greeting as spoken'),
      answered: bool('false when the call was never answered'),
      line: oneOf(['front-desk', 'hotline'], 'front-desk (P08, default) or the trading firm’s service hotline (P10)'),
      direction,
      endedAt: instant('when the call ended (P12 phone use)'),
      special: bool('P12: a call allowed to run long (special circumstances)'),
    },
  },
  {
    type: 'call-made',
    family: 'calls',
    description: 'An employee makes a call (P12 phone use only).',
    rules: ['P12.phone-use', 'P12.monthly-score'],
    ids: ['employee'],
    fields: {
      direction,
      endedAt: instant('when the call ended', true),
      special: bool('a call allowed to run long (special circumstances)'),
    },
  },
  {
    type: 'question-escalated',
    family: 'calls',
    description: 'P10: a question not answered on the call is escalated; answer due within 30 min.',
    rules: ['P10.callback-30min'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'question-answered',
    family: 'calls',
    description: 'P10: the customer gets the answer; decides P10.callback-30min.',
    rules: ['P10.callback-30min'],
    ids: ['case'],
    fields: { answeredOnCall: bool('answered on the call after all (no callback owed)') },
  },
  // ── shifts, arrivals, handovers: P01, P08, P11, P12, P14 ────────────────────────────────────────────
  {
    type: 'arrived',
    family: 'shifts',
    description: 'An employee arrives for a shift (lateness; at a handover, 10 min early).',
    rules: ['P12.lateness', 'P08.handover-arrival', 'P12.monthly-score'],
    ids: ['employee'],
    fields: {
      shiftStart: instant('when the shift starts', true),
      handover: bool('the shift takes over a desk at a handover (P08 4.7); default false'),
    },
  },
  {
    type: 'absent',
    family: 'shifts',
    description: 'An employee is absent from a rostered shift.',
    rules: ['P12.absence', 'P12.monthly-score'],
    ids: ['employee'],
    fields: { date: date('the day missed; default the local date of `at`') },
  },
  {
    type: 'shift-ended',
    family: 'shifts',
    description: 'An outgoing shift ends (desk tidying starts 15 min before).',
    rules: ['P08.handover-tidy'],
    ids: ['employee'],
    fields: {
      tidyStartedAt: instant('when tidying the desk started'),
      shiftStart: instant('when the shift started'),
    },
  },
  {
    type: 'handover',
    family: 'shifts',
    description: 'A shift handover: P08 fields feed P08.handover, P11 fields feed P11.handover.',
    rules: ['P08.handover', 'P11.handover'],
    ids: [],
    fields: {
      incoming: str('the incoming employee'),
      signedByOutgoing: bool('P08: the outgoing shift signed'),
      signedByIncoming: bool('P08: the incoming shift signed'),
      itemsChecked: bool('P08: items were counted'),
      anomaliesRecorded: bool('P08: anomalies were written down'),
      anomaliesFound: bool('P08: there were anomalies'),
      importantWorkOpen: bool('P08: important work was left unfinished'),
      workHandedOver: bool('P11: unfinished work handed over'),
      mailChecked: bool('P11: undelivered mail and newspapers checked'),
      keysHandedOver: bool('P11: desk keys handed over'),
      logged: bool('P11: written in the handover log'),
      itemsHandedOver: bool('P11: items held for others handed over'),
    },
  },
  {
    type: 'lock-up',
    family: 'shifts',
    description: 'P11: end-of-shift lock-up.',
    rules: ['P11.lock-up'],
    ids: [],
    fields: {
      lockedUp: bool('everything locked away', true),
      keyReturned: bool('the key put back', true),
      lossValue: num('value lost from items left out, yuan'),
    },
  },
  {
    type: 'shift-covered',
    family: 'shifts',
    description: 'P01: a colleague covers a shift from `at` to `coverEnd`.',
    rules: ['P01.shift-cover'],
    ids: [],
    fields: {
      coverEnd: instant('when the cover ended', true),
      specialEvent: bool('the absence was for a special event'),
    },
  },
  {
    type: 'shift-changed',
    family: 'shifts',
    description: 'P14: a shift change takes effect at `at` (approval must come before).',
    rules: ['P14.shift-change'],
    ids: [],
    fields: {
      approvedAt: instant('when the supervisor approved it'),
      kind: oneOf(['change', 'absence'], 'a change of shift, or not coming at all'),
      reportedAt: instant('absence: when it was reported'),
      requestedAt: instant('when the change was asked for'),
    },
  },
  {
    type: 'left-during-work',
    family: 'shifts',
    description: 'P14: an employee leaves during working time.',
    rules: ['P14.leave-during-work'],
    ids: ['employee'],
    fields: {
      approvedAt: instant('when the direct superior approved it'),
      reason: oneOf(['business', 'personal'], 'why'),
      duringWorkingTime: bool('false when it was outside working time'),
    },
  },
  {
    type: 'shifts-set',
    family: 'shifts',
    description: 'P14: the shifts of one day (three shifts covering 24 h).',
    rules: ['P14.three-shifts'],
    ids: [],
    fields: {
      date: date('the day; default the local date of `at`'),
      shifts: list('the shifts, each { start, end }', true),
    },
  },
  // ── conduct: P10 fines, P11 desk rules, P12 points ─────────────────────────────────────────────────
  {
    type: 'conduct-breach',
    family: 'conduct',
    description: 'A conduct breach observed (dress, dozing, chatting, private dealings, a leak…).',
    rules: [
      'P12.dress',
      'P12.grooming',
      'P12.posture',
      'P12.dozing',
      'P12.service-complaint',
      'P12.chatting',
      'P12.reading',
      'P12.monthly-score',
      'P10.private-dealings',
      'P10.quarrel',
      'P10.leak',
      'P10.repeat-violation',
      'P10.joint-liability',
      'P04.zero-incidents',
    ],
    ids: ['employee'],
    fields: {
      kind: oneOf(
        [
          'dress',
          'grooming',
          'posture',
          'dozing',
          'chatting',
          'reading',
          'service-complaint',
          'private-dealings',
          'quarrel',
          'leak',
          'serious-leak',
          'coercion',
          'service-rule',
        ],
        'what the breach was',
        true,
      ),
      severity: severity('grooming, dozing, service complaint, chatting/reading extras'),
      missing: strings('dress: the missing items (uniform, badge, tie)'),
      aspect: oneOf(['appearance', 'nails-hair-colour', 'manners'], 'grooming: what was wrong'),
      times: int('posture: how many times'),
      amount: num('serious leak or coercion: the fine set, yuan'),
      referral: bool('leaks: referred to the authorities'),
      conduct: oneOf(
        ['private-matters', 'personal-favour', 'promise-beyond-authority', 'complaint-about-company'],
        'private-dealings: which kind',
      ),
      rule: str('service-rule: the service rule broken (the P10 ladder counts repeats of the same rule)'),
    },
  },
  {
    type: 'praised',
    family: 'conduct',
    description: 'P12: an owner praises an employee.',
    rules: ['P12.praise', 'P12.monthly-score'],
    ids: ['employee'],
    fields: { severity: severity('light, medium or heavy praise (or points)', true) },
  },
  {
    type: 'accident',
    family: 'conduct',
    description: 'P04: a liability accident.',
    rules: ['P04.zero-incidents'],
    ids: [],
    fields: {},
  },
  {
    type: 'number-disclosed',
    family: 'conduct',
    description: 'P11: a resident’s phone number is given out.',
    rules: ['P11.disclosure'],
    ids: [],
    fields: {
      supervisorApproved: bool('the customer-affairs supervisor approved', true),
      approvedAt: instant('when the supervisor approved'),
    },
  },
  {
    type: 'item-held',
    family: 'conduct',
    description: 'P11: the desk keeps or passes on items for someone.',
    rules: ['P11.item-holding'],
    ids: [],
    fields: {
      approved: bool('the supervisor or manager approved', true),
      approvedBy: oneOf(['service-supervisor', 'department-manager', 'other'], 'who approved'),
      kind: oneOf(['keep', 'pass-on', 'publication'], 'what the desk does with it'),
      approvedAt: instant('when it was approved'),
    },
  },
  {
    type: 'phone-bill',
    family: 'conduct',
    description: 'P11: the desk phone bill of a month; the overage is charged to the receptionist.',
    rules: ['P11.phone-bill'],
    ids: ['employee'],
    fields: {
      bill: num('the bill, yuan', true),
      quota: num('the department quota, yuan'),
      month: month('the month billed'),
      lentOut: bool('the phone was lent out'),
    },
  },
  // ── P09 bonus deductions ─────────────────────────────────────────────────────────────────────────────
  {
    type: 'loss-assessed',
    family: 'bonuses',
    description: 'P09: a complaint’s loss is charged to a person, or shared in a department by base points.',
    rules: ['P09.attribution', 'P09.loss-share', 'P09.bonus-deduction'],
    ids: ['department'],
    fields: { loss: num('the loss, yuan', true) },
  },
  {
    type: 'sanction-imposed',
    family: 'bonuses',
    description: 'P09: an administrative sanction, priced in bonus terms.',
    rules: ['P09.sanction-triggers', 'P09.sanction-deduction'],
    ids: ['employee'],
    fields: {
      sanction: oneOf(['warning', 'minor-demerit', 'major-demerit', 'dismissal'], 'the sanction', true),
      cause: str('one of the fourteen causes of 第二十三條 (P09.sanction-triggers)'),
      bases: int('minor demerits: how many bases'),
    },
  },
  // ── front desk and property office records: P01, P08 ───────────────────────────────────────────────
  {
    type: 'visitor-registered',
    family: 'front-desk',
    description: 'P01: a visitor’s ID is registered (from `startedAt` to `at`).',
    rules: ['P01.id-registration'],
    ids: [],
    fields: {
      startedAt: instant('when registration started', true),
      persons: int('how many people were registered (60 s each)'),
    },
  },
  {
    type: 'goods-released',
    family: 'front-desk',
    description: 'P01: goods are let out at the gate.',
    rules: ['P01.goods-release'],
    ids: [],
    fields: {
      ownerVerified: bool('the owner was verified'),
      passComplete: bool('the goods release pass is complete and legible'),
      signedByDutyOfficer: bool('signed by the duty officer'),
      stamped: bool('stamped'),
      isOwner: bool('the person taking the goods is the owner'),
      ownerConsent: bool('a non-owner has the owner’s consent'),
    },
  },
  {
    type: 'household-visited',
    family: 'front-desk',
    description: 'P01: a household is visited (5% of households a month).',
    rules: ['P01.household-visits'],
    ids: [],
    fields: { household: str('the household (each counts once a month)') },
  },
  {
    type: 'duty-records-reviewed',
    family: 'reports',
    description: 'P01: the supervisor signs a month’s duty records; the director spot-checks 20%.',
    rules: ['P01.duty-record-review'],
    ids: [],
    fields: {
      month: month('the month reviewed', true),
      recordsTotal: int('duty records in the month', true),
      recordsSpotChecked: int('records the director spot-checked', true),
    },
  },
  {
    type: 'survey-issued',
    family: 'reports',
    description: 'P01: satisfaction questionnaires are issued for a half-year.',
    rules: ['P01.survey-issue', 'P01.survey-collection'],
    ids: [],
    fields: {
      half: str('the half-year, e.g. 2026-H1', true),
      issued: int('questionnaires issued', true),
      occupiedHouseholds: int('occupied households; default the organisation file’s households'),
      year: int('the year, when `half` is just H1 or H2'),
    },
  },
  {
    type: 'survey-collected',
    family: 'reports',
    description: 'P01: questionnaires are collected (15 working days after issue, 50% back).',
    rules: ['P01.survey-collection'],
    ids: [],
    fields: {
      half: str('the half-year, e.g. 2026-H1', true),
      returned: int('questionnaires returned', true),
    },
  },
  {
    type: 'community-plan-made',
    family: 'reports',
    description: 'P01: next year’s community-culture plan is made.',
    rules: ['P01.community-plan'],
    ids: [],
    fields: {
      year: int('the year the plan is for', true),
      costsConfirmed: bool('the owners’ committee confirmed its costs', true),
    },
  },
  {
    type: 'training-planned',
    family: 'front-desk',
    description: 'P01: a month’s training plan is made.',
    rules: ['P01.training'],
    ids: [],
    fields: { month: month('the month planned', true) },
  },
  {
    type: 'training-held',
    family: 'front-desk',
    description: 'P01: a training session is held (weekly; pass rate 100%).',
    rules: ['P01.training'],
    ids: [],
    fields: { trainees: int('people trained'), passed: int('people who passed') },
  },
  {
    type: 'records-checked',
    family: 'front-desk',
    description: 'P01: the record forms of a day, month or year are checked.',
    rules: ['P01.records'],
    ids: [],
    fields: {
      period: oneOf(['day', 'month', 'year'], 'the period', true),
      present: strings('the forms present', true),
      incomplete: strings('forms present but incomplete'),
    },
  },
  {
    type: 'log-inspected',
    family: 'front-desk',
    description: 'P08: the duty log is inspected page by page.',
    rules: ['P08.log-integrity'],
    ids: [],
    fields: { pages: list('the pages, each { number, torn, altered }', true) },
  },
  // ── documents: P02 ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'document-borrowed',
    family: 'documents',
    description: 'P02: a file is lent out.',
    rules: ['P02.borrowing-record'],
    ids: ['case'],
    fields: {
      purpose: str('what it is borrowed for'),
      handler: str('who handles the loan'),
      returnBy: str('when it is to be back (date or instant)'),
    },
  },
  {
    type: 'document-returned',
    family: 'documents',
    description: 'P02: a lent file comes back; decides P02.borrowing-record.',
    rules: ['P02.borrowing-record'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-accessed',
    family: 'documents',
    description: 'P02: a document is read, copied or taken out.',
    rules: ['P02.access'],
    ids: [],
    fields: {
      classification: oneOf(['ordinary', 'secret', 'personnel'], 'the document’s class', true),
      action: oneOf(['read', 'copy', 'remove'], 'what was done', true),
      actorRole: str('the role of who did it', true),
      gmApproved: bool('the general manager approved', true),
    },
  },
  {
    type: 'document-destroyed',
    family: 'documents',
    description: 'P02: expired documents are destroyed.',
    rules: ['P02.destruction'],
    ids: [],
    fields: {
      gmApproved: bool('the general manager approved', true),
      expired: bool('the documents had expired'),
      approvedAt: instant('when the general manager approved'),
    },
  },
  {
    type: 'document-signed',
    family: 'documents',
    description: 'P02: a leader signs a document (it must not change afterwards).',
    rules: ['P02.signed-immutable'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-modified',
    family: 'documents',
    description: 'P02: a document is modified.',
    rules: ['P02.signed-immutable'],
    ids: ['case'],
    fields: { changeAuthorised: bool('the change was authorised by the signer') },
  },
  {
    type: 'document-step',
    family: 'documents',
    description: 'P02: one step of an incoming or outgoing document’s route.',
    rules: ['P02.incoming-route', 'P02.outgoing-route'],
    ids: ['case'],
    fields: {
      flow: oneOf(['incoming', 'outgoing'], 'the route', true),
      step: str('the step’s name', true),
    },
  },
  {
    type: 'document-numbered',
    family: 'documents',
    description: 'P02: an internal document gets its number (gaps and duplicates are reported).',
    rules: ['P02.numbering-continuity'],
    ids: [],
    fields: { number: int('the document number', true), series: str('the numbering series; default one series') },
  },
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
  // ── film tickets: P07 ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'tickets-reconciled',
    family: 'tickets',
    description: 'P07: tickets and money are reconciled.',
    rules: ['P07.reconciliation'],
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
    rules: ['P07.daily-remittance'],
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
    rules: ['P07.daily-remittance'],
    ids: ['employee'],
    fields: {
      soldOn: date('the day of sale; default the local date of `at`'),
      amount: num('the takings, yuan'),
    },
  },
  {
    type: 'ticket-stock',
    family: 'tickets',
    description: 'P07: the desk’s ticket stock is counted.',
    rules: ['P07.stock-out'],
    ids: [],
    fields: { stock: int('tickets in stock', true), requested: bool('a delivery was asked for', true) },
  },
  // ── periodic reports ───────────────────────────────────────────────────────────────────────────────
  {
    type: 'report-submitted',
    family: 'reports',
    description: 'A periodic report or check is done: attendance, roster, statistics, daily log check…',
    rules: Object.keys(periodicReports),
    ids: [],
    fields: {
      rule: oneOf(Object.keys(periodicReports), 'the periodic rule it satisfies', true),
      period: str('the period: YYYY-MM (monthly), YYYY-MM-DD (daily) or YYYY (holiday rosters)', true),
      everyoneHasCopy: bool('P14.roster-publish: every person on duty has a copy'),
      postedAt: instant('P07.posters: when the posters went up'),
      scheduleStartsOn: date('P07.posters: when the new schedule starts'),
      holiday: oneOf(['new-year', 'spring-festival', 'labour-day', 'national-day'], 'P14.holiday-roster'),
    },
  },
  // ── the generic event ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'facts',
    family: 'facts',
    description: 'Hands one rule its facts directly: every rule is auditable from day one.',
    rules: ['*'],
    ids: [],
    fields: {
      rule: str('the rule id', true),
      facts: object('the rule’s facts, exactly as for evaluate()', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];
