/**
 * For the families' save/restore tests (#14, checkpoint and resume): one family fed a log in one go, and the
 * same log fed to a family that is saved after line `splitAt`, its state written as JSON and read back
 * (`state/codec.ts`), and restored into a fresh family that reads the rest. The engine and the ledger are
 * the audit's, not the family's: both runs keep theirs across the split, so what differs is only what the
 * family's `save` missed. Not exported from the package.
 */

import { generateOffice } from '../../../../examples/generate.mjs';
import { AuditEngine } from '../audit/engine.js';
import { checkEvent } from '../audit/events.js';
import type { Family, FamilyContext, FamilyState } from '../audit/families/family.js';
import { Ledger } from '../audit/ledger/index.js';
import { endOfMonth } from '../audit/months.js';
import { parseOrg } from '../audit/options.js';
import { decodeState, encodeState } from '../audit/state/codec.js';
import { asOf, org } from '../audit/test-kit.js';
import type { AuditRecord, LedgerEntry } from '../audit/types.js';
import { eventTypes, type FamilyName } from '../audit/vocabulary/index.js';

export interface Fed {
  readonly records: readonly AuditRecord[];
  readonly ledger: readonly LedgerEntry[];
}

export interface FeedOptions {
  readonly asOf?: string;
  readonly org?: unknown;
  readonly config?: unknown;
  /** Save after this many lines and go on with a fresh family restored from the JSON of the state. */
  readonly splitAt?: number;
  /** `maxDelay` in ms: sweep and close months as the horizon passes them, as the audit does. */
  readonly maxDelay?: number;
}

/** The family's state after a JSON round trip: what a checkpoint file gives back. */
function throughJson(family: Family): unknown {
  return decodeState(JSON.parse(JSON.stringify(encodeState(family.save()))));
}

export function feed(make: (ctx: FamilyContext) => Family, lines: readonly string[], options: FeedOptions = {}): Fed {
  const engine = new AuditEngine({
    asOf: options.asOf ?? asOf,
    org: parseOrg(options.org ?? org) ?? org,
    config: options.config,
    ...(options.maxDelay !== undefined && { maxDelay: options.maxDelay }),
  });
  const ledger = new Ledger(engine);
  let family = make({ ledger });
  let nextMonth: number | undefined;
  const closeMonth = (month: number) => {
    family.closeMonth?.(month, engine);
    ledger.closeMonth(month);
    engine.openFrom = Math.max(engine.openFrom, month + 1);
  };
  lines.forEach((text, i) => {
    if (i === options.splitAt) {
      const state = throughJson(family) as FamilyState;
      family = make({ ledger });
      family.restore(state);
    }
    engine.beginLine(i + 1);
    const check = checkEvent(JSON.parse(text));
    if (!check.ok) throw new Error(`line ${i + 1}: ${check.problem.message}`);
    const before = engine.horizon();
    if (before !== undefined && check.atMs < before) {
      engine.rejectFormat('late-event', {
        en: 'more than maxDelay before the latest event',
        zh: '比最新事件早了超过 maxDelay',
      });
      engine.endLine();
      return;
    }
    engine.observe(check.atMs);
    family.handle(check.event, engine);
    const horizon = engine.horizon();
    if (horizon !== undefined) {
      engine.inLine = false;
      family.sweep?.(horizon, engine);
      nextMonth ??= engine.month(engine.first);
      while (endOfMonth(nextMonth, engine.zone, engine.speed.time) < horizon) closeMonth(nextMonth++);
    }
    engine.endLine();
  });
  if (options.splitAt === lines.length) {
    const state = throughJson(family) as FamilyState;
    family = make({ ledger });
    family.restore(state);
  }
  engine.inLine = false;
  family.finish?.(engine);
  if (engine.first !== Number.POSITIVE_INFINITY) {
    for (let m = nextMonth ?? engine.month(engine.first); m <= engine.month(engine.latest); m += 1) closeMonth(m);
  }
  return { records: engine.out, ledger: ledger.result() };
}

/** The example office's lines of one family, with the office's organisation, configuration and `asOf`. */
export function officeLog(family: FamilyName): { lines: string[]; options: FeedOptions } {
  const office = generateOffice();
  const types = new Set<string>(eventTypes.filter((spec) => spec.family === family).map((spec) => spec.type));
  const lines = [...office.events()].filter((e) => types.has(e.type)).map((e) => JSON.stringify(e));
  return { lines, options: { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config } };
}

/** `n` split points spread over a log of `length` lines, the first and the last line included. */
export function splitPoints(length: number, n: number): number[] {
  const points = new Set<number>();
  for (let i = 0; i < n; i += 1) points.add(Math.round((i * length) / (n - 1)));
  return [...points];
}

/** Every split point of the log, each with what it gives (for `expect(run).toEqual(feed(…))`). */
export function splitRuns(
  make: (ctx: FamilyContext) => Family,
  lines: readonly string[],
  options: FeedOptions = {},
): { readonly split: number; readonly run: Fed }[] {
  return Array.from({ length: lines.length + 1 }, (_, split) => ({
    split,
    run: feed(make, lines, { ...options, splitAt: split }),
  }));
}
