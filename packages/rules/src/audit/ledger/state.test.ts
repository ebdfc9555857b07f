/**
 * Issue #14, "Checkpoint and resume", the ledger's share: `Ledger.save()` is plain data and `ledger.restore`
 * carries on from it. For random postings and month closes, booking everything in one ledger gives the same
 * findings and rows as booking some, saving, a JSON round trip, restoring and booking the rest — across P09
 * carry-overs (第二十一條 3 逐月分期罰扣, 第二十四條), the P10 ladder ((五)1: 100 yuan, double the second time,
 * dismissal the third) and open P12 months (4.2.2). And the state holds only what is open: never a closed
 * month's rows, only the ladder's window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantCodec } from '../../kernel/instant-codec.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { AuditEngine } from '../engine.js';
import { startOfMonth } from '../months.js';
import { org } from '../test-kit.js';
import type { AuditRecord, LedgerEntry } from '../types.js';
import { Ledger, type LedgerState, type Posting } from './index.js';
import { parseLedgerState } from './state-schema.js';

const ZONE_OFFSET = '+08:00';
const MARCH = 2026 * 12 + 2;
const MONTHS = 3;
const asOf = '2026-06-30T23:59:59+08:00';
const config = { rules: { 'P10.repeat-violation': { window: 'P30D' }, 'P12.good-work': { pointsPerTime: 2 } } };

const employees = ['E1', 'E2', 'G1', 'H1', 'H2'] as const;
const departments = ['CS', 'ENG'] as const;

/** A local instant `day` (1–28) `hh:mm` of the month `offset` after March 2026, as text and epoch ms. */
function instant(offset: number, day: number, minutes: number): { text: string; ms: number } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `2026-${pad(3 + offset)}-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${ZONE_OFFSET}`;
  return { text, ms: Date.parse(text) };
}

type Op = { readonly op: 'close' } | { readonly op: 'post'; readonly posting: Omit<Posting, 'line'> };

const severity = fc.constantFrom('light', 'medium', 'heavy');
const fine = (amount: number): Sanction => ({ type: 'fine', amount, clause: 'P10 (五)1' });

/**
 * A posting of any kind the families or the findings callback make, read while month `reading` is open:
 * mostly for that month, sometimes for the one before (booked to the open month once it is closed) or after.
 */
const posting = (reading: number): fc.Arbitrary<Omit<Posting, 'line'>> =>
  fc
    .record({
      // Mostly one person, so that the ladder, the carry-overs and the month's score meet across a split.
      employee: fc.constantFrom('E1', 'E1', 'E1', ...employees),
      offset: fc.constantFrom(reading, reading, reading, Math.max(0, reading - 1), Math.min(MONTHS - 1, reading + 1)),
      day: fc.integer({ min: 1, max: 28 }),
      minutes: fc.integer({ min: 8 * 60, max: 17 * 60 }),
      yuan: fc.integer({ min: 1, max: 2000 }),
      department: fc.constantFrom(...departments),
      pick: fc.integer({ min: 0, max: 18 }),
      severity,
    })
    .map(({ employee, offset, day, minutes, yuan, department, pick, severity }) => {
      const month = MARCH + offset;
      const at = instant(offset, day, minutes);
      const base = { employee, month, source: 'test' };
      const sanction: Sanction = fine(yuan);
      switch (pick) {
        case 0:
          return { ...base, kind: 'fine', fen: yuan * 100, incurredIn: department, sanction };
        case 1:
          return {
            ...base,
            kind: 'wage',
            fen: yuan * 100,
            sanction: { type: 'wage-deduction', amount: yuan, clause: 'P12' },
          };
        case 2:
          return { ...base, kind: 'points', centi: -50, sanction: { type: 'points', points: -0.5, clause: 'P12' } };
        case 3:
        case 4:
          return { ...base, kind: 'loss-owed', fen: yuan * 100 };
        case 5:
        case 6:
          return {
            ...base,
            kind: 'breach',
            breach: {
              rule: pick === 5 || yuan % 4 > 0 ? 'P10.call-log' : 'P10.callback-30min',
              at: at.ms,
              lines: [day],
              key: `K${minutes}`,
            },
          };
        case 7:
        case 16:
        case 17:
          // A warning costs the whole bonus (第二十四條 1): on top of anything else, part of it is carried.
          return {
            ...base,
            kind: 'imposed',
            imposed: {
              at: at.ms,
              line: day,
              sanction: pick === 7 && yuan % 2 === 1 ? 'minor-demerit' : 'warning',
              bases: 1 + (yuan % 3),
            },
          };
        case 8:
          return {
            ...base,
            kind: 'scoring',
            item: {
              type: 'arrival',
              shiftStart: instant(offset, day, 8 * 60 + 30).text,
              shiftMs: instant(offset, day, 8 * 60 + 30).ms,
              arrivedAt: instant(offset, day, 8 * 60 + 30 + (minutes % 20)).text,
              arrivedMs: instant(offset, day, 8 * 60 + 30 + (minutes % 20)).ms,
            },
          };
        case 9:
          return { ...base, kind: 'scoring', item: { type: 'absent-day', day: at.text.slice(0, 10) } };
        case 10: {
          const end = instant(offset, day, minutes + (yuan % 9));
          return {
            ...base,
            kind: 'scoring',
            item: {
              type: 'call',
              call: { direction: 'outside', start: at.text, end: end.text },
              startMs: at.ms,
              endMs: end.ms,
            },
          };
        }
        case 11:
          return { ...base, kind: 'scoring', item: { type: 'chat', occurrence: { at: at.ms, severity } } };
        case 12:
          return { ...base, kind: 'scoring', item: { type: 'grooming', severity } };
        case 13:
          return { ...base, kind: 'scoring', item: { type: 'posture', times: 1 + (yuan % 2) } };
        case 14:
          return { ...base, kind: 'scoring', item: { type: 'praise', severity } };
        case 15:
          return { ...base, kind: 'scoring', item: { type: 'good-work', times: 1 + (yuan % 2) } };
        default:
          return { ...base, kind: 'bonus-deduction', fen: yuan * 10, underCap: false, clause: 'P09 第二十四條' };
      }
    });

