/**
 * Complaint events (P01 property, P09 retail, P13 manufacturing complaints). The rules each feeds are
 * derived from the family's obligations and tallies (`feeds.ts`), not written here.
 */
import { COMPLAINT_CAUSES } from '../../../policies/p13-manufacturing-complaints/classify.js';
import { bool, date, instant, market, oneOf, scheme, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const complaintEvents = [
  // ── complaints: P01 property, P09 retail, P13 manufacturing ─────────────────────────────────────────
  {
    type: 'complaint-received',
    family: 'complaints',
    description: 'A complaint is received (opens the case).',
    ids: ['case'],
    fields: {
      scheme,
      valid: bool('a valid complaint (有效投訴); default true'),
      settledOnSpot: bool('settled on the spot: no reply is owed (P01); default false'),
      market,
      customer: str('P09 record card, P01 complaint record: the customer'),
      request: str('P09 record card, P01 complaint record, P13 complaint form: what the customer asks'),
      number: str(
        'P09 record card, P01 complaint record: the complaint number; P13 complaint form: the defective goods’ number',
      ),
      departmentOpinion: str('P09 record card: the handling department’s opinion'),
      partNumber: str('P13 complaint form (第九條(一)): the part number (料號)'),
      shipDate: str('P13 complaint form: when the goods were shipped (交運日期)'),
      quantity: str('P13 complaint form: the quantity shipped (數量)'),
      defectiveQuantity: str('P13 complaint form: how many are defective (不良數量)'),
      salesOpinion: str('P13 complaint form: sales’ opinion signed on it (簽注意見)'),
      sampleAttached: bool('P13 complaint form: the defective sample goes with it'),
      quantityOpen: bool('P13 complaint form: the return quantity is open, the customer still processing'),
    },
  },
  {
    type: 'complaint-invalidated',
    family: 'complaints',
    description:
      'The complaint is confirmed invalid (P01: reply within 2 h of this; P04: no complaint; P09: declined; P13: not established).',
    ids: ['case'],
    fields: {
      decidedBy: oneOf(
        ['supervisor', 'store'],
        'P09 第七條: who decided not to accept it, the supervisor (as required) or the store; the decline is judged only where given',
      ),
      receivableDueOn: date('P13 第九條(十三): the receivable’s normal due date (規定收款期), collected by then'),
    },
  },
  {
    type: 'complaint-replied',
    family: 'complaints',
    description:
      'The resident is replied to; P01.complaint-reply and P09.decline-reply judge the earliest reply by time, P01.complaint-record the earliest after it (the follow-up), all at settlement.',
    ids: ['case'],
    fields: { nextReplyAt: instant('the next reply time agreed in the reply (valid complaints)') },
  },
  {
    type: 'complaint-called-back',
    family: 'complaints',
    description: 'The complainant is called back (回訪).',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-accepted',
    family: 'complaints',
    description:
      'P13: the GM office accepts the complaint; the closure window starts. P09 (retail, with `decidedBy`): the decision to accept it (第七條).',
    ids: ['case'],
    fields: {
      market,
      decidedBy: oneOf(
        ['supervisor', 'store'],
        'P09 第七條: who decided to accept a retail complaint, the supervisor (as required) or the store; judged only where given',
      ),
    },
  },
  {
    type: 'complaint-handled',
    family: 'complaints',
    description: 'P13: the quality department has handled it; its report is due within 3 days.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'investigation-reported',
    family: 'complaints',
    description:
      'The investigation report is submitted (P13: the quality department’s, due in 3 days; P09: its six items).',
    ids: ['case'],
    fields: {
      cause: str('P09 report (第十七條): how it came about (發生原因)'),
      course: str('P09 report: what happened (具體經過)'),
      responsible: str('P09 report: the person or unit responsible (具體責任者)'),
      conclusion: str('P09 report: the conclusion (結論)'),
      countermeasures: str('P09 report: the countermeasures (對策)'),
      prevention: str('P09 report: how a recurrence is prevented (防范措施)'),
    },
  },
  {
    type: 'sales-result-received',
    family: 'complaints',
    description: 'P13: the GM office receives sales’ result; its opinion is due within 1 day.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'opinion-written',
    family: 'complaints',
    description: 'P13: the GM office writes its combined opinion.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'anomaly-handled',
    family: 'complaints',
    description: 'P13 第三條: a quality reaction that caused no loss is handled on site; decides P13.anomaly-form.',
    ids: ['case'],
    fields: {
      lossCaused: bool('it caused a loss after all: a 第九條 complaint, not judged here; default false'),
      formFiled: bool('an 異常處理單 was filed to the units concerned; default false'),
    },
  },
  {
    type: 'complaint-step',
    family: 'complaints',
    description:
      'One step of a complaint’s route: P09 第九–十四條 (retail) or P13 第九條(三)–(五) (manufacturing), by the case’s scheme; a step of the store’s card flow (P09 第十六條: store-received, card-filled, store-handled, supervisor-consulted, handled-with-supervisor, card-sent) goes to P09.card-route.',
    ids: ['case'],
    fields: {
      step: str('the step’s name (see P09.complaint-route, P09.card-route, P13.case-route)', true),
      productionUnit: str('P13 production-analysed (第七條(四)): the production unit'),
      machineShift: str('P13 production-analysed: the machine and shift'),
      operator: str('P13 production-analysed: the production operator, by name'),
      productionDate: str('P13 production-analysed: the production date'),
    },
  },
  {
    type: 'complaint-classified',
    family: 'complaints',
    description:
      'P13 第九條(六): the cause found and whether the improvement is tracked; decides P13.improvement-tracking.',
    ids: ['case'],
    fields: {
      cause: oneOf(COMPLAINT_CAUSES, 'the cause found (P13.classify’s causes)', true),
      tracking: oneOf(['tracked', 'not-tracked'], 'the decision: the improvement listed for tracking, or not'),
    },
  },
  {
    type: 'conclusion-disputed',
    family: 'complaints',
    description: 'P13 第九條(八): the customer does not accept the decided conclusion; a new form is owed.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-refiled',
    family: 'complaints',
    description: 'P13 第九條(八): sales files a new complaint form for the disputed case; decides P13.reopened-form.',
    ids: ['case'],
    fields: {
      newForm: str('the new complaint form’s number', true),
      originalAttached: bool('the original form is attached to the new one; default false'),
    },
  },
  {
    type: 'result-relayed',
    family: 'complaints',
    description:
      'P13 第七條(一)4: sales tells the customer the approved result; P13.result-relay times it from the returned-to-sales step.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'receivable-objected',
    family: 'complaints',
    description:
      'P13 第九條(十三): the customer objects to paying the receivable of a complaint not established; decides P13.rejected-receivable.',
    ids: ['case'],
    fields: { escalated: bool('the objection was reported to the superior (再呈報上級); default false') },
  },
  {
    type: 'receivable-collected',
    family: 'complaints',
    description:
      'P13 第九條(十三): the receivable of a complaint not established is collected; decides P13.rejected-receivable.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'complaint-closed',
    family: 'complaints',
    description:
      'The complaint is closed; decides P09.closure, P13.closure, the P09 record card and (given handling or outcome) the P01 complaint record.',
    ids: ['case'],
    fields: {
      departmentOpinion: str('P09 record card: the handling department’s opinion'),
      handling: str(
        'P01 complaint record (投訴 2): how it was handled; the record is judged where this or outcome is given',
      ),
      outcome: str('P01 complaint record (投訴 2): the outcome recorded'),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The complaint family's event types. */
export type ComplaintEventType = (typeof complaintEvents)[number]['type'];
