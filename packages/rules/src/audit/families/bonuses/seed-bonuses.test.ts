/**
 * Review of the bonus family (P09) against the seed, moved from seed-complaints-calls.test.ts and
 * seed-tickets-gps-bonuses.test.ts: each test names the clause it checks and a defect the audit had.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, org } from '../../test-kit.js';

describe('bonuses', () => {
  it('P09 第二十一條 2: a department member without configured base points is not silently left out of the total', async () => {
    const withNewcomer = {
      ...org,
      people: [...org.people, { id: 'E3', department: 'CS', monthlyBonus: 1000 }],
    };
    const r = await audit([ev('loss-assessed', '2026-03-10T10:00', { department: 'CS', loss: 600 })], {
      org: withNewcomer,
    });
    expect(findingsOf(r, 'P09.loss-share')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toEqual(['not-configured']);
    expect(r.rejected[0]?.reason).toContain('E3');
  });
});

describe('P09 sanctions', () => {
  it('P09 第二十三條/第二十四條: a sanction line rejected for a cause outside the fourteen costs no bonus', async () => {
    const r = await audit([
      ev('sanction-imposed', '2026-03-02T09:00', { employee: 'E1', sanction: 'warning', cause: 'bogus' }),
    ]);
    expect(r.rejected.map((x) => x.line)).toEqual([1]);
    expect(findingsOf(r, 'P09.sanction-deduction')).toEqual([]);
    expect(ledgerOf(r, 'E1', '2026-03')?.bonusDeductions).toBe(0);
  });

  it('P09 第二十四條: a sanction line with a valid cause is still priced', async () => {
    const r = await audit([
      ev('sanction-imposed', '2026-03-02T09:00', { employee: 'E1', sanction: 'minor-demerit', cause: 'late-delivery' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(ledgerOf(r, 'E1', '2026-03')?.bonusDeductions).toBe(450);
  });
});
