/**
 * P10 at month end (the month close's second and third steps). The fine ladder: each breach of the month, in time order, goes to P10.repeat-violation
 * with the number of that employee's earlier breaches of the same rule over the log's whole history
 * (ordering by instant, not by line, keeps the ledger the same whatever order independent cases were
 * logged in). Then joint liability: a department head pays, through P10.joint-liability, for each
 * employee's fines of the month.
 *
 * The history is counted, not re-read (issue #13: handing each breach the whole list made 8k breaches
 * cost 18 s): per employee and rule, the instants of the breaches priced so far, sorted, so a breach's
 * rank inside its window is two binary searches. When every configuration version sets the rule's
 * `window`, instants older than the widest window before the newest breach are dropped, so the state stays
 * bounded. (A breach priced after a later one — with `maxDelay`, an obligation decided once its month was
 * closed — is counted against the instants still held.)
 */
import { versionAt } from '../../kernel/config.js';
import { minusWindow } from '../../policies/p10-trading-service/window.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import type { Breach, PersonMonth } from './book.js';
import type { Posting } from './postings.js';
import { type PricedAt, postingsOfResult } from './priced.js';

/** Who a result decided at the close is booked to: the finding's person, month, department and lines. */
export type PricedFor = (at: Omit<PricedAt, 'monthlyBonus' | 'inLadder'>) => PricedAt;

/** One employee's ladder history as plain data (a checkpoint): the instants still inside the window, sorted. */
export interface LadderTrack {
  readonly employee: string;
  readonly rule: string;
  readonly times: readonly number[];
}

const RULE = 'P10.repeat-violation';

/** The instants (epoch ms) of one employee's priced breaches of one rule, sorted; `[0, head)` dropped. */
interface History {
  times: number[];
  head: number;
}

