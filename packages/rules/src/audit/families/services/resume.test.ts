/**
 * #14 "Checkpoint and resume": what the services family saves is everything a later line can still need.
 * Saved after any line, written as JSON and read back into a fresh family, it gives the same records as
 * the family that read the whole log in one go (the example office's service and repair lines).
 */
import { describe, expect, it } from 'vitest';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { services } from './index.js';

describe('services: save and restore (#14 checkpoint and resume)', () => {
  const { lines, options } = officeLog('services');
  const whole = feed(services, lines, options);

  it('the office log gives findings to compare', () => {
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(100);
  });

  it.each(splitPoints(lines.length, 9))('restored after line %i: the same records as one go', (splitAt) => {
    expect(feed(services, lines, { ...options, splitAt })).toEqual(whole);
  });

  it('with maxDelay (cases settled by the horizon, their keys remembered): the same records', () => {
    const delayed = { ...options, maxDelay: 2 * 24 * 3_600_000 };
    const once = feed(services, lines, delayed);
    for (const splitAt of splitPoints(lines.length, 9))
      expect(feed(services, lines, { ...delayed, splitAt })).toEqual(once);
  });
});
