/**
 * #14 "Checkpoint and resume": the shifts family judges each line on its own and keeps nothing between lines
 * (what an arrival or an absence adds to a month is the ledger's). Saved after any line, written as JSON and
 * read back into a fresh family, it gives the same records and ledger as one go: no state hides in it.
 */
import { describe, expect, it } from 'vitest';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { shifts } from './index.js';

describe('shifts: save and restore (#14 checkpoint and resume)', () => {
  const { lines, options } = officeLog('shifts');
  const whole = feed(shifts, lines, options);

  it('the office log gives findings and ledger rows to compare', () => {
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(400);
    expect(whole.ledger.length).toBeGreaterThan(0);
  });

  it.each(splitPoints(lines.length, 9))('restored after line %i: the same records and ledger as one go', (splitAt) => {
    expect(feed(shifts, lines, { ...options, splitAt })).toEqual(whole);
  });

  it('with maxDelay (months closed as the horizon passes them): the same records and ledger', () => {
    const delayed = { ...options, maxDelay: 24 * 3_600_000 };
    const once = feed(shifts, lines, delayed);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(shifts, lines, { ...delayed, splitAt })).toEqual(once);
    }
  });
});
