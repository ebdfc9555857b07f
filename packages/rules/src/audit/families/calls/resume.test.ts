/**
 * #14 "Checkpoint and resume": what the calls family saves is everything a later line can still need (its
 * open questions; the calls' P12 months are the ledger's). Saved after any line, written as JSON and read
 * back into a fresh family, it gives the same records as the family that read the whole log in one go.
 */
import { describe, expect, it } from 'vitest';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { ev } from '../../test-kit.js';
import { calls } from './index.js';

/** Questions whose answer comes on either side of the split, one answer read before its escalation. */
const questions = [
  ev('question-escalated', '2026-03-02T09:00', { case: 'Q1', employee: 'E1' }),
  ev('question-answered', '2026-03-02T10:00', { case: 'Q2', employee: 'E2', answeredOnCall: true }),
  ev('call-answered', '2026-03-02T09:05', { employee: 'E1', rings: 2, endedAt: '2026-03-02T09:30:00+08:00' }),
  ev('question-escalated', '2026-03-02T09:50', { case: 'Q2', employee: 'E2' }),
  ev('question-escalated', '2026-03-31T23:50', { case: 'Q3', employee: 'E1' }),
  ev('question-answered', '2026-03-02T09:20', { case: 'Q1' }),
];

describe('calls: save and restore (#14 checkpoint and resume)', () => {
  it('the example office: restored after any of nine lines, the same records as one go', () => {
    const { lines, options } = officeLog('calls');
    const whole = feed(calls, lines, options);
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(1000);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(calls, lines, { ...options, splitAt })).toEqual(whole);
    }
  });

  it.each(questions.map((_, i) => i))('questions, restored after line %i: the same records', (splitAt) => {
    const whole = feed(calls, questions);
    const p10 = whole.records.filter((r) => r.type === 'finding' && r.finding.result.ruleId === 'P10.callback-30min');
    expect(p10).toHaveLength(3);
    expect(feed(calls, questions, { splitAt })).toEqual(whole);
  });

  it('with maxDelay (questions settled by the horizon, their keys remembered): the same records', () => {
    const { lines, options } = officeLog('calls');
    const delayed = { ...options, maxDelay: 3_600_000 };
    const once = feed(calls, lines, delayed);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(calls, lines, { ...delayed, splitAt })).toEqual(once);
    }
  });
});
