/**
 * Front desk and property office records (P01, P05 四, P08). The rules each feeds are derived from the family's
 * decisions (`feeds.ts`), not written here. (The P01 duty-record review, survey and community-plan records
 * are the `reports` family's events.)
 */
import { bool, date, instant, int, list, month, oneOf, str, strings } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const frontDeskEvents = [
  // ── front desk and property office records: P01, P08 ───────────────────────────────────────────────
  {
    type: 'visitor-registered',
    family: 'front-desk',
    description: 'P01: a visitor’s ID is registered (from `startedAt` to `at`).',
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
    type: 'visitor-admitted',
    family: 'front-desk',
    description: 'P01: a non-owner is let into the area (放行 4: only with the resident’s consent).',
    ids: [],
    fields: {
      residentConsent: bool('the resident visited agreed first (absent: not recorded, read as not given)'),
      household: str('the household visited'),
    },
  },
  {
    type: 'household-visited',
    family: 'front-desk',
    description: 'P01: a household is visited (5% of households a month).',
    ids: [],
    fields: { household: str('the household (each counts once a month)') },
  },
  {
    type: 'training-planned',
    family: 'front-desk',
    description: 'P01: a month’s training plan is made.',
    ids: [],
    fields: {
      month: month('the month planned', true),
      sessions: int('P01 培訓 2: the training sessions the plan lists (judged against those held)'),
    },
  },
  {
    type: 'training-held',
    family: 'front-desk',
    description: 'P01: a training session is held (weekly; pass rate 100%).',
    ids: [],
    // Both required: P01.training judges the month's pass rate from them, and a missing count read as 0
    // would make a false breach (or, with no trainee at all, a month the rule must refuse).
    fields: { trainees: int('people trained', true), passed: int('people who passed', true) },
  },
  {
    type: 'community-activity-held',
    family: 'front-desk',
    description: 'P01: a community-culture activity is held (社區文化 2, 4: as planned, its effect evaluated).',
    ids: [],
    fields: {
      inPlan: bool('one of the year’s plan, or of the improved plan once confirmed', true),
      evaluated: bool('its effect was evaluated', true),
      activity: str('the activity'),
    },
  },
  {
    type: 'records-checked',
    family: 'front-desk',
    description: 'P01: the record forms of a day, month or year are checked.',
    ids: [],
    fields: {
      period: oneOf(['day', 'month', 'year'], 'the period', true),
      present: strings('the forms present', true),
      incomplete: strings('forms present but incomplete'),
    },
  },
  {
    type: 'duty-records-checked',
    family: 'front-desk',
    description: 'P08 5.1–5.3: a day’s front-desk records are checked: its duty log, handover records and job sheets.',
    ids: [],
    fields: {
      date: date('the day checked', true),
      dutyLog: bool('the day has its 《值班日志》', true),
      handovers: int('handovers at the front desk that day'),
      handoverRecords: int('《交接班記錄》 on file for them'),
      jobs: int('special-service or repair jobs taken that day'),
      jobSheets: int('《特約服務/維修工作單》 on file for them'),
    },
  },
  {
    type: 'problem-reported',
    family: 'front-desk',
    description: 'P08 4.5: a difficult or major problem is reported (at `at`) to the department head / office manager.',
    ids: [],
    fields: {
      kind: oneOf(['difficult', 'major'], 'difficult (疑難) or major (重大)', true),
      foundAt: instant('when the problem arose or was found', true),
      reportedTo: strings('who was told: department-head, office-manager'),
    },
  },
  {
    type: 'unit-procedure-done',
    family: 'front-desk',
    description: 'P08 4.2: move-in or renovation (二次裝修) procedures are done for a unit.',
    ids: [],
    fields: {
      procedure: oneOf(['move-in', 'renovation'], 'move-in (入住手續) or renovation (二次裝修手續)', true),
      unit: str('the unit'),
      onDeveloperList: bool("move-in: the unit is on the developer's move-in list (入住清單)"),
      movedIn: bool('renovation: the unit has already completed move-in'),
    },
  },
  {
    type: 'enquiry-answered',
    family: 'front-desk',
    description: 'P08 4.11: a resident’s call, visit or complaint is answered or resolved (at `at`).',
    ids: [],
    fields: {
      channel: oneOf(
        ['call', 'visit', 'owner-complaint'],
        'call (來電), visit (上門咨詢) or owner-complaint (投訴)',
        true,
      ),
      receivedAt: instant('when the call, visit or complaint came', true),
      recorded: bool('it is recorded clearly in the log', true),
    },
  },
  {
    type: 'letter-visit-closed',
    family: 'front-desk',
    description:
      'P05 四: an owner’s letter or visit is closed on the register (at `at`), with its reply and follow-up.',
    ids: [],
    fields: {
      channel: oneOf(['letter', 'visit'], 'a letter (來信) or a visit (來訪)', true),
      receivedAt: instant('when the letter or the visitor came', true),
      repliedAt: instant('when the owner or resident was replied to (absent: never replied)'),
      followedUp: bool('after the reply, followed up and checked (跟蹤、檢查)', true),
    },
  },
  {
    type: 'patrol-finding-closed',
    family: 'front-desk',
    description: 'P08 4.13: a finding of the daily patrol record is closed, with what was done about it.',
    ids: [],
    fields: {
      finding: str('the finding'),
      rectificationRequested: bool('the responsible department was asked to rectify it', true),
      resultRecorded: bool('the result was followed up and recorded', true),
    },
  },
  {
    type: 'round-done',
    family: 'front-desk',
    description:
      'A duty done 定期 (every period the organisation sets) is done at `at`: P08 4.12 keys, 4.15 survey; P10 職責 5, (三)走訪.',
    ids: [],
    fields: {
      rule: oneOf(
        ['P08.key-reconciliation', 'P08.satisfaction-survey', 'P10.customer-work', 'P10.visit-rounds'],
        'the periodic rule it is a round of',
        true,
      ),
      previousAt: instant('when the previous round was done (left out: the first on record)'),
      listUpdated: bool('P08.key-reconciliation: the key list was updated'),
      summarised: bool('P08.satisfaction-survey: the results were summarised'),
      activity: oneOf(['training', 'key-customer-visit'], 'P10.customer-work: training or key-customer-visit'),
      reportWritten: bool('P10.visit-rounds: the survey analysis report was written'),
    },
  },
  {
    type: 'assessment-forms-checked',
    family: 'front-desk',
    description: 'P12 5.1: a month’s 《客服人員考核表》 are checked against the staff assessed.',
    ids: [],
    fields: {
      month: month('the month assessed', true),
      staff: strings('the customer-service staff assessed that month', true),
      forms: strings('the people whose form for the month is on file', true),
    },
  },
  {
    type: 'customer-visit',
    family: 'front-desk',
    description:
      'P10 (三): a customer visits the service desk; one not answered on the spot fills in the visit register.',
    ids: [],
    fields: {
      answeredOnSpot: bool('the question was answered on the spot', true),
      registered: bool('the visitor filled in the 《客戶來訪登記》; default false'),
    },
  },
  {
    type: 'log-inspected',
    family: 'front-desk',
    description: 'P08: the duty log is inspected page by page.',
    ids: [],
    fields: { pages: list('the pages, each { number, torn, altered }', true) },
  },
] as const satisfies readonly EventTypeSpec[];

/** The front desk family's event types. */
export type FrontDeskEventType = (typeof frontDeskEvents)[number]['type'];
