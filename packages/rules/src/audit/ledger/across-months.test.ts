/**
 * The ledger's arithmetic across month ends: the P10 ladder over the log's history, joint liability of
 * the department head, P09 bonus deductions capped at 50% a month with the rest carried, P12 scores, and
 * months decided in the organisation's zone.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, org } from '../test-kit.js';

const late = (c: string, day: string) => [
  ev('complaint-received', `${day}T09:00`, { case: c, employee: 'E1' }),
  ev('complaint-replied', `${day}T12:00`, { case: c, nextReplyAt: `${day}T18:00:00+08:00` }),
];

describe('ledger', () => {
  it('the P10 ladder counts earlier breaches of the same rule across months; the head pays double', async () => {
    const r = await audit(
      [
        ...late('A', '2026-03-30'), // 1st: 100
        ...late('B', '2026-04-02'), // 2nd: 200
        ...late('C', '2026-04-03'), // 3rd: dismissal
        ev('conduct-breach', '2026-04-03T10:00', { employee: 'E1', kind: 'service-rule', rule: 'phone on duty' }), // another rule: 100
      ],
      { asOf: '2026-04-30T23:59:59+08:00' },
    );
    const ladder = findingsOf(r, 'P10.repeat-violation').map((f) => [f.key, f.result.sanctions[0]?.type]);
    expect(ladder).toEqual([
      ['P01.complaint-reply A', 'fine'],
      ['P01.complaint-reply B', 'fine'],
      ['P01.complaint-reply C', 'dismissal'],
      ['phone on duty', 'fine'],
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ fines: 100, department: 'CS' });
    const april = ledgerOf(r, 'E1', '2026-04');
    expect(april?.fines).toBe(300);
    expect(april?.sanctions.some((s) => s.type === 'dismissal')).toBe(true);
    expect(ledgerOf(r, 'H1', '2026-03')?.fines).toBe(200);
    expect(ledgerOf(r, 'H1', '2026-04')?.fines).toBe(600);
    // Everyone in the organisation has a row for each month of the log.
    expect(r.ledger.filter((e) => e.month === '2026-04').map((e) => e.employee)).toEqual([
      'E1',
      'E2',
      'G1',
      'H1',
      'H2',
    ]);
  });

  it('P09: at most 50% of each month’s bonus, the rest carried into the following months', async () => {
    const r = await audit(
      [
        ev('loss-assessed', '2026-03-10T10:00', { department: 'CS', employee: 'E1', loss: 2000 }),
        ev('arrived', '2026-04-10T08:00', { employee: 'E2', shiftStart: '2026-04-10T08:30:00+08:00' }),
        ev('arrived', '2026-05-10T08:00', { employee: 'E2', shiftStart: '2026-05-10T08:30:00+08:00' }),
      ],
      { asOf: '2026-05-31T23:59:59+08:00' },
    );
    // E1's bonus is 1500: 750 a month at most.
    expect(['2026-03', '2026-04', '2026-05'].map((m) => ledgerOf(r, 'E1', m))).toEqual([
      expect.objectContaining({ bonusDeductions: 750, carriedOver: 1250 }),
      expect.objectContaining({ bonusDeductions: 750, carriedOver: 500 }),
      expect.objectContaining({ bonusDeductions: 500, carriedOver: 0 }),
    ]);
    expect(findingsOf(r, 'P09.bonus-deduction').map((f) => f.key)).toEqual(['2026-03', '2026-04', '2026-05']);
  });

  it('a department’s loss is shared by base points', async () => {
    const r = await audit([ev('loss-assessed', '2026-03-10T10:00', { department: 'CS', loss: 600 })]);
    // CS base points: H1 3, E1 2, E2 1 → 300, 200, 100.
    expect(findingsOf(r, 'P09.loss-share').map((f) => [f.employee, f.result.value])).toEqual([
      ['H1', 300],
      ['E1', 200],
      ['E2', 100],
    ]);
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ bonusDeductions: 100, carriedOver: 0 });
  });

  it('P12: the month’s score from every item, with wage deductions', async () => {
    const r = await audit([
      ev('arrived', '2026-03-02T08:33', { employee: 'E2', shiftStart: '2026-03-02T08:30:00+08:00' }), // −1
      ev('arrived', '2026-03-03T08:45', { employee: 'E2', shiftStart: '2026-03-03T08:30:00+08:00' }), // −10, 40 yuan
      ev('praised', '2026-03-04T10:00', { employee: 'E2', severity: 'light' }), // +5
      ev('absent', '2026-03-05T08:30', { employee: 'E2' }), // −10, a day's wage (150)
    ]);
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ score: 84, points: -16, wageDeductions: 190 });
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ score: 100, points: 0, fines: 0 });
  });

  it('months are the organisation’s local months', async () => {
    const r = await audit(
      [
        // 20:00 UTC on 31 March is 04:00 on 1 April in Shanghai.
        JSON.stringify({
          type: 'arrived',
          at: '2026-03-31T20:10:00Z',
          employee: 'E2',
          shiftStart: '2026-03-31T20:00:00Z',
        }),
        ev('arrived', '2026-03-31T08:31', { employee: 'E2', shiftStart: '2026-03-31T08:30:00+08:00' }),
      ],
      { asOf: '2026-04-30T00:00:00+08:00' },
    );
    expect(ledgerOf(r, 'E2', '2026-03')?.points).toBe(-1);
    expect(ledgerOf(r, 'E2', '2026-04')?.points).toBe(-5);
  });

  it('charges and the quarrel’s salary withheld', async () => {
    const r = await audit([
      ev('phone-bill', '2026-03-31T10:00', { employee: 'E1', bill: 200, quota: 120 }),
      ev('conduct-breach', '2026-03-31T11:00', { employee: 'E2', kind: 'quarrel' }),
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')?.charges).toBe(80);
    const e2 = ledgerOf(r, 'E2', '2026-03');
    expect(e2?.sanctions.some((s) => s.type === 'dismissal')).toBe(true);
  });

  it('by default the ladder prices only P10’s own rules; an organisation adds other policies with `ladder`', async () => {
    const lines = [
      ...late('A', '2026-03-10'),
      ev('question-escalated', '2026-03-11T10:00', { case: 'Q1', employee: 'E1' }),
      ev('question-answered', '2026-03-11T11:00', { case: 'Q1' }),
    ];
    const { ladder: _all, ...withoutLadder } = org;
    const byDefault = await audit(lines, { org: withoutLadder });
    expect(findingsOf(byDefault, 'P10.repeat-violation').map((f) => f.key)).toEqual(['P10.callback-30min Q1']);
    const adopted = await audit(lines, { org: { ...withoutLadder, ladder: ['P01', 'P10'] } });
    expect(findingsOf(adopted, 'P10.repeat-violation').map((f) => f.key)).toEqual([
      'P01.complaint-reply A',
      'P10.callback-30min Q1',
    ]);
  });
});
