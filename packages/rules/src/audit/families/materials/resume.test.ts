/**
 * #14 "Checkpoint and resume": what the materials family saves is everything a later line can still need
 * (each open requisition's steps so far, judged in time order once the route is whole). Saved after any
 * line, written as JSON and read back into a fresh family, it gives the same records as one go.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../policies/p06-materials/requisition-approvals.js';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { ev } from '../../test-kit.js';
import { materials } from './index.js';

/** Two requisitions whose steps come out of time order and interleaved, one never finished. */
const requisitions = [
  ev('requisition-raised', '2026-03-02T09:00', { case: 'M1', reviewedBySiteChief: true, requested: 5, inStock: 2 }),
  ...STEPS.map((step, i) => ev('requisition-step', `2026-03-0${(i % 3) + 2}T1${i}:00`, { case: 'M1', step })),
  ev('requisition-step', '2026-03-03T09:00', { case: 'M2', step: 'planner-check' }),
  ev('requisition-step', '2026-03-02T15:00', { case: 'M2', step: 'supervisor-sign' }),
];

describe('materials: save and restore (#14 checkpoint and resume)', () => {
  it('the example office: restored after any of nine lines, the same records as one go', () => {
    const { lines, options } = officeLog('materials');
    const whole = feed(materials, lines, options);
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(3);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(materials, lines, { ...options, splitAt })).toEqual(whole);
    }
  });

  it.each(requisitions.map((_, i) => i))('requisitions, restored after line %i: the same records', (splitAt) => {
    const whole = feed(materials, requisitions);
    const approvals = whole.records.filter(
      (r) => r.type === 'finding' && r.finding.result.ruleId === 'P06.requisition-approvals',
    );
    expect(approvals).toHaveLength(2);
    expect(feed(materials, requisitions, { splitAt })).toEqual(whole);
  });

  it('with maxDelay (a finished route judged once the horizon passes it): the same records', () => {
    const delayed = { maxDelay: 3_600_000 };
    const once = feed(materials, requisitions, delayed);
    for (const splitAt of requisitions.keys()) {
      expect(feed(materials, requisitions, { ...delayed, splitAt })).toEqual(once);
    }
  });
});
