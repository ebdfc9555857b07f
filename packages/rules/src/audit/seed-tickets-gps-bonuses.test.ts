/**
 * Review of the film-ticket, GPS and bonus families against the seed (P07, P03, P09): each test names the
 * clause it checks and a defect the audit had in the facts it built from the events.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf } from './test-kit.js';

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
