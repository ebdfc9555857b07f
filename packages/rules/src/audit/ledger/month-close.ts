/**
 * The month close: one declared, ordered pipeline. Each step reads the month's rows as the steps before it
 * left them, decides the rules it needs (through `engine.decide`, marked `bookedByCaller`: its findings are
 * reported, never booked again through the findings callback) and returns what they cost as postings, which
 * the ledger posts before the next step runs. Nothing else changes a month at its close.
 *
 * The order is the policies': the P12 score prices the month's conduct; the P10 ladder prices the month's
 * unpriced breaches; joint liability doubles the month's fines (the ladder's among them) onto the department
 * heads; P09 takes the capped complaint losses under the 50% cap and carries the rest (第二十一條 3); the
 * administrative sanctions come last, from what the bonus has left (第二十四條).
 *
 * A step is `month` (it sees every row at once: the ladder ranks the month's breaches in time order across
 * people) or `person` (one row at a time). Consecutive person steps run person by person, each person through
 * all of them before the next person: a person's findings stay together in the report, as they always were.
 */
import type { Debt } from '../../policies/p09-retail-complaints/carry-over.js';
import type { AuditEngine } from '../engine.js';
import { startOfMonth } from '../months.js';
import { deductBonus } from './bonus.js';
import type { PersonMonth } from './book.js';
import { jointLiability, type LadderHistory } from './ladder.js';
import type { Posting } from './postings.js';
import type { PricedFor } from './priced.js';
import { priceSanctions } from './sanctions.js';
import { scoreMonth } from './scoring.js';

/** What a step may read besides the rows. */
export interface CloseContext {
  readonly engine: AuditEngine;
  readonly ladder: LadderHistory;
  /** Whether P12's months are judged (the `rules` option can leave them out). */
  readonly scoresMonths: boolean;
  /** P09 balances carried in from the month before, by employee: under the cap and outside it. */
  readonly carriedIn: (employee: string) => { readonly underCap: readonly Debt[]; readonly outside: readonly Debt[] };
  readonly pricedFor: PricedFor;
}

export type CloseStep =
  | {
      readonly name: string;
      readonly scope: 'month';
      readonly run: (rows: readonly PersonMonth[], ctx: CloseContext) => Posting[];
    }
  | {
      readonly name: string;
      readonly scope: 'person';
      readonly run: (row: PersonMonth, ctx: CloseContext) => Posting[];
    };

/** The close, in order. */
export const MONTH_CLOSE: readonly CloseStep[] = [
  {
    name: 'P12 month score',
    scope: 'person',
    run: (row, ctx) =>
      ctx.scoresMonths
        ? scoreMonth(
            row,
            ctx.engine,
            ctx.pricedFor({
              employee: row.employee,
              month: row.month,
              department: row.department,
              at: startOfMonth(row.month, ctx.engine.zone, ctx.engine.speed.time),
              lines: [],
              key: undefined,
            }),
          )
        : [],
  },
  { name: 'P10 ladder', scope: 'month', run: (rows, ctx) => ctx.ladder.run(rows, ctx.engine, ctx.pricedFor) },
  { name: 'P10 joint liability', scope: 'month', run: (rows, ctx) => jointLiability(rows, ctx.engine, ctx.pricedFor) },
  {
    name: 'P09 capped deductions and carry-over',
    scope: 'person',
    run: (row, ctx) => deductBonus(row, ctx.carriedIn(row.employee).underCap, ctx.engine),
  },
  {
    name: 'P09 sanction deductions',
    scope: 'person',
    run: (row, ctx) => priceSanctions(row, ctx.carriedIn(row.employee).outside, ctx.engine),
  },
];

/**
 * Run the steps over a month. `rows()`: the month's rows as they stand, sorted by employee (a step may add
 * one: joint liability books a head who had none); `post`: the ledger's one way in.
 */
export function runClose(
  steps: readonly CloseStep[],
  rows: () => readonly PersonMonth[],
  ctx: CloseContext,
  post: (p: Posting) => void,
): void {
  let i = 0;
  while (i < steps.length) {
    const step = steps[i] as CloseStep;
    if (step.scope === 'month') {
      for (const p of step.run(rows(), ctx)) post(p);
      i += 1;
      continue;
    }
    // A run of person steps: each person through all of them, in employee order.
    let end = i;
    while (end < steps.length && steps[end]?.scope === 'person') end += 1;
    const group = steps.slice(i, end);
    for (const row of rows()) {
      for (const s of group) if (s.scope === 'person') for (const p of s.run(row, ctx)) post(p);
    }
    i = end;
  }
}
