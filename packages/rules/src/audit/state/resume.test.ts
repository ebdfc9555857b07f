/**
 * Checkpoint and resume (#14): auditing `A ++ B` in one go gives the same findings and rejections decided
 * after the split, and the same ledger rows for the months still open at the split, as auditing `B`
 * resumed from the checkpoint of `A` (sent through JSON, as a file or a request body carries it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { runAudit, streamAudit } from '../stream.js';
import { ev, org } from '../test-kit.js';
import type { AuditOptions, AuditRecord, LedgerEntry } from '../types.js';

/** One go over every line: the records handed out after line `split` was read, and the ledger. */
async function oneGo(lines: readonly string[], split: number, options: AuditOptions) {
  let pulled = 0;
  let ended = false;
  const counted = {
    *[Symbol.iterator]() {
      for (const line of lines) {
        pulled += 1;
        yield line;
      }
      ended = true;
    },
  };
  const after: AuditRecord[] = [];
  const records = streamAudit(counted, options);
  for (;;) {
    const next = await records.next();
    if (next.done) return { after, ledger: next.value.ledger };
    // A line's records are all handed out before the next line is taken: these came from a line after the
    // split, or from the end of the log (what is judged once every line is read).
    if (pulled > split || ended) after.push(next.value);
  }
}

/** `A`, checkpointed, then `B` resumed from the checkpoint sent through JSON. */
async function resumed(lines: readonly string[], split: number, options: AuditOptions) {
  const first = await runAudit(lines.slice(0, split), { ...options, checkpoint: true });
  const state: unknown = JSON.parse(JSON.stringify(first.state));
  const second = await runAudit(lines.slice(split), { ...options, resumeFrom: state });
  return { first, second };
}

async function expectSameAfter(lines: readonly string[], split: number, options: AuditOptions) {
  const whole = await oneGo(lines, split, options);
  const { second } = await resumed(lines, split, options);
  const after = whole.after.filter((r) => r.type !== 'ledger');
  expect({
    findings: second.findings,
    rejected: second.rejected,
  }).toEqual({
    findings: after.flatMap((r) => (r.type === 'finding' ? [r.finding] : [])),
    rejected: after.flatMap((r) => (r.type === 'rejected' ? [r.rejected] : [])),
  });
  // Months closed before the split were settled in A's audit; every month still open is settled in B's.
  const months = new Set(second.ledger.map((e: LedgerEntry) => e.month));
  expect(second.ledger).toEqual(whole.ledger.filter((e) => months.has(e.month)));
  const lastMonth = whole.ledger.at(-1)?.month;
  if (lastMonth !== undefined) expect(months).toContain(lastMonth);
  expect(second.summary.resumedAfter ?? 0).toBe(split);
  expect(second.summary.lines).toBe(lines.length - split);
}

const office = generateOffice();
const officeLines = [...office.events()].map((e) => JSON.stringify(e));
const officeOptions: AuditOptions = { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config };

describe('resume equals one go', () => {
  it('property: the example office, split anywhere', () =>
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: officeLines.length }), (split) =>
        expectSameAfter(officeLines, split, officeOptions),
      ),
      // The ends (nothing before the split, nothing after it) are always tried.
      { numRuns: 4, examples: [[0], [officeLines.length]] },
    ));

  it('property: the example office with maxDelay P2D, split anywhere (months close while reading)', () =>
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: officeLines.length }), (split) =>
        expectSameAfter(officeLines, split, { ...officeOptions, maxDelay: 'P2D' }),
      ),
      { numRuns: 3, examples: [[0], [officeLines.length]] },
    ));

  it(
    'property: random generated offices over two months, split anywhere',
    () =>
      fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1000 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          async (seed, at) => {
            const o = generateOffice({ seed, months: 2, month: '2026-03' });
            const lines = [...o.events()].map((e) => JSON.stringify(e));
            await expectSameAfter(lines, Math.floor(at * lines.length), {
              asOf: '2026-05-01T00:00:00+08:00',
              org: o.org,
              config: o.config,
            });
          },
        ),
        { numRuns: 3 },
      ),
    // Three two-month offices (about 8,000 lines each), each audited in one go and in two parts: about 28 s alone,
    // more when the suite shares the machine, so this one test gets its own limit.
    90_000,
  );

  // Cases that straddle a month end: the reason a team cannot audit each month on its own.
  const straddling = [
    // P01 投訴 4: received 30 April 23:00, answered 1 May 00:30 — within 2 h across the month end.
    ev('complaint-received', '2026-04-30T23:00', { case: 'C1', employee: 'E1' }),
    // P10 (五)1: a first breach of a service rule in April, the second of the same rule in May is doubled.
    ev('conduct-breach', '2026-04-20T10:00', { employee: 'E2', kind: 'service-rule', rule: 'phone on duty' }),
    // P09 第二十一條 3: a loss over half E1's bonus carries into May.
    ev('loss-assessed', '2026-04-10T10:00', { department: 'CS', employee: 'E1', loss: 2000 }),
    ev('complaint-replied', '2026-05-01T00:30', {
      case: 'C1',
      employee: 'E1',
      nextReplyAt: '2026-05-03T10:00:00+08:00',
    }),
    ev('conduct-breach', '2026-05-06T10:00', { employee: 'E2', kind: 'service-rule', rule: 'phone on duty' }),
    ev('arrived', '2026-05-10T08:00', { employee: 'E1', shiftStart: '2026-05-10T08:30:00+08:00' }),
  ];

  it.each([
    [3, 'a complaint received 30 April 23:00 and answered 1 May 00:30'],
    [4, 'a P10 second breach in the next month'],
    [1, 'a P09 carry-over, split before anything of May'],
  ])('split after line %i: %s', async (split) => {
    const options: AuditOptions = { asOf: '2026-05-31T23:59:59+08:00', org };
    await expectSameAfter(straddling, split, options);
    const { second } = await resumed(straddling, 3, options);
    const reply = second.findings.find((f) => f.result.ruleId === 'P01.complaint-reply');
    expect(reply?.result.status).toBe('met');
    const e2 = second.ledger.find((e) => e.employee === 'E2' && e.month === '2026-05');
    const e2April = second.ledger.find((e) => e.employee === 'E2' && e.month === '2026-04');
    // 100 yuan the first time, double the second (P10 (五)1).
    expect([e2April?.fines, e2?.fines]).toEqual([100, 200]);
    const e1May = second.ledger.find((e) => e.employee === 'E1' && e.month === '2026-05');
    expect(e1May?.bonusDeductions).toBeGreaterThan(0);
  });
});

