/**
 * The rules each complaint event feeds are derived from the family's obligations and month tallies (#14).
 * #18 added P09.complaint-route and P13.case-route (fed by `complaint-step`), P09.investigation-report
 * (the report's items on `investigation-reported`) and P13.complaint-form (the form's items on the receipt);
 * seed-f added P09.card-route (card-flow steps), P09.decline-reply (the decline and the reply),
 * P13.improvement-tracking, P13.reopened-form, P13.rejected-receivable and P13.result-relay (their own events);
 * seed-c added P09.acceptance (the acceptance's `decidedBy`);
 * seed-g added P01.complaint-record (投訴 2: the receipt's and closing's record entries, and the replies).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { complaintEvents } from './events.js';

const routes = ['P09.complaint-route', 'P09.card-route', 'P13.case-route'];

const fed: Record<string, readonly string[]> = {
  'complaint-received': [
    'P01.complaint-reply',
    'P01.complaint-record',
    'P09.closure',
    'P09.record-card',
    'P09.complaint-route',
    'P09.card-route',
    'P09.decline-reply',
    'P09.acceptance',
    'P09.investigation-report',
    'P13.case-route',
    'P13.production-report',
    'P13.improvement-tracking',
    'P13.reopened-form',
    'P13.result-relay',
    'P13.rejected-receivable',
    'P13.complaint-form',
    'P01.complaint-callback-rate',
    'P04.zero-incidents',
  ],
  'complaint-invalidated': [
    'P01.complaint-reply',
    'P09.closure',
    'P09.record-card',
    'P09.complaint-route',
    'P09.card-route',
    'P09.decline-reply',
    'P09.acceptance',
    'P13.case-route',
    'P13.rejected-receivable',
    'P01.complaint-callback-rate',
    'P04.zero-incidents',
  ],
  'complaint-replied': ['P01.complaint-reply', 'P01.complaint-record', 'P09.decline-reply'],
  'complaint-called-back': ['P01.complaint-callback-rate', 'P08.monthly-callback'],
  'complaint-accepted': ['P09.acceptance', 'P13.closure', 'P13.overdue-action'],
  'complaint-handled': ['P13.investigation-report'],
  'investigation-reported': ['P09.investigation-report', 'P13.investigation-report'],
  'sales-result-received': ['P13.opinion'],
  'opinion-written': ['P13.opinion'],
  'complaint-step': [...routes, 'P13.production-report', 'P13.result-relay'],
  'result-relayed': ['P13.result-relay'],
  'complaint-classified': ['P13.improvement-tracking'],
  'conclusion-disputed': ['P13.reopened-form'],
  'complaint-refiled': ['P13.reopened-form'],
  'receivable-objected': ['P13.rejected-receivable'],
  'receivable-collected': ['P13.rejected-receivable'],
  'anomaly-handled': ['P13.anomaly-form'],
  'complaint-closed': [
    'P01.complaint-record',
    'P09.closure',
    'P09.record-card',
    'P09.complaint-route',
    'P09.card-route',
    'P13.closure',
    'P13.overdue-action',
    'P13.case-route',
    'P01.complaint-callback-rate',
  ],
};

describe('complaints: the rules each event feeds', () => {
  it('covers every complaint event type', () => {
    expect(complaintEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(fed).sort());
  });

  it.each(complaintEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(fed[type]);
  });
});
