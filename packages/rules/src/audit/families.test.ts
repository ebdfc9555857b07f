/**
 * Correlation, family by family: the events of docs/events.md become each rule's facts, and the finding
 * is the rule's own result (the audit implements no rule). Each block runs once its rules are registered.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from './test-kit.js';

describe('complaints', () => {
  it('decides P01.complaint-reply at settlement, on the earliest reply by time (a reply read later may be earlier)', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-replied', '2026-03-02T10:30', { case: 'C1', nextReplyAt: '2026-03-03T10:00:00+08:00' }),
      ev('complaint-closed', '2026-03-02T12:00', { case: 'C1' }),
      ev('complaint-called-back', '2026-03-03T12:00', { case: 'C1' }),
    ]);
    const f = only(r, 'P01.complaint-reply');
    expect(f.result.status).toBe('met');
    // Decided at the end (no maxDelay): the case's lines all in, not the reply's line (#18 seed-a).
    expect(f.lines).toEqual([1, 2, 3, 4]);
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
