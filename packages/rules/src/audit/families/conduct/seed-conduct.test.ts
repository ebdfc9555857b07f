/**
 * Review of the conduct family against the seed, moved from seed-people.test.ts: each test names the
 * clause it checks.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

describe('conduct: breaches', () => {
  it('P12 4.2.1(1) 缺一扣1分: a dress breach that names no missing item is rejected, not judged met', async () => {
    const report = await audit([ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'dress' })]);
    expect(findingsOf(report, 'P12.dress')).toEqual([]);
    expect(report.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid-event' })]);
  });

  it('P10 (五)1 第二次違反相同規定雙倍處罰: a service-rule breach naming no rule is rejected, not a repeat of another', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'service-rule' }),
      ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'service-rule' }),
    ]);
    expect(findingsOf(report, 'P10.repeat-violation')).toEqual([]);
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [1, 'invalid-event'],
      [2, 'invalid-event'],
    ]);
    expect(ledgerOf(report, 'E1', '2026-03')?.fines).toBe(0);
  });

  it('P04 1.6 無違紀: a conduct line rejected for want of facts is not counted as a violation', async () => {
    const report = await audit(
      [
        ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'grooming' }),
        ev('accident', '2026-03-02T10:00', { department: 'ENG' }), // P04 is audited this month
      ],
      { rules: ['P04', 'P12'] },
    );
    expect(report.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid-facts' })]);
    const cs = findingsOf(report, 'P04.zero-incidents').find((f) => f.department === 'CS');
    expect(cs?.result.status).toBe('met');
  });

  it('P12 4.2.2(6) 一個月被查3次者，警告: a chatting breach with times: 2 counts twice in the month', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'chatting' }),
      ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'chatting', times: 2 }),
    ]);
    const chat = only(report, 'P12.chatting').result;
    expect(chat.measured?.value).toBe(3);
    expect(chat.sanctions.map((s) => s.type)).toContain('warning');
  });

  it('P10 (五)2 200元/次: private dealings with times: 2 are fined twice', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'private-dealings', times: 2 }),
    ]);
    expect(only(report, 'P10.private-dealings').result.value).toBe(400);
    expect(ledgerOf(report, 'E1', '2026-03')?.fines).toBe(400);
  });

  it('P12 4.2.1(2,3,5) 視情況扣0.5∽1.5分: `times` on a kind that judges one incident is rejected, not ignored', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'grooming', severity: 'light', times: 3 }),
    ]);
    expect(findingsOf(report, 'P12.grooming')).toEqual([]);
    expect(report.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid-event' })]);
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ score: 100 });
  });
});
