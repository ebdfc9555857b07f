/**
 * Streaming: findings come out as soon as they are decided; with `maxDelay` the log's horizon settles
 * overdue obligations and closes months while reading, and an event older than the horizon is rejected.
 */
import { describe, expect, it } from 'vitest';
import { runAudit, streamAudit } from './stream.js';
import { asOf, ev, org } from './test-kit.js';
import type { AuditRecord } from './types.js';

async function records(lines: string[], maxDelay?: string) {
  const out: { record: AuditRecord; read: number }[] = [];
  let read = 0;
  function* source() {
    for (const line of lines) {
      read += 1;
      yield line;
    }
  }
  const it = streamAudit(source(), { asOf: '2026-05-31T23:59:59+08:00', org, ...(maxDelay && { maxDelay }) });
  let next = await it.next();
  while (!next.done) {
    out.push({ record: next.value, read });
    next = await it.next();
  }
  return { out, summary: next.value.summary };
}

const ruleOf = (r: AuditRecord) =>
  r.type === 'finding'
    ? r.finding.result.ruleId
    : r.type === 'rejected'
      ? r.rejected.code
      : r.type === 'warning'
        ? r.warning.code
        : r.type === 'checkpoint'
          ? r.checkpoint.month
          : r.entry.month;

describe('streaming', () => {
  it('with maxDelay, an unanswered complaint is decided once the horizon passes it, and March closes in April', async () => {
    const lines = [
      ev('complaint-received', '2026-03-30T09:00', { case: 'C1', employee: 'E1' }),
      ev('arrived', '2026-03-31T08:30', { employee: 'E2', shiftStart: '2026-03-31T08:30:00+08:00' }),
      ev('arrived', '2026-04-03T08:30', { employee: 'E2', shiftStart: '2026-04-03T08:30:00+08:00' }),
      ev('arrived', '2026-04-20T08:30', { employee: 'E2', shiftStart: '2026-04-20T08:30:00+08:00' }),
      ev('arrived', '2026-04-01T08:30', { employee: 'E2', shiftStart: '2026-04-01T08:30:00+08:00' }), // too late
    ];
    const streamed = await records(lines, 'P1D');
    const reply = streamed.out.find((x) => ruleOf(x.record) === 'P01.complaint-reply');
    expect(reply?.read).toBe(3); // decided on reading 3 April: due 30 March 11:00, plus a day, has passed
    const marchScores = streamed.out.filter(
      (x) =>
        x.record.type === 'finding' &&
        x.record.finding.result.ruleId === 'P12.monthly-score' &&
        x.record.finding.key === '2026-03',
    );
    expect(marchScores.length).toBeGreaterThan(0);
    expect(marchScores.every((x) => x.read === 3)).toBe(true); // March closed on reading 3 April
    const late = streamed.out.find((x) => x.record.type === 'rejected');
    expect(late?.record).toMatchObject({ type: 'rejected', rejected: { line: 5, code: 'late-event' } });
    expect(streamed.summary).toMatchObject({ lines: 5, evaluated: 4, rejected: 1 });

    // Without maxDelay the same verdict comes at the end, and nothing is late.
    const exact = await records(lines);
    const atEnd = exact.out.find((x) => ruleOf(x.record) === 'P01.complaint-reply');
    expect(atEnd?.read).toBe(5);
    expect(atEnd?.record).toEqual(reply?.record);
    expect(exact.summary).toMatchObject({ lines: 5, evaluated: 5, rejected: 0 });
  });

  it('a follow-up to a case the horizon already settled is named as late', async () => {
    const lines = [
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-replied', '2026-03-02T10:00', { case: 'C1', nextReplyAt: '2026-03-03T10:00:00+08:00' }),
      ev('complaint-closed', '2026-03-02T11:00', { case: 'C1' }),
      ev('arrived', '2026-03-06T08:30', { employee: 'E2', shiftStart: '2026-03-06T08:30:00+08:00' }),
      ev('complaint-called-back', '2026-03-05T10:00', { case: 'C1' }), // within maxDelay of the clock, but C1 is settled
      ev('arrived', '2026-03-09T08:30', { employee: 'E2', shiftStart: '2026-03-09T08:30:00+08:00' }),
    ];
    const { out, summary } = await records(lines, 'P2D');
    const late = out.find((x) => x.record.type === 'rejected');
    expect(late?.record).toMatchObject({ rejected: { line: 5, code: 'late-event' } });
    expect(late?.record.type === 'rejected' && late.record.rejected.reason).toContain('C1 was already settled');
    expect(summary).toMatchObject({ lines: 6, rejected: 1 });
  });

  it('rejects a bad maxDelay up front', () => {
    expect(() => streamAudit([], { asOf, maxDelay: 'two days' })).toThrow(/maxDelay/);
  });

  describe('streamLedger', () => {
    const lines = [
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('arrived', '2026-03-02T08:40', { employee: 'E2', shiftStart: '2026-03-02T08:30:00+08:00' }),
      ev('arrived', '2026-04-03T08:30', { employee: 'E2', shiftStart: '2026-04-03T08:30:00+08:00' }),
      ev('arrived', '2026-04-20T08:45', { employee: 'E1', shiftStart: '2026-04-20T08:30:00+08:00' }),
      ev('arrived', '2026-05-04T08:30', { employee: 'E1', shiftStart: '2026-05-04T08:30:00+08:00' }),
    ];
    const options = { asOf: '2026-05-31T23:59:59+08:00', org };

    async function streamed(maxDelay?: string) {
      const rows: { month: string; employee: string; read: number }[] = [];
      let read = 0;
      function* source() {
        for (const line of lines) {
          read += 1;
          yield line;
        }
      }
      const it = streamAudit(source(), { ...options, ...(maxDelay && { maxDelay }), streamLedger: true });
      let next = await it.next();
      while (!next.done) {
        if (next.value.type === 'ledger') rows.push({ ...next.value.entry, read });
        next = await it.next();
      }
      return { rows, end: next.value };
    }

    it('hands out the same rows, in the same order, as the returned ledger (exact mode: at the end)', async () => {
      const whole = await runAudit(lines, options);
      const { rows, end } = await streamed();
      expect(end.ledger).toEqual([]);
      expect(rows.map(({ read, ...entry }) => entry)).toEqual(whole.ledger);
      expect(rows.every((r) => r.read === lines.length)).toBe(true);
      expect(new Set(rows.map((r) => r.month))).toEqual(new Set(['2026-03', '2026-04', '2026-05']));
      // runAudit with the option collects the rows it streamed: the report is the same.
      expect((await runAudit(lines, { ...options, streamLedger: true })).ledger).toEqual(whole.ledger);
    });

    it('with maxDelay, a month’s rows come out while reading, once the horizon passes the month', async () => {
      const { rows } = await streamed('P1D');
      const march = rows.filter((r) => r.month === '2026-03');
      expect(march.length).toBeGreaterThan(0);
      expect(march.every((r) => r.read === 3)).toBe(true); // March settled on reading 3 April
      expect(rows.filter((r) => r.month === '2026-04').every((r) => r.read === 5)).toBe(true);
      const whole = await runAudit(lines, { ...options, maxDelay: 'P1D' });
      expect(rows.map(({ read, ...entry }) => entry)).toEqual(whole.ledger);
    });

    it('rejects a streamLedger that is not a boolean', () => {
      expect(() => streamAudit([], { asOf, streamLedger: 'yes' as unknown as boolean })).toThrow(/streamLedger/);
    });
  });
});
