/**
 * The same input in any order of independent cases gives the same results: the same findings (tied to
 * the same events, whatever their line numbers), the same rejections, the same ledger and summary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, ev } from './test-kit.js';
import type { AuditReport } from './types.js';

/** A month of independent cases; several share an employee (the P10 ladder, the P12 month). */
function cases(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 6; i += 1) {
    const day = `2026-03-${String(2 + i * 4).padStart(2, '0')}`;
    const who = i % 2 ? 'E1' : 'E2';
    out.push([
      ev('complaint-received', `${day}T09:00`, { case: `C${i}`, employee: who }),
      ev('complaint-replied', `${day}T${i % 3 ? '10' : '13'}:00`, {
        case: `C${i}`,
        nextReplyAt: `${day}T18:00:00+08:00`,
      }),
      ...(i % 2 ? [ev('complaint-called-back', `${day}T15:00`, { case: `C${i}` })] : []),
      ev('complaint-closed', `${day}T16:00`, { case: `C${i}` }),
    ]);
    out.push([
      ev('repair-ordered', `${day}T11:00`, { case: `W${i}`, employee: 'G1' }),
      ev('engineer-arrived', `${day}T11:${i % 2 ? '30' : '10'}`, { case: `W${i}`, employee: 'G1' }),
      ev('repair-completed', `${day}T12:00`, { case: `W${i}` }),
      ...(i === 3 ? [] : [ev('repair-feedback', `${day}T17:00`, { case: `W${i}` })]),
    ]);
    out.push([ev('arrived', `${day}T08:${30 + i}`, { employee: who, shiftStart: `${day}T08:30:00+08:00` })]);
    out.push([
      ev('conduct-breach', `${day}T14:00`, { employee: who, kind: 'chatting', severity: i % 2 ? 'heavy' : 'light' }),
    ]);
    out.push([
      ev('call-answered', `${day}T10:00`, {
        employee: who,
        rings: 1 + (i % 5),
        greeting: '您好，中原物業',
        endedAt: `${day}T10:${i % 2 ? '12' : '03'}:00+08:00`,
      }),
    ]);
  }
  out.push([ev('loss-assessed', '2026-03-20T10:00', { department: 'CS', loss: 900 })]);
  // A P12 ladder handed in as facts joins E1's month; E2's sanctions are priced at month close, in time
  // order (two at one instant), after the loss share.
  out.push([
    ev('facts', '2026-03-09T10:00', {
      rule: 'P12.chatting',
      employee: 'E1',
      facts: { count: 2, severity: { third: 'heavy' } },
    }),
  ]);
  out.push([ev('sanction-imposed', '2026-03-15T10:00', { employee: 'E2', sanction: 'warning' })]);
  out.push([ev('sanction-imposed', '2026-03-15T10:00', { employee: 'E2', sanction: 'minor-demerit', bases: 2 })]);
  out.push([ev('sanction-imposed', '2026-03-12T10:00', { employee: 'E2', sanction: 'minor-demerit' })]);
  out.push([ev('complaint-replied', '2026-03-21T10:00', { case: 'ORPHAN' })]);
  out.push(['{"type":"arrived"']);
  out.push([ev('report-submitted', '2026-03-10T10:00', { rule: 'P13.monthly-summary', period: '2026-02' })]);
  return out;
}

function canonical(report: AuditReport, lines: readonly string[]) {
  const text = (n: number) => lines[n - 1] ?? `#${n}`;
  const findings = report.findings
    .map((f) => JSON.stringify([f.result, f.key, f.employee, f.department, f.lines.map(text).sort()]))
    .sort();
  const rejected = report.rejected.map((r) => JSON.stringify([text(r.line), r.code, r.reason])).sort();
  return { findings, rejected, ledger: report.ledger, summary: report.summary };
}

/** Interleave cases: `picks` chooses which case gives its next line; each case keeps its own order. */
function interleave(all: readonly (readonly string[])[], picks: readonly number[]): string[] {
  const queues = all.map((c) => [...c]);
  const out: string[] = [];
  let k = 0;
  for (;;) {
    const open = queues.filter((q) => q.length > 0);
    if (open.length === 0) return out;
    const q = open[(picks[k % picks.length] ?? 0) % open.length];
    k += 1;
    const line = q?.shift();
    if (line !== undefined) out.push(line);
  }
}

describe('order of independent cases', () => {
  it('property: any interleaving gives the same findings, rejections, ledger and summary', async () => {
    const all = cases();
    const straight = all.flat();
    const expected = canonical(await audit(straight), straight);
    expect(expected.findings.length).toBeGreaterThan(40);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 }), async (picks) => {
        const lines = interleave(all, picks);
        expect(canonical(await audit(lines), lines)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
