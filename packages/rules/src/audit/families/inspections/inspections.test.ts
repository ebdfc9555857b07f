/**
 * The inspection family (issue #18): a supervisor's checklist line is judged by the rule of the item it names,
 * citing the item's own clause, and a failed item reaches the ledger only through the P10 fine ladder where the
 * organisation's `ladder` scope names it (P10 (五)1: 100 yuan the first time, double the second time for the
 * same rule) — P10's items by default.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only, org } from '../../test-kit.js';

const scoped = { ...org, ladder: ['P10'] };

describe('inspections', () => {
  it('judges each line by its item, citing the item’s clause (P04 1.5⑵ jewellery, P11 1 desk tidy)', async () => {
    const r = await audit([
      ev('inspection-recorded', '2026-03-02T09:00', {
        employee: 'E1',
        inspector: 'H1',
        item: 'P04.inspection-no-jewellery',
        passed: false,
        note: 'ring worn at the desk',
      }),
      ev('inspection-recorded', '2026-03-02T09:05', {
        employee: 'E1',
        inspector: 'H1',
        item: 'P11.inspection-desk-tidy',
        passed: true,
      }),
    ]);
    const jewellery = only(r, 'P04.inspection-no-jewellery');
    expect(jewellery).toMatchObject({ employee: 'E1', lines: [1], result: { status: 'breached', clause: 'P04 1.5⑵' } });
    expect(jewellery.result.explanation.en).toContain('ring worn at the desk');
    expect(only(r, 'P11.inspection-desk-tidy').result).toMatchObject({ status: 'met', clause: 'P11 1' });
  });

  it('prices a failed P10 item through the P10 ladder by default: 100 yuan, then 200 for the same item (P10 (五)1)', async () => {
    const fail = (local: string, item: string) =>
      ev('inspection-recorded', local, { employee: 'E2', inspector: 'H1', item, passed: false });
    const r = await audit(
      [
        fail('2026-03-03T10:00', 'P10.inspection-three-musts'),
        fail('2026-03-10T10:00', 'P10.inspection-three-musts'),
        fail('2026-03-11T10:00', 'P10.inspection-standing-reception'),
      ],
      { org: scoped },
    );
    expect(findingsOf(r, 'P10.inspection-three-musts').map((f) => f.result.status)).toEqual(['breached', 'breached']);
    // 100 + 200 for the same item twice, 100 for another item's first time: only 相同規定 doubles.
    expect(ledgerOf(r, 'E2', '2026-03')?.ownFines).toBe(400);
  });

  it('leaves a failed item of another policy unpriced unless the organisation’s ladder names it (P01 行為 5)', async () => {
    const line = ev('inspection-recorded', '2026-03-04T09:00', {
      employee: 'E1',
      item: 'P01.inspection-desk-clear',
      passed: false,
    });
    const scopedOut = await audit([line], { org: scoped });
    expect(only(scopedOut, 'P01.inspection-desk-clear').result.status).toBe('breached');
    expect(ledgerOf(scopedOut, 'E1', '2026-03')?.ownFines ?? 0).toBe(0);
    const named = await audit([line], { org: { ...org, ladder: ['P01.inspection-desk-clear'] } });
    expect(ledgerOf(named, 'E1', '2026-03')?.ownFines).toBe(100);
  });

  it('rejects a line naming an unknown item or no outcome, saying which field', async () => {
    const r = await audit([
      ev('inspection-recorded', '2026-03-05T09:00', {
        employee: 'E1',
        item: 'P04.inspection-jewellery',
        passed: false,
      }),
      ev('inspection-recorded', '2026-03-05T09:01', { employee: 'E1', item: 'P04.inspection-no-jewellery' }),
    ]);
    expect(r.findings.filter((f) => f.result.ruleId.includes('.inspection-'))).toEqual([]);
    expect(r.rejected.map((x) => x.line)).toEqual([1, 2]);
    expect(r.rejected[0]?.reason).toContain(
      'unknown item P04.inspection-jewellery (did you mean P04.inspection-no-jewellery?)',
    );
    expect(JSON.stringify(r.rejected[1])).toContain('passed');
  });

  it('rejects an inspector the organisation file does not know (a person field)', async () => {
    const r = await audit([
      ev('inspection-recorded', '2026-03-06T09:00', {
        employee: 'E1',
        inspector: 'h1',
        item: 'P11.inspection-desk-tidy',
        passed: true,
      }),
    ]);
    expect(r.rejected[0]).toMatchObject({ line: 1, code: 'unknown-id' });
  });
});
