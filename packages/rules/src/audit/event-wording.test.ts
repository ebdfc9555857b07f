/**
 * A rejected line says what is wrong in the user's words (#15 "Errors mislead"): an impossible date named as
 * such, and the closest event type or field for a misspelt one.
 */
import { describe, expect, it } from 'vitest';
import { runAudit } from './stream.js';

const asOf = '2026-12-01T00:00:00+08:00';

async function reasonOf(line: Record<string, unknown>): Promise<string | undefined> {
  const report = await runAudit([JSON.stringify(line)], { asOf });
  return report.rejected[0]?.reason;
}

describe('rejected lines in the user’s words', () => {
  it('an unknown event type names the closest one', async () => {
    const reason = await reasonOf({ type: 'complaint-recieved', at: '2026-11-27T09:00:00+08:00', case: 'C1' });
    expect(reason).toContain('unknown event type complaint-recieved (did you mean complaint-received?)');
  });

  it('an unknown field names the closest field of the type', async () => {
    const reason = await reasonOf({
      type: 'complaint-received',
      at: '2026-11-27T09:00:00+08:00',
      case: 'C1',
      emploee: 'E1',
    });
    expect(reason).toContain('not a field of this event type (did you mean employee?)');
  });

  it('a required field given under a misspelt name says so', async () => {
    const reason = await reasonOf({ type: 'complaint-received', at: '2026-11-27T09:00:00+08:00', cas: 'C1' });
    expect(reason).toContain('required (given as "cas"?)');
  });

  it('an impossible date is named as such', async () => {
    const reason = await reasonOf({ type: 'complaint-received', at: '2026-11-31T09:00:00+08:00', case: 'C1' });
    expect(reason).toContain('2026-11-31 is not a date: November 2026 has 30 days');
  });
});

describe('ids the organisation file does not know (#15 "Mistakes pass in silence")', () => {
  const org = {
    departments: [{ id: 'CS', head: 'M1' }],
    people: [
      { id: 'M1', department: 'CS' },
      { id: 'M2', department: 'CS' },
    ],
  };

  it('an employee id not in the organisation file (m2 for M2) is a rejected line naming the closest id', async () => {
    const line = { type: 'complaint-received', at: '2026-11-27T09:00:00+08:00', case: 'C1', employee: 'm2' };
    const report = await runAudit([JSON.stringify(line)], { asOf, org });
    expect(report.rejected).toEqual([
      expect.objectContaining({
        line: 1,
        code: 'unknown-id',
        reason: 'employee "m2" is not in the organisation file (did you mean M2?)',
      }),
    ]);
    expect(report.ledger.some((row) => row.employee === 'm2')).toBe(false);
  });

  it('without an organisation file any id is taken as given', async () => {
    const line = { type: 'complaint-received', at: '2026-11-27T09:00:00+08:00', case: 'C1', employee: 'm2' };
    const report = await runAudit([JSON.stringify(line)], { asOf });
    expect(report.rejected).toEqual([]);
  });
});
