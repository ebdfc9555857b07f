/**
 * Issue #14, "One way into the ledger": the month close is one declared pipeline (P12 score → P10 ladder →
 * joint liability → P09 caps and carry-over → sanctions) whose steps book what they decide themselves; no
 * finding of the close comes back into the ledger through the findings callback (the `settling` re-entry
 * is gone). Seed: P10 (五)1 (100 yuan, double the second time) and 連帶責任 (the head answers for the fine);
 * P09 第二十一條 3 (at most 50% of the bonus a month, the rest carried), 第二十四條 (警告 100%, 小過 30% a base).
 */
import { describe, expect, it } from 'vitest';
import { AuditEngine } from '../engine.js';
import { asOf, audit, ev, findingsOf, ledgerOf, org } from '../test-kit.js';
import type { OrgFile } from '../types.js';
import { Ledger } from './index.js';
import { MONTH_CLOSE } from './month-close.js';

const MARCH = 2026 * 12 + 2;
const at = (text: string) => Date.parse(text);

describe('the month close', () => {
  it('is one ordered list of steps, in the order the issue declares', () => {
    expect(MONTH_CLOSE.map((s) => s.name)).toEqual([
      'P12 month score',
      'P10 ladder',
      'P10 joint liability',
      'P09 capped deductions and carry-over',
      'P09 sanction deductions',
    ]);
  });

  it('reproduction of the re-entry: the close decides the ladder, joint liability and P09 without one finding coming back through the callback', () => {
    const engine = new AuditEngine({ asOf, org });
    const ledger = new Ledger(engine);
    const heard: string[] = [];
    const book = engine.onFinding;
    engine.onFinding = (finding, when) => {
      heard.push(finding.result.ruleId);
      book(finding, when);
    };
    const base = { employee: 'E1', month: MARCH, source: 'test' } as const;
    ledger.post({
      ...base,
      kind: 'breach',
      breach: { rule: 'P10.call-log', at: at('2026-03-02T10:00:00+08:00'), lines: [1] },
    });
    ledger.post({ ...base, kind: 'loss-owed', fen: 200_000 });
    ledger.post({
      ...base,
      kind: 'imposed',
      imposed: { at: at('2026-03-03T10:00:00+08:00'), line: 2, sanction: 'warning' },
    });
    ledger.closeMonth(MARCH);
    const decided = engine.out.flatMap((r) => (r.type === 'finding' ? [r.finding.result.ruleId] : []));
    expect(new Set(decided)).toEqual(
      new Set([
        'P12.monthly-score',
        'P10.repeat-violation',
        'P10.joint-liability',
        'P09.bonus-deduction',
        'P09.sanction-deduction',
      ]),
    );
    expect(heard).toEqual([]);
    // …and each is booked once, by its step: the ladder's 100, H1's joint 100 for it (CS's head), E1's bonus
    // (1500) loses 750 under the cap and the other 750 to the warning, which carries its remaining 750.
    const e1 = ledger.result().find((r) => r.employee === 'E1');
    const h1 = ledger.result().find((r) => r.employee === 'H1');
    expect(e1).toMatchObject({ ownFines: 100, bonusDeductions: 1500, carriedOver: 2000 });
    expect(h1).toMatchObject({ jointFines: 200 });
  });

  it('a P09.sanction-deduction a facts event hands in is booked as given (the callback books every finding the families record)', async () => {
    const r = await audit([
      JSON.stringify({
        type: 'facts',
        rule: 'P09.sanction-deduction',
        at: '2026-03-05T10:00:00+08:00',
        employee: 'E2',
        facts: { sanction: 'minor-demerit', monthlyBonus: 1000 },
      }),
    ]);
    expect(findingsOf(r, 'P09.sanction-deduction')).toHaveLength(1);
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ bonusDeductions: 300 });
  });

  it('reproduction: a share-only deduction was priced on the float product (30% of 1000.15 → 300.04); now half up on the exact one, as the rule itself (300.05)', async () => {
    const office: OrgFile = {
      ...org,
      people: org.people.map((p) => (p.id === 'E2' ? { ...p, monthlyBonus: 1000.15 } : p)),
    };
    const facts = (f: Record<string, unknown>) =>
      JSON.stringify({
        type: 'facts',
        rule: 'P09.sanction-deduction',
        at: '2026-03-05T10:00:00+08:00',
        employee: 'E2',
        facts: f,
      });
    // Without `monthlyBonus` the rule gives only the share; the ledger prices it on the organisation's bonus.
    const r = await audit([facts({ sanction: 'minor-demerit' })], { org: office });
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ bonusDeductions: 300.05 });
    const given = await audit([facts({ sanction: 'minor-demerit', monthlyBonus: 1000.15 })], { org: office });
    expect(ledgerOf(given, 'E2', '2026-03')).toMatchObject({ bonusDeductions: 300.05 });
  });

  it('joint liability doubles the fines the ladder priced the same month (the ladder runs first)', async () => {
    const r = await audit([
      ev('conduct-breach', '2026-03-02T10:00', { employee: 'E1', kind: 'service-rule', rule: 'P10.call-log' }),
      ev('conduct-breach', '2026-03-04T10:00', { employee: 'E1', kind: 'service-rule', rule: 'P10.call-log' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ ownFines: 300 });
    expect(ledgerOf(r, 'H1', '2026-03')).toMatchObject({ jointFines: 600 });
  });
});