/** Three months read in turn, each closed once read (as the stream does with `maxDelay`). */
const ops: fc.Arbitrary<Op[]> = fc
  .tuple(...Array.from({ length: MONTHS }, (_, m) => fc.array(posting(m), { maxLength: 16 })))
  .map((months) =>
    months.flatMap((ps) => [...ps.map((p) => ({ op: 'post' as const, posting: p })), { op: 'close' as const }]),
  );

/** An audit's ledger side: an engine, its ledger, and the next month to close (as the stream keeps them). */
class Run {
  readonly engine: AuditEngine;
  ledger: Ledger;
  next = MARCH;

  constructor(state?: { ledger: LedgerState; next: number }) {
    this.engine = new AuditEngine({ asOf, org, config });
    if (state === undefined) this.ledger = new Ledger(this.engine);
    else {
      this.ledger = new Ledger(this.engine);
      this.ledger.restore(state.ledger);
      this.next = state.next;
      // Months before `next` are closed: the engine's part of the audit's state.
      this.engine.openFrom = state.next;
    }
  }

  /** Ops read from line `from` on (line numbers as in one log). */
  read(ops: readonly Op[], from = 1): this {
    ops.forEach((op, i) => {
      this.do(op, from + i);
    });
    return this;
  }

  do(op: Op, line: number): void {
    if (op.op === 'post') {
      this.ledger.post({ ...op.posting, line } as Posting);
      return;
    }
    this.close(this.next);
  }

  private close(month: number): void {
    this.ledger.closeMonth(month);
    this.engine.openFrom = Math.max(this.engine.openFrom, month + 1);
    this.next = month + 1;
  }

  /** The end of the log: every month to the last, then whatever the ledger still holds. */
  end(): void {
    while (this.next < MARCH + MONTHS) this.close(this.next);
    for (const m of this.ledger.pendingMonths()) this.close(m);
  }

  save(): { ledger: LedgerState; next: number } {
    return JSON.parse(JSON.stringify({ ledger: this.ledger.save(), next: this.next }));
  }

  records(): AuditRecord[] {
    return JSON.parse(JSON.stringify(this.engine.out));
  }

  rows(): LedgerEntry[] {
    return this.ledger.result();
  }
}

function inOneGo(all: readonly Op[]): Run {
  const run = new Run().read(all);
  run.end();
  return run;
}

