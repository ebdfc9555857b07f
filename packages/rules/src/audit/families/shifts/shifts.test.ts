/**
 * The shifts family against the seed (arrivals, absences, handovers, lock-up, covers, shift changes): the
 * events of docs/events.md become each rule's facts, and the finding is the rule's own result. Moved here
 * from families.test.ts and seed-people.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

const lateE1 = (local: string) => ev('arrived', local, { employee: 'E1', shiftStart: '2026-03-02T08:00:00+08:00' });

describe('shifts', () => {
  it('an arrival feeds lateness and, at a handover, P08', async () => {
    const r = await audit([
      ev('arrived', '2026-03-02T06:55', { employee: 'E1', shiftStart: '2026-03-02T07:00:00+08:00', handover: true }),
      ev('arrived', '2026-03-02T09:07', { employee: 'E2', shiftStart: '2026-03-02T09:00:00+08:00' }),
    ]);
    expect(findingsOf(r, 'P12.lateness').map((f) => f.result.status)).toEqual(['met', 'breached']);
    expect(only(r, 'P08.handover-arrival').result.status).toBe('breached'); // 5 min early, 10 required
  });

  it('handover fields go to P08 and P11; tidying and lock-up', async () => {
    const r = await audit([
      ev('shift-ended', '2026-03-02T15:00', { employee: 'E1', tidyStartedAt: '2026-03-02T14:40:00+08:00' }),
      ev('handover', '2026-03-02T15:02', {
        employee: 'E1',
        signedByOutgoing: true,
        signedByIncoming: false,
        itemsChecked: true,
        anomaliesRecorded: true,
        importantWorkOpen: false,
        workHandedOver: true,
        mailChecked: true,
        keysHandedOver: true,
        logged: true,
      }),
      ev('lock-up', '2026-03-02T23:00', { employee: 'E1', lockedUp: true, keyReturned: true }),
    ]);
    expect(only(r, 'P08.handover-tidy').result.status).toBe('met');
    expect(only(r, 'P08.handover').result.status).toBe('breached');
    expect(only(r, 'P11.handover').result.status).toBe('met');
    expect(only(r, 'P11.lock-up').result.status).toBe('met');
  });

  it('shift changes, leaving during work, the day’s three shifts, covers', async () => {
    const r = await audit([
      ev('shift-changed', '2026-03-02T15:00', { employee: 'E1', approvedAt: '2026-03-01T15:00:00+08:00' }),
      ev('left-during-work', '2026-03-02T10:00', { employee: 'E1' }),
      ev('shifts-set', '2026-03-02T06:00', {
        shifts: [
          { start: '07:00', end: '15:00' },
          { start: '15:00', end: '23:00' },
          { start: '23:00', end: '07:00' },
        ],
      }),
      ev('shift-covered', '2026-03-02T09:00', { employee: 'E2', coverEnd: '2026-03-02T14:00:00+08:00' }),
    ]);
    expect(only(r, 'P14.shift-change').result.status).toBe('met');
    expect(only(r, 'P14.leave-during-work').result.status).toBe('breached');
    expect(only(r, 'P14.three-shifts').result.status).toBe('met');
    expect(only(r, 'P01.shift-cover').result.status).toBe('breached');
  });

  it("P01 投訴 3 (24小時值班制度): two 12-hour shifts are a 24-hour duty, though not P14 1.2.1's three shifts", async () => {
    const day = (shifts: { start: string; end: string }[]) =>
      ev('shifts-set', '2026-03-02T06:00', { department: 'CS', date: '2026-03-02', shifts });
    const twelves = await audit([
      day([
        { start: '08:00', end: '20:00' },
        { start: '20:00', end: '08:00' },
      ]),
    ]);
    expect(only(twelves, 'P01.complaint-duty')).toMatchObject({ key: '2026-03-02', result: { status: 'met' } });
    expect(only(twelves, 'P14.three-shifts').result.status).toBe('breached');
    const dayOnly = await audit([day([{ start: '08:00', end: '20:00' }])]);
    expect(only(dayOnly, 'P01.complaint-duty').result).toMatchObject({ status: 'breached', measured: { value: 720 } });
  });
});

describe('shifts: arrivals', () => {
  it('P12 4.2.2(3) 遲到5分鐘內扣1分: the same arrival logged twice costs the lateness once', async () => {
    const line = lateE1('2026-03-02T08:03');
    const report = await audit([line, line]);
    expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ score: 99, points: -1 });
    const score = findingsOf(report, 'P12.monthly-score').find((f) => f.employee === 'E1');
    const v = score?.result.value as { items: { evaluations: number }[] } | undefined;
    expect(v?.items).toEqual([expect.objectContaining({ ruleId: 'P12.lateness', evaluations: 1 })]);
  });

  it('P12 4.2.2(3): two arrivals for one shift count once, the earliest, whatever the order of the lines', async () => {
    // 08:03 is within 5 min (−1); 08:07 would be 5–10 min (−5). One shift is one arrival.
    for (const lines of [
      [lateE1('2026-03-02T08:07'), lateE1('2026-03-02T08:03')],
      [lateE1('2026-03-02T08:03'), lateE1('2026-03-02T08:07')],
    ]) {
      const report = await audit(lines);
      expect(ledgerOf(report, 'E1', '2026-03')).toMatchObject({ score: 99, points: -1 });
    }
  });
});

describe('leaving early (#18: P01 行為 7 line 27, P14 1.2.2 line 481)', () => {
  it('a left-work line before the shift’s end breaches both policies’ bans; at the end it meets them', async () => {
    const r = await audit([
      ev('left-work', '2026-03-02T17:00', { employee: 'E1', shiftEnd: '2026-03-02T17:30:00+08:00' }),
      ev('left-work', '2026-03-03T17:30', { employee: 'E1', shiftEnd: '2026-03-03T17:30:00+08:00' }),
    ]);
    for (const id of ['P01.early-leave', 'P14.early-leave']) {
      expect(findingsOf(r, id).map((f) => [f.lines, f.result.status, f.result.measured?.value])).toEqual([
        [[1], 'breached', 30],
        [[2], 'met', 0],
      ]);
    }
  });

  it('a left-work line without the shift’s end is rejected', async () => {
    const r = await audit([ev('left-work', '2026-03-02T17:00', { employee: 'E1' })]);
    expect(findingsOf(r, 'P01.early-leave')).toEqual([]);
    expect(r.rejected.map((x) => x.line)).toEqual([1]);
  });
});

describe('P01 行為 7 line 27: leave only for a special event (#18)', () => {
  it('reproduction: a leave-taken line without a special event is breached; with one, met', async () => {
    const without = await audit([ev('leave-taken', '2026-03-02T09:00', { employee: 'E1', specialEvent: false })]);
    expect(only(without, 'P01.leave').result.status).toBe('breached');
    const withOne = await audit([ev('leave-taken', '2026-03-02T09:00', { employee: 'E1', specialEvent: true })]);
    expect(only(withOne, 'P01.leave').result.status).toBe('met');
    expect(withOne.summary.rejected).toBe(0);
  });
});

describe('P04 1.3 line 119: a shift’s matters recorded and reported (#18)', () => {
  it('reproduction: a shift-matter line recorded but not reported is breached; both done, met', async () => {
    const unreported = await audit([ev('shift-matter', '2026-03-02T21:00', { recorded: true, reported: false })]);
    expect(only(unreported, 'P04.shift-matter').result.status).toBe('breached');
    const done = await audit([ev('shift-matter', '2026-03-02T21:00', { recorded: true, reported: true })]);
    expect(only(done, 'P04.shift-matter').result.status).toBe('met');
    expect(done.summary.rejected).toBe(0);
  });
});
