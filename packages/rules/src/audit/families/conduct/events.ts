/**
 * Conduct events (P10 fines, P11 desk rules, P12 points). The rules each feeds are derived from the
 * family's feeds (`feeds.ts`), not written here.
 */
import { bool, instant, int, month, num, oneOf, severity, str, strings } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const conductEvents = [
  // ── conduct: P10 fines, P11 desk rules, P12 points ─────────────────────────────────────────────────
  {
    type: 'conduct-breach',
    family: 'conduct',
    description:
      'A conduct breach observed (dress, dozing, chatting, a quarrel, private dealings, a leak, smoking or snacking on duty, leaving the desk…).',
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
          'owner-quarrel',
          'leak',
          'serious-leak',
          'coercion',
          'service-rule',
          'snacking',
          'smoking',
          'wandering',
          'non-work-task',
          'left-post',
        ],
        'what the breach was',
        true,
      ),
      severity: severity(
        'grooming, dozing, service complaint, owner quarrel (light/medium/heavy), chatting/reading extras',
      ),
      missing: strings('dress: the missing items (uniform, badge, tie); required for a dress breach'),
      aspect: oneOf(['appearance', 'nails-hair-colour', 'manners'], 'grooming: what was wrong'),
      times: int('posture, chatting, reading, private dealings: how many times (default 1)'),
      amount: num('serious leak or coercion: the fine set, yuan'),
      referral: bool('leaks: referred to the authorities'),
      conduct: oneOf(
        ['private-matters', 'personal-favour', 'promise-beyond-authority', 'complaint-about-company'],
        'private-dealings: which kind',
      ),
      rule: str('service-rule: the service rule broken, required (the P10 ladder counts repeats of the same rule)'),
    },
  },
  {
    type: 'praised',
    family: 'conduct',
    description: 'P12: an owner praises an employee.',
    ids: ['employee'],
    fields: { severity: severity('light, medium or heavy praise (or points)', true) },
  },
  {
    type: 'good-work-noted',
    family: 'conduct',
    description:
      'P12 4.3: good work (工作認真、表現好) is noted for an employee; merit points of the organisation’s amount (P12.good-work).',
    ids: ['employee'],
    fields: { times: int('how many merits (default 1)') },
  },
  {
    type: 'accident',
    family: 'conduct',
    description: 'P04: a liability accident.',
    ids: [],
    fields: {},
  },
  {
    type: 'number-disclosed',
    family: 'conduct',
    description: 'P11: a resident’s phone number is given out.',
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
    ids: [],
    fields: {
      approved: bool('the supervisor or manager approved', true),
      approvedBy: oneOf(['service-supervisor', 'department-manager', 'other'], 'who approved'),
      kind: oneOf(['keep', 'pass-on', 'publication'], 'what the desk does with it'),
      approvedAt: instant('when it was approved'),
    },
  },
  {
    type: 'resident-file-disclosed',
    family: 'conduct',
    description: 'P08 4.16: a resident file’s contents are given to someone (outside the company: a breach).',
    ids: ['employee'],
    fields: { toOutsider: bool('given to someone outside the company', true) },
  },
  {
    type: 'phone-bill',
    family: 'conduct',
    description: 'P11: the desk phone bill of a month; the overage is charged to the receptionist.',
    ids: ['employee'],
    fields: {
      bill: num('the bill, yuan', true),
      quota: num('the department quota, yuan'),
      month: month('the month billed'),
      lentOut: bool('the phone was lent out'),
    },
  },
  {
    type: 'desk-phone-lent',
    family: 'conduct',
    description: 'P11 2: the desk phone is seen lent to someone else (前臺電話不得外借).',
    ids: ['employee'],
    fields: {},
  },
] as const satisfies readonly EventTypeSpec[];

/** The conduct family's event types. */
export type ConductEventType = (typeof conductEvents)[number]['type'];
