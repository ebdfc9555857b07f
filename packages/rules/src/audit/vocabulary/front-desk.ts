/**
 * Front desk and property office records (P01, P08). The P01 duty-record review, survey and community-plan
 * records among them are of the `reports` family; they stay here, in this section's place in the vocabulary.
 */
import { bool, instant, int, list, month, oneOf, str, strings } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

export const frontDeskEvents = [
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
      year: int('the year, when `half` is just H1 or H2'),
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
    // Both required: P01.training judges the month's pass rate from them, and a missing count read as 0
    // would make a false breach (or, with no trainee at all, a month the rule must refuse).
    fields: { trainees: int('people trained', true), passed: int('people who passed', true) },
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
] as const satisfies readonly EventTypeSpec[];
