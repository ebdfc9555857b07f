/**
 * `facts` events for the P12 items P12.monthly-score folds: each joins the person's month, so its points
 * reach the month's score and the ledger exactly once (the ledger books P12 only through the score).
 * Seed, 篇十二 (P12): 4.1 以計分的形式對客服人員進行考核; the items of 4.2.1, 4.2.2 and 4.3.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

const facts = (local: string, rule: string, f: Record<string, unknown>, employee?: string) =>
  ev('facts', local, { rule, facts: f, ...(employee !== undefined && { employee }) });

describe('facts events for P12 items', () => {
  it('each incident is judged on its line and counted once in the month’s score', async () => {
    const r = await audit([
      // 4.2.1 2) 視情況…扣0.5∽1.5分: light, −0.5
      facts('2026-03-02T10:00', 'P12.grooming', { severity: 'light', aspect: 'appearance' }, 'E1'),
      // 4.2.1 1) 缺一扣1分: −1
      facts('2026-03-03T10:00', 'P12.dress', { missing: ['badge'] }, 'E1'),
      // 4.2.1 4) 違者扣1分/次: twice, −2
      facts('2026-03-04T10:00', 'P12.posture', { times: 2 }, 'E1'),
      // 4.2.2 3) 遲到5分鐘內扣1分: −1
      facts(
        '2026-03-05T08:33',
        'P12.lateness',
        { shiftStart: '2026-03-05T08:30:00+08:00', arrivedAt: '2026-03-05T08:33:00+08:00' },
        'E1',
      ),
      // 4.2.2 4) 輕者扣1分: −1
      facts('2026-03-06T10:00', 'P12.dozing', { severity: 'light' }, 'E1'),
      // 4.2.2 2) 被業主投訴者，視情況扣5∽10分: light, −5
      facts('2026-03-07T10:00', 'P12.service-complaint', { severity: 'light' }, 'E1'),
      // 4.3 1) 受業主表揚的給予5∽10分的加分: light, +5
      facts('2026-03-08T10:00', 'P12.praise', { severity: 'light' }, 'E1'),
    ]);
    expect(r.rejected).toEqual([]);
    for (const rule of ['P12.grooming', 'P12.dress', 'P12.posture', 'P12.lateness', 'P12.dozing']) {
      expect(only(r, rule)).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
    }
    const score = findingsOf(r, 'P12.monthly-score').find((f) => f.employee === 'E1');
    expect(score?.result.value).toMatchObject({ score: 94.5, deductions: -10.5, merits: 5 });
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ points: -5.5, score: 94.5 });
  });

  it('a month ladder joins the month’s count and is judged once, when the month closes', async () => {
    const r = await audit([
      ev('conduct-breach', '2026-03-02T10:00', { employee: 'E2', kind: 'chatting', severity: 'heavy' }),
      // 4.2.2 6) 一個月被查3次者，警告處分，加扣1∽3分: the facts' one more is the 3rd of the month.
      facts('2026-03-09T10:00', 'P12.chatting', { count: 1, severity: 'heavy' }, 'E2'),
      ev('conduct-breach', '2026-03-03T10:00', { employee: 'E2', kind: 'chatting', severity: 'heavy' }),
      // 4.2.2 3) 缺勤者扣缺勤工資外加扣考績分10分: the day the `absent` event gave is not counted twice.
      ev('absent', '2026-03-05T08:30', { employee: 'E2' }),
      facts(
        '2026-03-31T18:00',
        'P12.absence',
        { month: '2026-03', absentDays: ['2026-03-05', '2026-03-06'], dayWage: 150 },
        'E2',
      ),
      // 4.2.2 5) 外線電話不得超過10分鐘…扣5分: a 12-minute outside call.
      facts(
        '2026-03-10T10:12',
        'P12.phone-use',
        { calls: [{ direction: 'outside', start: '2026-03-10T10:00:00+08:00', end: '2026-03-10T10:12:00+08:00' }] },
        'E2',
      ),
    ]);
    expect(r.rejected).toEqual([]);
    const chatting = only(r, 'P12.chatting');
    expect(chatting.result.measured?.value).toBe(3);
    expect(chatting.result.sanctions.some((s) => s.type === 'warning')).toBe(true);
    expect(only(r, 'P12.absence').result.measured?.value).toBe(2);
    expect(only(r, 'P12.phone-use').result.status).toBe('breached');
    // Chatting −3 −3 (heavy), absence −20 and 300 yuan, phone −5.
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ points: -31, score: 69, wageDeductions: 300 });
  });

  it('the employee may be named in the facts instead', async () => {
    const r = await audit([facts('2026-03-08T10:00', 'P12.praise', { severity: 'heavy', employee: 'E1' })]);
    expect(only(r, 'P12.praise').employee).toBe('E1');
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ points: 10, score: 110 });
  });

  it('without an employee, with two, or with bad facts the line is rejected and nothing joins a month', async () => {
    const r = await audit([
      facts('2026-03-08T10:00', 'P12.praise', { severity: 'light' }),
      facts('2026-03-08T10:00', 'P12.praise', { severity: 'light', employee: 'E2' }, 'E1'),
      facts('2026-03-08T10:00', 'P12.dozing', { severity: 'enormous' }, 'E1'),
      facts('2026-03-08T10:00', 'P12.chatting', { count: -1 }, 'E1'),
    ]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([
      [1, 'invalid-event'],
      [2, 'invalid-event'],
      [3, 'invalid-facts'],
      [4, 'invalid-facts'],
    ]);
    expect(r.rejected[0]?.reason).toContain("give the event's employee");
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ points: 0, score: 100 });
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ points: 0, score: 100 });
  });

  it('a P12.monthly-score handed in is judged as given, not booked: the ledger’s score is the log’s items', async () => {
    const r = await audit([
      facts('2026-03-31T18:00', 'P12.monthly-score', { month: '2026-03', praise: [{ severity: 'heavy' }] }, 'E1'),
      facts('2026-03-08T10:00', 'P12.praise', { severity: 'light' }, 'E1'),
    ]);
    const scores = findingsOf(r, 'P12.monthly-score').filter((f) => f.employee === 'E1');
    // The handed-in month (line 1) and the month the log gives (closed at the end).
    expect(scores.map((f) => [f.lines, (f.result.value as { score: number }).score])).toEqual([
      [[1], 110],
      [[2], 105],
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ points: 5, score: 105 });
  });
});