describe('Ledger.save / Ledger.restore (#14 checkpoint and resume)', () => {
  it('booking everything ≡ booking some, save → JSON → restore, booking the rest (findings and rows; property)', () => {
    fc.assert(
      fc.property(ops, fc.nat(), (all, at) => {
        const split = all.length === 0 ? 0 : at % (all.length + 1);
        const whole = inOneGo(all);
        const first = new Run().read(all.slice(0, split));
        const state = first.save();
        const second = new Run(state);
        second.read(all.slice(split), split + 1);
        second.end();
        expect([...first.records(), ...second.records()]).toEqual(whole.records());
        expect([...first.rows(), ...second.rows()]).toEqual(whole.rows());
      }),
      { numRuns: 200 },
    );
  });

  it('the state is plain JSON data: a round trip gives it back unchanged, and the checkpoint schema accepts it', () => {
    fc.assert(
      fc.property(ops, (all) => {
        const run = new Run().read(all);
        const state = run.ledger.save();
        const read = JSON.parse(JSON.stringify(state));
        expect(read).toEqual(state);
        expect(parseLedgerState(read)).toEqual({ ok: true, state: read });
      }),
      { numRuns: 50 },
    );
  });

  it.each<[string, (s: Record<string, unknown>) => unknown, string]>([
    ['not an object', () => 'ledger', 'ledger state: '],
    ['a part missing', ({ ladder: _, ...rest }) => rest, 'ledger state at ladder: '],
    [
      'an amount that is not whole fen',
      (s) => ({ ...s, carriedOutside: [{ employee: 'E1', debts: [{ from: MARCH, fen: 1.5, clause: 'x' }] }] }),
      'ledger state at carriedOutside.0.debts.0.fen: ',
    ],
    ['a field it does not know', (s) => ({ ...s, version: 2 }), 'ledger state: '],
    [
      'a row filed under another month',
      (s) => ({
        ...s,
        months: [{ month: MARCH, rows: [{ ...(s.months as { rows: object[] }[])[0]?.rows[0], month: MARCH + 1 }] }],
      }),
      'ledger state at months.0.rows.0.month: a row of month',
    ],
  ])('a checkpoint with %s is refused with the path of the problem, never misread', (_, edit, message) => {
    const run = new Run();
    run.ledger.post({ employee: 'E1', month: MARCH, source: 'test', kind: 'loss-owed', fen: 100 });
    const state = JSON.parse(JSON.stringify(run.ledger.save()));
    const parsed = parseLedgerState(edit(state));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  it('holds only open months, the ladder inside its window and carried balances: a year of history is no bigger than its first month', () => {
    // E1 breaches P10.call-log every 10 days all year (the ladder's window is P30D) and owes a 2000 yuan loss
    // in March, which the 50% cap of a 1500 bonus takes 750 a month (第二十一條 3): carried into April and May.
    const run = new Run();
    const sizes: number[] = [];
    let line = 0;
    for (let month = MARCH; month < MARCH + 12; month += 1) {
      for (const day of [1, 11, 21]) {
        const at = startOfMonth(month, 'Asia/Shanghai', new InstantCodec()) + (day - 1) * 86_400_000 + 10 * 3_600_000;
        line += 1;
        const breach = { rule: 'P10.call-log', at, lines: [line] };
        run.ledger.post({ employee: 'E1', month, source: 'test', kind: 'breach', breach });
      }
      if (month === MARCH) run.ledger.post({ employee: 'E1', month, source: 'test', kind: 'loss-owed', fen: 200_000 });
      run.ledger.closeMonth(month);
      run.engine.openFrom = month + 1;
      const state = run.ledger.save();
      expect(state.months).toEqual([]);
      // Only the breaches a later one can still count: those of the last 30 days.
      expect(state.ladder.flatMap((t) => t.times).length).toBeLessThanOrEqual(4);
      expect(state.carriedUnderCap.map((c) => c.debts.reduce((sum, d) => sum + d.fen, 0))).toEqual(
        month === MARCH ? [125_000] : month === MARCH + 1 ? [50_000] : [],
      );
      sizes.push(JSON.stringify(state).length);
    }
    expect(Math.max(...sizes)).toBe(sizes[0]);
    expect(run.rows()).toHaveLength(12 * org.people.length);
  });
});
