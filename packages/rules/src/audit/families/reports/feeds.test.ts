/**
 * The rules each report event feeds are derived from the family's feeds (#14 "The vocabulary's `rules:`
 * lists are derived …, not written twice"): the same rules, in the same order, as the lists the vocabulary
 * used to write by hand (the periodic reports of P01, P07, P08, P09, P10, P13, P14).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { periodicReports, reportEvents } from './events.js';

const before: Record<string, readonly string[]> = {
  'report-submitted': [
    'P07.posters',
    'P08.daily-log-check',
    'P08.monthly-callback',
    'P09.monthly-stats',
    'P10.rebate-report',
    'P10.rebate-month-end',
    'P10.call-log',
    'P10.original-records',
    'P13.monthly-summary',
    'P14.attendance-report',
    'P14.roster-publish',
    'P14.holiday-roster',
  ],
  'duty-records-reviewed': ['P01.duty-record-review'],
  'survey-issued': ['P01.survey-issue', 'P01.survey-collection'],
  'survey-collected': ['P01.survey-collection'],
  'community-plan-made': ['P01.community-plan'],
};

describe('reports: the rules each event feeds', () => {
  it('covers every report event type', () => {
    expect(reportEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(before).sort());
  });

  it.each(reportEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(before[type]);
  });

  it('report-submitted feeds exactly the rules a line may name', () => {
    expect(before['report-submitted']).toEqual(Object.keys(periodicReports));
  });
});
