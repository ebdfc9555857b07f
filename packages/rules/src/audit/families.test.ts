/**
 * Correlation, family by family: the events of docs/events.md become each rule's facts, and the finding
 * is the rule's own result (the audit implements no rule). Each block runs once its rules are registered.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from './test-kit.js';

describe('complaints', () => {
  it('decides P01.complaint-reply on the reply line, before the end', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-replied', '2026-03-02T10:30', { case: 'C1', nextReplyAt: '2026-03-03T10:00:00+08:00' }),
      ev('complaint-closed', '2026-03-02T12:00', { case: 'C1' }),
      ev('complaint-called-back', '2026-03-03T12:00', { case: 'C1' }),
    ]);
    const f = only(r, 'P01.complaint-reply');
    expect(f.result.status).toBe('met');
    expect(f.lines).toEqual([1, 2]); // decided by line 2: later lines are not part of it
    expect(f).toMatchObject({ key: 'C1', employee: 'E1', department: 'CS' });
    expect(r.summary).toMatchObject({ lines: 4, evaluated: 4, rejected: 0 });
  });

  it('judges an unanswered complaint at the end as of asOf', async () => {
    const lines = [ev('complaint-received', '2026-03-31T22:00', { case: 'C2', employee: 'E1' })];
    const pending = await audit(lines, { asOf: '2026-03-31T22:30:00+08:00' });
    expect(only(pending, 'P01.complaint-reply').result.status).toBe('pending');
    const atRisk = await audit(lines, { asOf: '2026-03-31T23:40:00+08:00' });
    expect(only(atRisk, 'P01.complaint-reply').result.status).toBe('at-risk');
    const breached = await audit(lines, { asOf: '2026-04-01T09:00:00+08:00' });
    expect(only(breached, 'P01.complaint-reply').result.status).toBe('breached');
  });

  it('an invalidated complaint is judged with the invalid window', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C3', valid: true }),
      ev('complaint-invalidated', '2026-03-02T09:10', { case: 'C3' }),
      ev('complaint-replied', '2026-03-02T10:00', { case: 'C3' }),
    ]);
    expect(only(r, 'P01.complaint-reply').result.status).toBe('met'); // no next reply time owed
  });

  it('counts valid complaints called back in their month', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'A', settledOnSpot: true }),
      ev('complaint-called-back', '2026-03-03T09:00', { case: 'A' }),
      ev('complaint-received', '2026-03-04T09:00', { case: 'B', settledOnSpot: true }),
      ev('complaint-received', '2026-03-05T09:00', { case: 'X', valid: false }),
      ev('complaint-replied', '2026-03-05T09:30', { case: 'X' }),
    ]);
    const f = only(r, 'P01.complaint-callback-rate');
    expect(f.result.status).toBe('breached');
    expect(f.result.measured?.value).toBeCloseTo(0.5);
    expect(f.key).toBe('2026-03');
  });

  it('retail complaints: closure in 7 days and the record card', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', {
        case: 'R1',
        scheme: 'retail',
        customer: '业主 3-201',
        request: '退换',
        number: 'R1',
      }),
      ev('complaint-closed', '2026-03-12T09:00', { case: 'R1', departmentOpinion: '同意' }),
    ]);
    expect(only(r, 'P09.closure').result.status).toBe('breached');
    expect(only(r, 'P09.record-card').result.status).toBe('met');
    expect(findingsOf(r, 'P01.complaint-reply')).toHaveLength(0);
  });

  it('manufacturing complaints: acceptance, investigation report, GM opinion, closure', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'M1', scheme: 'manufacturing' }),
      ev('complaint-accepted', '2026-03-02T10:00', { case: 'M1', market: 'foreign' }),
      ev('complaint-handled', '2026-03-03T10:00', { case: 'M1' }),
      ev('investigation-reported', '2026-03-08T10:00', { case: 'M1' }),
      ev('sales-result-received', '2026-03-09T10:00', { case: 'M1' }),
      ev('opinion-written', '2026-03-09T18:00', { case: 'M1' }),
      ev('complaint-closed', '2026-03-20T10:00', { case: 'M1' }),
    ]);
    expect(only(r, 'P13.investigation-report').result.status).toBe('breached');
    expect(only(r, 'P13.opinion').result.status).toBe('met');
    expect(only(r, 'P13.closure').result.status).toBe('met'); // foreign: 20 days
    expect(only(r, 'P13.overdue-action').result.kind).toBe('compute');
  });

  it('a reply to a complaint never received is rejected, with its line', async () => {
    const r = await audit([ev('complaint-replied', '2026-03-02T10:00', { case: 'NOPE' })]);
    expect(r.rejected).toEqual([expect.objectContaining({ line: 1, code: 'orphan-event' })]);
    expect(r.summary).toMatchObject({ lines: 1, evaluated: 0, rejected: 1 });
  });
});

describe('conduct', () => {
  it('P12 items at once, chatting as a month ladder, P10 fines at once', async () => {
    const r = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'dress', missing: ['badge'] }),
      ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'chatting' }),
      ev('conduct-breach', '2026-03-04T09:00', { employee: 'E1', kind: 'chatting' }),
      ev('conduct-breach', '2026-03-05T09:00', { employee: 'E1', kind: 'chatting', severity: 'heavy' }),
      ev('conduct-breach', '2026-03-06T09:00', { employee: 'E2', kind: 'private-dealings' }),
      ev('conduct-breach', '2026-03-07T09:00', { employee: 'E2', kind: 'leak' }),
    ]);
    expect(only(r, 'P12.dress').result.status).toBe('breached');
    const chatting = only(r, 'P12.chatting');
    expect(chatting.lines).toEqual([1, 2, 3, 4]);
    expect(chatting.result.sanctions.some((s) => s.type === 'warning')).toBe(true);
    expect(only(r, 'P10.private-dealings').result.sanctions).toEqual([
      expect.objectContaining({ type: 'fine', amount: 200 }),
    ]);
    expect(only(r, 'P10.leak').result.sanctions).toEqual([expect.objectContaining({ type: 'fine', amount: 1000 })]);
  });

  it('P11 desk rules, phone bill charges, praise', async () => {
    const r = await audit([
      ev('number-disclosed', '2026-03-02T09:00', { employee: 'E1', supervisorApproved: false }),
      ev('item-held', '2026-03-02T10:00', { employee: 'E1', approved: true }),
      ev('phone-bill', '2026-03-28T10:00', { employee: 'E1', bill: 150, quota: 120 }),
      ev('praised', '2026-03-10T10:00', { employee: 'E2', severity: 'medium' }),
    ]);
    expect(only(r, 'P11.disclosure').result.status).toBe('breached');
    expect(only(r, 'P11.item-holding').result.status).toBe('met');
    expect(only(r, 'P12.praise').result.sanctions).toEqual([expect.objectContaining({ type: 'points' })]);
    expect(r.ledger.find((e) => e.employee === 'E1')?.charges).toBe(30);
  });

  it('P04 zero incidents per department and month', async () => {
    const r = await audit([
      ev('accident', '2026-03-02T09:00', { department: 'ENG' }),
      ev('complaint-received', '2026-03-03T09:00', { case: 'C', employee: 'E1', settledOnSpot: true }),
    ]);
    const byDept = Object.fromEntries(findingsOf(r, 'P04.zero-incidents').map((f) => [f.department, f.result.status]));
    expect(byDept).toEqual({ CS: 'breached', ENG: 'breached' });
  });
});

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

describe('documents, materials, tickets', () => {
  it('P02: loans, signatures, routes, numbering', async () => {
    const steps = ['signed-in', 'classified', 'registered', 'gm-reviewed', 'circulated', 'delivered', 'handled'];
    const r = await audit([
      ev('document-borrowed', '2026-03-02T09:00', {
        case: 'D1',
        purpose: 'audit',
        handler: 'E1',
        returnBy: '2026-03-05',
      }),
      ev('document-returned', '2026-03-04T09:00', { case: 'D1' }),
      ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
      ev('document-modified', '2026-03-03T09:00', { case: 'D2' }),
      ...[...steps, 'result-written', 'filed'].map((step, i) =>
        ev('document-step', `2026-03-0${2 + Math.floor(i / 4)}T1${i % 4}:00`, { case: 'D3', flow: 'incoming', step }),
      ),
      ev('document-numbered', '2026-03-02T09:00', { number: 1 }),
      ev('document-numbered', '2026-03-02T09:00', { number: 3 }),
    ]);
    expect(only(r, 'P02.borrowing-record').result.status).toBe('met');
    expect(only(r, 'P02.signed-immutable').result.status).toBe('breached');
    expect(only(r, 'P02.incoming-route').result.status).toBe('met');
    expect(only(r, 'P02.numbering-continuity').result.status).toBe('breached');
  });

  it('P06: the form, then the steps in order', async () => {
    const steps = [
      'planner-check',
      'manager-approve',
      'supervisor-sign',
      'sent-to-production',
      'copy-to-business-management',
    ];
    const r = await audit([
      ev('requisition-raised', '2026-03-02T09:00', {
        case: 'M1',
        materialCode: 'X',
        materialName: 'Y',
        urgency: 'normal',
        reviewedBySiteChief: true,
      }),
      ...steps.map((step, i) => ev('requisition-step', `2026-03-02T1${i}:00`, { case: 'M1', step })),
    ]);
    expect(only(r, 'P06.requisition-form').result.status).toBe('met');
    expect(only(r, 'P06.requisition-approvals').result.status).toBe('breached');
  });

  it('P07: takings by the end of the shift', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T13:00', { employee: 'E1', shiftEnd: '2026-03-02T15:00:00+08:00' }),
      ev('takings-remitted', '2026-03-02T16:00', { employee: 'E1', soldOn: '2026-03-02' }),
      ev('ticket-stock', '2026-03-02T17:00', { stock: 0, requested: false }),
    ]);
    expect(only(r, 'P07.daily-remittance')).toMatchObject({ key: 'E1 2026-03-02', lines: [1, 2] });
    expect(only(r, 'P07.daily-remittance').result.status).toBe('breached');
    expect(only(r, 'P07.stock-out').result.status).toBe('breached');
  });
});

describe('periodic reports', () => {
  it('a report decides its period at once; a period with none is judged at the end', async () => {
    const r = await audit(
      [
        ev('report-submitted', '2026-03-20T09:00', { rule: 'P14.attendance-report', period: '2026-03' }),
        ev('report-submitted', '2026-03-12T09:00', { rule: 'P13.monthly-summary', period: '2026-02' }),
        ev('arrived', '2026-03-31T08:00', { employee: 'E1', shiftStart: '2026-03-31T08:30:00+08:00' }),
      ],
      { asOf: '2026-04-11T00:00:00+08:00' },
    );
    expect(only(r, 'P14.attendance-report').result.status).toBe('met');
    const summaries = findingsOf(r, 'P13.monthly-summary').map((f) => [f.key, f.result.status]);
    expect(summaries).toEqual([
      ['2026-02', 'breached'], // due 10 March
      ['2026-03', 'breached'], // never submitted, due 10 April, judged as of 11 April
    ]);
    const march = findingsOf(r, 'P13.monthly-summary')[1];
    expect(march?.lines).toEqual([]);
  });

  it('listed obligations cover every day of the log', async () => {
    const r = await audit(
      [
        ev('report-submitted', '2026-03-02T20:00', { rule: 'P08.daily-log-check', period: '2026-03-02' }),
        ev('arrived', '2026-03-04T08:00', { employee: 'E1', shiftStart: '2026-03-04T08:30:00+08:00' }),
      ],
      {
        org: {
          departments: [{ id: 'CS' }],
          people: [{ id: 'E1', department: 'CS' }],
          obligations: ['P08.daily-log-check'],
        },
      },
    );
    expect(findingsOf(r, 'P08.daily-log-check').map((f) => [f.key, f.result.status])).toEqual([
      ['2026-03-02', 'met'],
      ['2026-03-03', 'breached'],
      ['2026-03-04', 'breached'],
    ]);
  });
});

describe('the generic facts event', () => {
  it('hands a rule its facts as they are', async () => {
    const r = await audit([
      ev('facts', '2026-03-31T10:00', {
        rule: 'P01.household-visits',
        facts: { month: '2026-03', households: 100, visited: 6 },
      }),
    ]);
    expect(only(r, 'P01.household-visits').result.status).toBe('met');
  });

  it('an unknown rule or bad facts reject the line with the rule’s reason', async () => {
    const r = await audit([
      ev('facts', '2026-03-31T10:00', { rule: 'P99.nothing', facts: {} }),
      ev('facts', '2026-03-31T10:00', { rule: 'P01.complaint-reply', facts: { valid: true } }),
    ]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([
      [1, 'unknown-rule'],
      [2, 'invalid-facts'],
    ]);
    expect(r.rejected[1]?.error?.issues[0]?.path).toEqual(['receivedAt']);
  });
});

describe('surveys, plans, duty-record reviews', () => {
  it('each event decides its period; survey collection follows its issue', async () => {
    const r = await audit(
      [
        ev('survey-issued', '2026-06-10T10:00', { half: '2026-H1', issued: 180, occupiedHouseholds: 180 }),
        ev('survey-collected', '2026-06-20T10:00', { half: '2026-H1', returned: 100 }),
        ev('community-plan-made', '2026-12-15T10:00', { year: 2027, costsConfirmed: true }),
        ev('duty-records-reviewed', '2026-06-30T10:00', {
          month: '2026-06',
          recordsTotal: 90,
          recordsSpotChecked: 10,
        }),
      ],
      { asOf: '2026-12-31T23:59:59+08:00' },
    );
    // The log spans both halves of 2026: the second half's survey is judged too, never issued.
    expect(findingsOf(r, 'P01.survey-issue').map((f) => [f.key, f.result.status])).toEqual([
      ['2026-H1', 'met'],
      ['2026-H2', 'at-risk'],
    ]);
    expect(only(r, 'P01.survey-collection').lines).toEqual([1, 2]);
    expect(only(r, 'P01.community-plan').result.status).toBe('met');
    const reviews = findingsOf(r, 'P01.duty-record-review');
    expect(reviews.find((f) => f.key === '2026-06')?.result.status).toBe('breached'); // 11% spot-checked
    expect(reviews.map((f) => f.key)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(r.summary.rejected).toBe(0);
  });
});
