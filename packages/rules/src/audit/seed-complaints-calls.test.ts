/**
 * Review of the complaints, calls, services, tickets and bonuses families against the seed: each test names
 * the clause it checks and a defect the audit had (the facts it built, or failed to build, from the events).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, org } from './test-kit.js';

describe('complaints', () => {
  it('P01 投訴 5: the 2 h for an invalid complaint run from its confirmation as invalid', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-invalidated', '2026-03-02T12:00', { case: 'C1' }),
      ev('complaint-replied', '2026-03-02T13:00', { case: 'C1' }),
    ]);
    const f = only(r, 'P01.complaint-reply');
    expect(f.result.status).toBe('met');
    expect(f.result.dueAt).toBe('2026-03-02T14:00:00.000+08:00');
  });

  it('P01 投訴 5: a complaint invalid at receipt is due 2 h after receipt', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1', valid: false }),
      ev('complaint-replied', '2026-03-02T11:30', { case: 'C1' }),
    ]);
    expect(only(r, 'P01.complaint-reply').result.status).toBe('breached');
  });

  it('P04 1.6: a complaint confirmed invalid is no complaint, as one received invalid is not', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-invalidated', '2026-03-02T10:00', { case: 'C1' }),
      ev('complaint-invalidated', '2026-03-02T10:05', { case: 'C1' }),
      ev('complaint-replied', '2026-03-02T10:30', { case: 'C1' }),
      ev('complaint-received', '2026-03-03T09:00', { case: 'C2', employee: 'E1', valid: false }),
      ev('complaint-invalidated', '2026-03-03T09:30', { case: 'C2' }),
      ev('complaint-replied', '2026-03-03T10:00', { case: 'C2' }),
    ]);
    const cs = findingsOf(r, 'P04.zero-incidents').find((f) => f.department === 'CS');
    expect(cs?.result.status).toBe('met');
  });

  it('P13 第十條: without a market the closure window is not guessed (15 or 20 days): the case is rejected', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M1', scheme: 'manufacturing', employee: 'E1' }),
      ev('complaint-accepted', '2026-03-01T10:00', { case: 'M1' }),
      ev('complaint-closed', '2026-03-19T10:00', { case: 'M1' }),
    ]);
    expect(findingsOf(r, 'P13.closure')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toContain('invalid-facts');
    expect(r.rejected.some((x) => x.reason.includes('market'))).toBe(true);
  });

  it('P13 第十條: the market given on receipt or on acceptance decides 15 or 20 days', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M1', scheme: 'manufacturing', market: 'foreign' }),
      ev('complaint-accepted', '2026-03-01T10:00', { case: 'M1' }),
      ev('complaint-closed', '2026-03-19T10:00', { case: 'M1' }),
    ]);
    expect(only(r, 'P13.closure').result.status).toBe('met');
  });

  it('P09 第七條, 第十六條: a retail complaint not established opens no case to close and no record card', async () => {
    const r = await audit(
      [
        ev('complaint-received', '2026-03-02T09:00', { case: 'R1', scheme: 'retail', employee: 'E1' }),
        ev('complaint-invalidated', '2026-03-02T11:00', { case: 'R1' }),
        ev('complaint-received', '2026-03-03T09:00', { case: 'R2', scheme: 'retail', valid: false }),
      ],
      { asOf: '2026-03-31T00:00:00+08:00' },
    );
    for (const rule of ['P09.closure', 'P09.record-card']) {
      const found = findingsOf(r, rule);
      expect(found.map((f) => f.result.status)).toEqual(['not-applicable', 'not-applicable']);
    }
  });
});

describe('P13: who answers for each step', () => {
  const log = (quality: Record<string, unknown>, gm: Record<string, unknown>) => [
    ev('complaint-received', '2026-03-02T09:00', { case: 'M1', scheme: 'manufacturing', employee: 'E1' }),
    ev('complaint-accepted', '2026-03-02T10:00', { case: 'M1', market: 'domestic' }),
    ev('complaint-handled', '2026-03-03T10:00', { case: 'M1', ...quality }),
    // 5 days: the report was due within 3 (第九條(二)).
    ev('investigation-reported', '2026-03-08T10:00', { case: 'M1' }),
    ev('sales-result-received', '2026-03-09T10:00', { case: 'M1', ...gm }),
    // 2 days: the opinion was due within 1 (第九條(五)).
    ev('opinion-written', '2026-03-11T10:00', { case: 'M1' }),
    ev('complaint-closed', '2026-03-12T10:00', { case: 'M1' }),
  ];

  it('P13 第九條(二),(五): the quality department’s report and the GM office’s opinion are theirs, not the receiving salesperson’s', async () => {
    const r = await audit(log({ employee: 'G1' }, { department: 'CS' }));
    const report = only(r, 'P13.investigation-report');
    expect(report.result.status).toBe('breached');
    expect(report).toMatchObject({ employee: 'G1', department: 'ENG' });
    const opinion = only(r, 'P13.opinion');
    expect(opinion.result.status).toBe('breached');
    expect(opinion.employee).toBeUndefined();
    expect(opinion.department).toBe('CS');
    // The closure is the case's own: its employee still answers for it.
    expect(only(r, 'P13.closure').employee).toBe('E1');
  });

  it('P13 第九條(二),(五): a step no line names anyone for goes to nobody’s ledger, never to the salesperson', async () => {
    const r = await audit(log({}, {}));
    for (const rule of ['P13.investigation-report', 'P13.opinion']) {
      const f = only(r, rule);
      expect(f.result.status).toBe('breached');
      expect(f.employee).toBeUndefined();
      expect(f.department).toBeUndefined();
    }
    // The test organisation prices every rule's breach on the P10 ladder: none of these reaches E1.
    const ladder = findingsOf(r, 'P10.repeat-violation').filter((f) => f.employee === 'E1');
    expect(ladder.map((f) => f.key)).not.toContainEqual(expect.stringContaining('P13.opinion'));
    expect(ladder.map((f) => f.key)).not.toContainEqual(expect.stringContaining('P13.investigation-report'));
  });
});

describe('P08 4.14: callbacks counted for the month', () => {
  const monthly = (lines: string[]) => audit(lines, { org: { ...org, obligations: ['P08.monthly-callback'] } });

  it('P08 4.14: a callback to a complaint never received is rejected and not counted as a callback', async () => {
    const r = await monthly([ev('complaint-called-back', '2026-03-05T10:00', { case: 'NOPE' })]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'orphan-event' }]);
    expect(only(r, 'P08.monthly-callback').result.explanation.en).toContain('0 callback(s)');
  });

  it('P08 4.14: a callback logged before its complaint’s receipt counts once the receipt comes', async () => {
    const r = await monthly([
      ev('complaint-called-back', '2026-03-05T10:00', { case: 'C1' }),
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1', valid: false }),
      ev('service-called-back', '2026-03-06T10:00', { case: 'V1' }),
      ev('service-completed', '2026-03-04T10:00', { case: 'V1', employee: 'E2' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P08.monthly-callback').result.explanation.en).toContain('2 callback(s)');
  });

  // The reproduction: the first summary READ was the month's, so a late copy read before the one made in time
  // turned the month's verdict into a breach; in the other order it was met.
  it('P08 4.14: the month’s summary is its earliest by time, in either line order', async () => {
    const call = ev('complaint-called-back', '2026-03-05T10:00', { case: 'C1' });
    const received = ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1', valid: false });
    const inTime = ev('report-submitted', '2026-03-31T18:00', { rule: 'P08.monthly-callback', period: '2026-03' });
    const late = ev('report-submitted', '2026-04-03T09:00', { rule: 'P08.monthly-callback', period: '2026-03' });
    const asOf = '2026-04-10T00:00:00+08:00';
    const verdict = async (lines: string[]) => {
      const r = await audit(lines, { org: { ...org, obligations: ['P08.monthly-callback'] }, asOf });
      return findingsOf(r, 'P08.monthly-callback').find((f) => f.key === '2026-03')?.result.status;
    };
    expect(await verdict([received, call, inTime, late])).toBe('met');
    expect(await verdict([received, call, late, inTime])).toBe('met');
  });
});

describe('P09 第十五條: the record card of a complaint still being handled', () => {
  it('P09 第十五條: at asOf, a card still waiting for the handling department’s opinion is pending, not breached', async () => {
    const card = {
      case: 'R1',
      scheme: 'retail',
      employee: 'E1',
      customer: '某代理商',
      request: '退貨',
      number: 'TS-1',
    };
    const open = await audit([ev('complaint-received', '2026-03-30T09:00', card)]);
    expect(only(open, 'P09.record-card').result.status).toBe('pending');
    const closed = await audit([
      ev('complaint-received', '2026-03-02T09:00', card),
      ev('complaint-closed', '2026-03-05T09:00', { case: 'R1' }),
    ]);
    expect(only(closed, 'P09.record-card').result.status).toBe('breached');
  });
});