describe('a checkpoint at each month close (monthCheckpoints, #14 "or at any month close")', () => {
  // Three months of a generated office, so that months close while the log is read.
  const quarter = generateOffice({ seed: 11, months: 3, month: '2026-01', households: 120 });
  const officeLines = [...quarter.events()].map((e) => JSON.stringify(e));
  const options: AuditOptions = {
    asOf: '2026-04-01T00:00:00+08:00',
    org: quarter.org,
    config: quarter.config,
    maxDelay: 'P2D',
  };

  it('each is the state checkpoint: true gives for the log up to its line, and resuming from it equals one go', async () => {
    const lines: number[] = [];
    const states: unknown[] = [];
    let read = 0;
    const counted = {
      *[Symbol.iterator]() {
        for (const line of officeLines) {
          read += 1;
          yield line;
        }
      },
    };
    const records = streamAudit(counted, { ...options, monthCheckpoints: true });
    const months: string[] = [];
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      if (next.value.type !== 'checkpoint') continue;
      months.push(next.value.checkpoint.month);
      lines.push(read);
      states.push(JSON.parse(JSON.stringify(next.value.checkpoint.state)));
    }
    // January and February close while March is read.
    expect(months).toEqual(expect.arrayContaining(['2026-01', '2026-02']));
    expect([...months].sort()).toEqual(months);
    for (const [i, split] of lines.entries()) {
      const upTo = await runAudit(officeLines.slice(0, split), { ...options, checkpoint: true });
      expect(states[i]).toEqual(JSON.parse(JSON.stringify(upTo.state)));
    }
    // Equal to the end-of-log state, so the resume property above covers it; checked once directly.
    await expectSameAfter(officeLines, lines[0] ?? 0, options);
  });

  it('runAudit collects them; without maxDelay the option is refused, since months close only at the end', async () => {
    const report = await runAudit(officeLines, { ...options, monthCheckpoints: true });
    expect(report.checkpoints?.map((c) => c.month).length).toBeGreaterThan(0);
    expect((await runAudit(officeLines, options)).checkpoints).toBeUndefined();
    await expect(runAudit([], { monthCheckpoints: true })).rejects.toThrow(/monthCheckpoints needs maxDelay/);
  });
});

describe('a state that cannot be resumed is refused, never misread', () => {
  it('another version', async () => {
    const { state } = await runAudit([ev('complaint-received', '2026-04-30T23:00', { case: 'C1' })], {
      org,
      checkpoint: true,
    });
    await expect(runAudit([], { org, resumeFrom: { ...state, version: 99 } })).rejects.toThrow(
      /this state is version 99, this Kefu reads version 1/,
    );
  });

  it('other settings: maxDelay, rules', async () => {
    const { state } = await runAudit([], { org, checkpoint: true, maxDelay: 'P1D' });
    await expect(runAudit([], { org, resumeFrom: state })).rejects.toThrow(/saved with maxDelay P1D \(now unset\)/);
    await expect(runAudit([], { org, maxDelay: 'P1D', rules: ['P01'], resumeFrom: state })).rejects.toThrow(
      /rules all \(now P01\)/,
    );
  });

  it('not a state at all, or a damaged one', async () => {
    await expect(runAudit([], { resumeFrom: { findings: [] } })).rejects.toThrow(/not an audit state/);
    const { state } = await runAudit([], { org, checkpoint: true });
    await expect(runAudit([], { org, resumeFrom: { ...state, families: 3 } })).rejects.toThrow(/damaged state/);
    // Deep inside a part: refused with its path (the parts are checked as JSON data by one walk).
    const families = { ...(state?.families ?? {}), calls: { $obj: { bad: [1, Number.NaN] } } };
    await expect(runAudit([], { org, resumeFrom: { ...state, families } })).rejects.toThrow(
      /damaged state at families\.calls\.\$obj\.bad\.1: NaN is not a JSON number/,
    );
  });
});
