/**
 * Review of the front desk family (P01 培訓), moved from seed-desks.test.ts: each test names the seed
 * clause it checks, and the defect it pins down.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

describe('front desk: training counts', () => {
  it('P01 培訓 3: a session logged without its pass count is rejected, not read as nobody passing', async () => {
    const r = await audit([
      ev('training-held', '2026-03-06T14:30', { trainees: 5, passed: 5 }),
      ev('training-held', '2026-03-13T14:30', { trainees: 5 }),
    ]);
    expect(r.rejected).toMatchObject([{ line: 2, code: 'invalid-event', reason: expect.stringContaining('passed') }]);
    // The month is judged on the session with its counts: 5 of 5 passed.
    expect(only(r, 'P01.training').result.explanation.en).toContain('5 of 5 passed');
    expect(r.summary.lines).toBe(r.summary.evaluated + r.summary.rejected);
  });
});