/** First index in `times[from…]` whose value is ≥ `value` (or > it, with `after`). */
function search(times: readonly number[], from: number, value: number, after: boolean): number {
  let lo = from;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = times[mid] as number;
    if (t < value || (after && t === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LadderHistory {
  /** `employee\u0000rule` → that history. */
  private readonly prior = new Map<string, History>();
  /** The rule's `window` in each configuration version; `undefined` anywhere: nothing is ever dropped. */
  private readonly windows: readonly (string | undefined)[];

  constructor(private readonly engine: AuditEngine) {
    this.windows = engine.resolved.versions.map((v) => windowOf(v.rules[RULE]));
  }

  /** The history as plain data: only what a later breach can still count (what `drop` has not forgotten). */
  toState(): LadderTrack[] {
    const out: LadderTrack[] = [];
    for (const [id, history] of this.prior) {
      const [employee = '', rule = ''] = id.split('\u0000');
      const times = history.times.slice(history.head);
      if (times.length > 0) out.push({ employee, rule, times });
    }
    return out;
  }

  static fromState(engine: AuditEngine, tracks: readonly LadderTrack[]): LadderHistory {
    const ladder = new LadderHistory(engine);
    for (const t of tracks) ladder.prior.set(`${t.employee}\u0000${t.rule}`, { times: [...t.times], head: 0 });
    return ladder;
  }

  /** Price the month's breaches in time order; returns what they cost (the ladder's fines, a dismissal). */
  run(persons: Iterable<PersonMonth>, engine: AuditEngine, pricedFor: PricedFor): Posting[] {
    const out: Posting[] = [];
    const all: { pm: PersonMonth; b: Breach }[] = [];
    for (const pm of persons) for (const b of pm.breaches) all.push({ pm, b });
    all.sort(
      (x, y) =>
        x.b.at - y.b.at ||
        compare(x.pm.employee, y.pm.employee) ||
        compare(x.b.rule, y.b.rule) ||
        compare(x.b.key ?? '', y.b.key ?? ''),
    );
    for (const { pm, b } of all) {
      const id = `${pm.employee}\u0000${b.rule}`;
      let history = this.prior.get(id);
      if (!history) {
        history = { times: [], head: 0 };
        this.prior.set(id, history);
      }
      const { priorCount, laterCount } = this.rank(history, b.at);
      const department = b.department ?? pm.department;
      const key = b.key === undefined ? b.rule : `${b.rule} ${b.key}`;
      const result = engine.decide(
        RULE,
        {
          employee: pm.employee,
          rule: b.rule,
          at: engine.iso(b.at),
          priorCount,
          ...(laterCount > 0 && { laterCount }),
        },
        { lines: b.lines, key, employee: pm.employee, department, at: b.at, final: true, bookedByCaller: true },
      );
      if (result) {
        const priced = pricedFor({ employee: pm.employee, month: pm.month, department, at: b.at, lines: b.lines, key });
        out.push(...postingsOfResult(result, priced));
      }
      this.add(history, b.at);
    }
    return out;
  }

  /** Earlier breaches inside the window in force at `at`, and those at or after `at`, as the rule counts them. */
  private rank(history: History, at: number): { priorCount: number; laterCount: number } {
    const { times, head } = history;
    const window = this.windows[versionAt(this.engine.resolved, at).index];
    const from = window === undefined ? Number.NEGATIVE_INFINITY : minusWindow(at, window, this.engine.zone);
    const before = search(times, head, at, false);
    return { priorCount: before - search(times, head, from, false), laterCount: times.length - before };
  }

  private add(history: History, at: number): void {
    const { times } = history;
    const last = times[times.length - 1];
    if (last === undefined || at >= last) times.push(at);
    else times.splice(search(times, history.head, at, true), 0, at);
    this.drop(history);
  }

  /** Forget instants no later breach can count: older than every version's window before the newest one. */
  private drop(history: History): void {
    const { times } = history;
    const newest = times[times.length - 1];
    if (newest === undefined || this.windows.some((w) => w === undefined)) return;
    let cutoff = Number.POSITIVE_INFINITY;
    for (const w of this.windows)
      if (w !== undefined) cutoff = Math.min(cutoff, minusWindow(newest, w, this.engine.zone));
    while (history.head < times.length && (times[history.head] as number) < cutoff) history.head += 1;
    // Compact once the dropped part is the larger: amortised constant per breach.
    if (history.head > 64 && history.head * 2 > times.length) {
      history.times = times.slice(history.head);
      history.head = 0;
    }
  }
}

function windowOf(overrides: unknown): string | undefined {
  const window = (overrides as { window?: unknown } | undefined)?.window;
  return typeof window === 'string' ? window : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Book each employee's fines of the month to the department head, doubled by P10.joint-liability: the head
 * of the department each fine was incurred in (an event's `department`, else the employee's), so a fine on
 * another department's line is that department head's liability, whatever line came first. A head's own
 * fines are not doubled onto himself; a department without a head books none.
 */
export function jointLiability(persons: readonly PersonMonth[], engine: AuditEngine, pricedFor: PricedFor): Posting[] {
  const out: Posting[] = [];
  const sorted = [...persons].sort((a, b) => compare(a.employee, b.employee));
  for (const pm of sorted) {
    const departments = [...pm.finesByDepartment.keys()].sort(compare);
    for (const department of departments) {
      const fineFen = pm.finesByDepartment.get(department) ?? 0;
      if (fineFen <= 0) continue;
      const head = engine.heads.get(department);
      if (head === undefined || head === pm.employee) continue;
      const month = monthKey(pm.month);
      const key = department === pm.department ? `${pm.employee} ${month}` : `${pm.employee} ${month} ${department}`;
      const at = startOfMonth(pm.month, engine.zone, engine.speed.time);
      const result = engine.decide(
        'P10.joint-liability',
        { employeeFine: fineFen / 100 },
        { lines: [], key, employee: head, department, at, final: true, bookedByCaller: true },
      );
      if (result)
        out.push(
          ...postingsOfResult(result, pricedFor({ employee: head, month: pm.month, department, at, lines: [], key })),
        );
    }
  }
  return out;
}
