/**
 * Correlation of the front desk family (P01, P08), moved from families.test.ts: its events become each
 * rule's facts, and the finding is the rule's own result.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

describe('front desk and records', () => {
  it('records judged as they are made', async () => {
    const r = await audit([
      ev('visitor-registered', '2026-03-02T09:01', { startedAt: '2026-03-02T09:00:10+08:00' }),
      ev('goods-released', '2026-03-02T10:00', {
        ownerVerified: true,
        passComplete: true,
        signedByDutyOfficer: true,
        stamped: false,
        isOwner: true,
      }),
      ev('records-checked', '2026-03-02T10:00', { period: 'month', present: ['培訓計劃表', '部門客戶投訴工作月報'] }),
      ev('log-inspected', '2026-03-02T10:00', { pages: [{ number: 1, torn: false, altered: false }] }),
    ]);
    expect(only(r, 'P01.id-registration').result.status).toBe('met');
    expect(only(r, 'P01.goods-release').result.status).toBe('breached');
    expect(only(r, 'P01.records').result.status).toBe('met');
    expect(only(r, 'P08.log-integrity').result.status).toBe('met');
  });

  it('household visits and training are month tallies', async () => {
    const visits = Array.from({ length: 10 }, (_, i) =>
      ev('household-visited', `2026-03-${String(i + 2).padStart(2, '0')}T10:00`, { household: `H${i % 9}` }),
    );
    const r = await audit(
      [
        ...visits,
        ev('training-planned', '2026-03-01T09:00', { month: '2026-03' }),
        ...[2, 9, 16, 23, 30].map((d) =>
          ev('training-held', `2026-03-${String(d).padStart(2, '0')}T14:00`, { trainees: 4, passed: 4 }),
        ),
      ],
      { asOf: '2026-04-01T09:00:00+08:00' },
    );
    const v = only(r, 'P01.household-visits');
    expect(v.result.measured?.value).toBeCloseTo(9 / 200); // H0 twice counts once: 9 of 200 households
    expect(v.result.status).toBe('breached');
    expect(only(r, 'P01.training').result.status).toBe('met');
  });
});

describe('P01 培訓 2 line 37: training carried out by the plan (#18)', () => {
  const month = (planned: number) =>
    audit(
      [
        ev('training-planned', '2026-03-01T09:00', { month: '2026-03', sessions: planned }),
        ...[2, 9, 16, 23, 30].map((d) =>
          ev('training-held', `2026-03-${String(d).padStart(2, '0')}T14:00`, { trainees: 4, passed: 4 }),
        ),
      ],
      { asOf: '2026-04-01T09:00:00+08:00' },
    );

  it('reproduction: a plan of 6 sessions with 5 held (one a week) is breached from the lines; a plan of 5 is met', async () => {
    expect(only(await month(6), 'P01.training').result.status).toBe('breached');
    expect(only(await month(5), 'P01.training').result.status).toBe('met');
  });
});

describe('P10 (三) line 319: a visit not answered on the spot is registered (#18)', () => {
  it('judged from customer-visit lines; a breach is priced through the P10 ladder', async () => {
    const r = await audit([
      ev('customer-visit', '2026-03-02T09:00', { employee: 'E1', answeredOnSpot: false }),
      ev('customer-visit', '2026-03-02T10:00', { employee: 'E1', answeredOnSpot: false, registered: true }),
      ev('customer-visit', '2026-03-02T11:00', { employee: 'E1', answeredOnSpot: true }),
    ]);
    expect(findingsOf(r, 'P10.visit-registration').map((f) => f.result.status)).toEqual([
      'breached',
      'met',
      'not-applicable',
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ ownFines: 100 });
  });
});

describe('P08 4.5 line 204: problems reported up (#18)', () => {
  const line = ev('problem-reported', '2026-03-02T10:10', {
    employee: 'E1',
    kind: 'major',
    foundAt: '2026-03-02T10:00:00+08:00',
    reportedTo: ['department-head'],
  });

  it('unconfigured, the line is refused as not-configured, naming the parameter', async () => {
    const r = await audit([line]);
    expect(findingsOf(r, 'P08.escalation')).toEqual([]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'not-configured' }]);
  });

  it('configured, a major problem told to the head alone is breached', async () => {
    const config = { rules: { 'P08.escalation': { majorWithin: 'PT1H' } } };
    const r = await audit([line], { config });
    expect(only(r, 'P08.escalation').result.status).toBe('breached');
  });
});
