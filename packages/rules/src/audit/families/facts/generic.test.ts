/**
 * Correlation of the generic facts event, moved from families.test.ts: a rule is handed its facts as
 * they are, and the finding is the rule's own result.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

describe('the generic facts event', () => {
  it('hands a rule its facts as they are', async () => {
    const r = await audit([
      ev('facts', '2026-03-31T10:00', {
        rule: 'P01.household-visits',
        facts: { month: '2026-03', households: 100, visited: 6 },
      }),
    ]);
    expect(only(r, 'P01.household-visits').result.status).toBe('met');
  });

  it('an unknown rule or bad facts reject the line with the rule’s reason', async () => {
    const r = await audit([
      ev('facts', '2026-03-31T10:00', { rule: 'P99.nothing', facts: {} }),
      ev('facts', '2026-03-31T10:00', { rule: 'P01.complaint-reply', facts: { valid: true } }),
    ]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([
      [1, 'unknown-rule'],
      [2, 'invalid-facts'],
    ]);
    expect(r.rejected[1]?.error?.issues[0]?.path).toEqual(['receivedAt']);
  });
});
