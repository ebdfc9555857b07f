/**
 * The calls family against the seed (P08 / P10 phone answering, P12 phone use, P10 30-min callbacks): the
 * events of docs/events.md become each rule's facts, and the finding is the rule's own result. Moved here
 * from families.test.ts and seed-complaints-calls.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

describe('calls', () => {
  it('front desk (P08) and hotline (P10) answering', async () => {
    const r = await audit(
      [
        ev('call-answered', '2026-03-02T09:00', { employee: 'E1', rings: 2, greeting: '您好，测试物业' }),
        ev('call-answered', '2026-03-02T09:05', { employee: 'E1', rings: 5, greeting: '您好，测试物业' }),
        ev('call-answered', '2026-03-02T09:10', {
          employee: 'E1',
          line: 'hotline',
          rings: 1,
          greeting: '您好，测试物业，請問什麼事情可以幫您',
        }),
      ],
      { config: { orgName: '测试物业' } },
    );
    expect(findingsOf(r, 'P08.phone-answer').map((f) => f.result.status)).toEqual(['met', 'breached']);
    expect(only(r, 'P10.phone-answer').result.status).toBe('met');
  });

  it('call lengths become the month’s P12 phone use, judged when the month closes', async () => {
    const r = await audit([
      ev('call-answered', '2026-03-02T09:00', {
        employee: 'E1',
        rings: 1,
        direction: 'outside',
        endedAt: '2026-03-02T09:15:00+08:00',
      }),
      ev('call-made', '2026-03-03T09:00', {
        employee: 'E1',
        direction: 'inside',
        endedAt: '2026-03-03T09:02:00+08:00',
      }),
    ]);
    const f = only(r, 'P12.phone-use');
    expect(f).toMatchObject({ employee: 'E1', key: '2026-03' });
    expect(f.result.status).toBe('breached');
  });

  it('an escalated question is answered within 30 min', async () => {
    const r = await audit([
      ev('question-escalated', '2026-03-02T09:00', { case: 'Q1' }),
      ev('question-answered', '2026-03-02T09:45', { case: 'Q1' }),
    ]);
    expect(only(r, 'P10.callback-30min').result.status).toBe('breached');
  });
});

describe('calls: the seed review', () => {
  const greeting = '您好，山東標金，請問什麼事情可以幫您';
  it('P10 (二)操作程序 三聲鈴聲之內須接聽: a hotline call never answered is breached once 3 rings went by, not met', async () => {
    const r = await audit([
      ev('call-answered', '2026-03-02T10:00', { employee: 'E1', line: 'hotline', rings: 3, answered: false }),
      // The caller hung up on the 2nd ring: the line had not yet failed (as P08.phone-answer).
      ev('call-answered', '2026-03-02T11:00', { employee: 'E1', line: 'hotline', rings: 2, answered: false }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(findingsOf(r, 'P10.phone-answer').map((f) => f.result.status)).toEqual(['breached', 'not-applicable']);
  });

  it('P10 (二)操作程序: an answered hotline call within 3 rings with the greeting is still met', async () => {
    const r = await audit([
      ev('call-answered', '2026-03-02T10:00', { employee: 'E1', line: 'hotline', rings: 3, greeting }),
    ]);
    expect(only(r, 'P10.phone-answer').result.status).toBe('met');
  });
});

describe('private calls (#18: P01 行為 9 line 29, P08 4.1(3) line 194)', () => {
  it('a call marked private breaches P01 行為 9 at any length, and P08 4.1(3) at the front desk', async () => {
    const r = await audit([
      ev('call-made', '2026-03-02T09:00', { employee: 'E1', endedAt: '2026-03-02T09:00:30+08:00', private: true }),
      ev('call-made', '2026-03-02T10:00', { employee: 'E1', endedAt: '2026-03-02T10:05:00+08:00', private: false }),
      ev('call-made', '2026-03-02T11:00', { employee: 'E1', endedAt: '2026-03-02T11:01:00+08:00' }),
      ev('call-answered', '2026-03-02T12:00', { employee: 'E2', rings: 1, line: 'hotline', private: true }),
    ]);
    expect(findingsOf(r, 'P01.private-call').map((f) => [f.lines, f.result.status])).toEqual([
      [[1], 'breached'],
      [[2], 'met'],
      [[4], 'breached'],
    ]);
    // The hotline is the trading firm's (P10), not the front desk's: P08 judges line 1 only.
    expect(findingsOf(r, 'P08.on-duty-conduct').map((f) => f.lines)).toEqual([[1]]);
  });
});

describe('P10 (二) lines 292–293: the promised reply time and hanging up last', () => {
  it('an answer after the reply time promised to the caller is breached; by it, met', async () => {
    const r = await audit([
      ev('question-escalated', '2026-03-02T09:00', {
        case: 'Q1',
        employee: 'E1',
        promisedBy: '2026-03-02T09:20:00+08:00',
      }),
      ev('question-answered', '2026-03-02T09:25', { case: 'Q1', employee: 'E1' }),
      ev('question-escalated', '2026-03-02T10:00', {
        case: 'Q2',
        employee: 'E1',
        promisedBy: '2026-03-02T10:20:00+08:00',
      }),
      ev('question-answered', '2026-03-02T10:20', { case: 'Q2', employee: 'E1' }),
      ev('question-escalated', '2026-03-02T11:00', { case: 'Q3', employee: 'E1' }),
      ev('question-answered', '2026-03-02T11:10', { case: 'Q3', employee: 'E1' }),
    ]);
    // Q1 is within the 30 minutes of (二)1 but late on its own promise; Q3 promised nothing.
    expect(findingsOf(r, 'P10.promised-reply').map((f) => [f.key, f.result.status])).toEqual([
      ['Q1', 'breached'],
      ['Q2', 'met'],
    ]);
    expect(findingsOf(r, 'P10.callback-30min').map((f) => f.result.status)).toEqual(['met', 'met', 'met']);
  });

  it('an agent hanging up first on the hotline is breached; on the front desk it is no rule’s', async () => {
    const r = await audit([
      ev('call-answered', '2026-03-02T09:00', { employee: 'E1', rings: 1, line: 'hotline', hungUpBy: 'agent' }),
      ev('call-answered', '2026-03-02T09:10', { employee: 'E1', rings: 1, line: 'hotline', hungUpBy: 'caller' }),
      ev('call-answered', '2026-03-02T09:20', { employee: 'E1', rings: 1, hungUpBy: 'agent' }),
    ]);
    expect(findingsOf(r, 'P10.hang-up').map((f) => [f.lines, f.result.status])).toEqual([
      [[1], 'breached'],
      [[2], 'met'],
    ]);
  });
});

describe('P10.hang-up reaches the ledger (P10 (五)1: 100 yuan the first time)', () => {
  it('a breach is priced through the P10 ladder', async () => {
    const r = await audit([
      ev('call-answered', '2026-03-02T09:00', { employee: 'E1', rings: 1, line: 'hotline', hungUpBy: 'agent' }),
    ]);
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ ownFines: 100 });
  });
});

describe('P05 三 line 139: every service-hotline call on record (#18)', () => {
  it('reproduction: a hotline-call-recorded line not recorded is breached; recorded, met', async () => {
    const none = await audit([ev('hotline-call-recorded', '2026-03-02T10:00', { recorded: false })]);
    expect(only(none, 'P05.hotline-record').result.status).toBe('breached');
    const kept = await audit([
      ev('hotline-call-recorded', '2026-03-02T10:00', { recorded: true, repair: true, repairNoted: true }),
    ]);
    expect(only(kept, 'P05.hotline-record').result.status).toBe('met');
    expect(kept.summary.rejected).toBe(0);
  });
});
