/**
 * For the families' checkpoint tests (#14 "Checkpoint and resume"; not exported from the package): one
 * family fed a log the way the audit feeds it, either in one go or with the family swapped, after line
 * `split`, for a fresh one restored from the JSON round trip of what the first one saved. The engine and
 * the ledger run on across the split (they are not the family's to save): what the two runs compare is
 * what the family itself must carry over.
 */
import { AuditEngine } from '../engine.js';
import { checkEvent } from '../events.js';
import { Ledger } from '../ledger/index.js';
import { decodeState, encodeState } from '../state/codec.js';
import type { AuditRecord, LedgerEntry, OrgFile } from '../types.js';
import type { Family, FamilyContext } from './family.js';

export interface FamilyRun {
  readonly records: readonly AuditRecord[];
  readonly ledger: readonly LedgerEntry[];
}

export interface FamilyRunOptions {
  readonly asOf: string;
  readonly org?: OrgFile;
  /** Settle what the horizon passes, as the audit does with `maxDelay` (in ms here). */
  readonly maxDelay?: number;
  /** After this many lines the family is saved and a fresh one restored from the JSON of its state. */
  readonly split?: number;
}

/** The family's state through the codec and JSON text, as a checkpoint file carries it. */
function roundTrip(family: Family, make: (ctx: FamilyContext) => Family, ctx: FamilyContext): Family {
  const { save } = family;
  if (save === undefined) throw new Error('the family saves no state');
  const saved = decodeState(JSON.parse(JSON.stringify(encodeState(save()))));
  const fresh = make(ctx);
  fresh.restore?.(saved as ReturnType<typeof save>);
  return fresh;
}

export function runFamily(
  make: (ctx: FamilyContext) => Family,
  lines: readonly string[],
  options: FamilyRunOptions,
): FamilyRun {
  const engine = new AuditEngine({
    asOf: options.asOf,
    ...(options.org !== undefined && { org: options.org }),
    ...(options.maxDelay !== undefined && { maxDelay: options.maxDelay }),
  });
  const ledger = new Ledger(engine);
  const ctx: FamilyContext = { ledger };
  let family = make(ctx);
  let nextMonth: number | undefined;
  const closeMonth = (month: number) => {
    family.closeMonth?.(month, engine);
    ledger.closeMonth(month);
    engine.openFrom = Math.max(engine.openFrom, month + 1);
  };
  lines.forEach((text, i) => {
    if (i === options.split) family = roundTrip(family, make, ctx);
    engine.beginLine(i + 1);
    const check = checkEvent(JSON.parse(text));
    if (!check.ok) throw new Error(`line ${i + 1}: ${check.problem.message}`);
    engine.observe(check.atMs);
    family.handle(check.event, engine);
    const horizon = engine.horizon();
    if (horizon !== undefined) {
      engine.inLine = false;
      family.sweep?.(horizon, engine);
      nextMonth ??= engine.month(engine.first);
      while (engine.month(horizon) > nextMonth) {
        closeMonth(nextMonth);
        nextMonth += 1;
      }
    }
    engine.endLine();
  });
  if (options.split === lines.length) family = roundTrip(family, make, ctx);
  engine.inLine = false;
  family.finish?.(engine);
  if (engine.first !== Number.POSITIVE_INFINITY) {
    for (let m = nextMonth ?? engine.month(engine.first); m <= engine.month(engine.latest); m += 1) closeMonth(m);
  }
  return { records: [...engine.out], ledger: ledger.result() };
}

/** Every split point of the log, each with the run it gives (for `expect(run).toEqual(oneGo)`). */
export function splitRuns(
  make: (ctx: FamilyContext) => Family,
  lines: readonly string[],
  options: FamilyRunOptions,
): { readonly split: number; readonly run: FamilyRun }[] {
  return Array.from({ length: lines.length + 1 }, (_, split) => ({
    split,
    run: runFamily(make, lines, { ...options, split }),
  }));
}
