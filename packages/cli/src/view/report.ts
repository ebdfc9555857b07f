/**
 * The manager's monthly report (`--html`) as data: the month at a glance (counts by status, breaches by
 * policy and by day, the people with the most breaches and the largest deductions), the ledger, and every
 * breached finding with its explanation and clause. `ReportCollector` sees the findings as they stream and
 * keeps only what the page shows (counts by day and person, and the breached findings up to a cap); the
 * counts by status and policy are the summary's and the money is the ledger's. It only counts and sums what
 * the audit decided: no policy is judged here.
 */
import type { AuditSummary, Finding, LedgerEntry } from '@kefu/rules';
import type { Lang } from '../context.js';
import { type Directory, departmentLabel, personLabel } from './directory.js';
import { sanctionText } from './labels.js';
import { cellText, compactLedgerColumns, type LedgerColumn, ledgerRow } from './ledger.js';
import { findingStatusLabel, STATUSES } from './sheets.js';

/** Breached findings the page lists in full; past that it says how many more the other exports have. */
const BREACHED_SHOWN = 2000;
/** People in each top list. */
const TOP = 10;

interface Bar {
  readonly label: string;
  readonly value: number;
}

interface DeductionBar {
  readonly label: string;
  readonly ownFines: number;
  readonly jointFines: number;
  readonly wageDeductions: number;
  readonly bonusDeductions: number;
  readonly charges: number;
  readonly total: number;
}

interface BreachedItem {
  readonly ruleId: string;
  readonly clause: string;
  readonly title: string;
  readonly who: string;
  readonly dueAt: string;
  readonly lines: string;
  readonly sanctions: readonly string[];
  readonly explanation: string;
}

export interface ReportModel {
  readonly lang: Lang;
  readonly organisation: string | undefined;
  readonly source: string;
  readonly months: readonly string[];
  readonly summary: AuditSummary;
  readonly statuses: readonly { readonly key: string; readonly label: string; readonly count: number }[];
  readonly byPolicy: readonly { readonly policy: string; readonly counts: Readonly<Record<string, number>> }[];
  readonly byDay: readonly Bar[];
  /** Breaches without a due day (not in `byDay`). */
  readonly undated: number;
  readonly topBreaches: readonly Bar[];
  readonly topDeductions: readonly DeductionBar[];
  readonly ledgerColumns: readonly LedgerColumn[];
  readonly ledgerRows: readonly Readonly<Record<string, string>>[];
  /** Column totals of the ledger's amounts and points (summed in hundredths). */
  readonly ledgerTotals: Readonly<Record<string, number>>;
  readonly breached: readonly BreachedItem[];
  readonly breachedTotal: number;
}

/**
 * The due day (the organisation's local date, as the audit wrote it) a breach is counted under. A breach
 * without a deadline (a phone answered after too many rings) has no day: it is counted apart.
 */
function dayOf(f: Finding): string | undefined {
  return f.result.dueAt?.slice(0, 10);
}

const cents = (n: number) => Math.round(n * 100);

function top<T>(items: Iterable<T>, value: (t: T) => number, n = TOP): T[] {
  return [...items]
    .filter((t) => value(t) > 0)
    .sort((a, b) => value(b) - value(a))
    .slice(0, n);
}

export class ReportCollector {
  private readonly byDay = new Map<string, number>();
  private readonly byPerson = new Map<string, number>();
  private readonly breached: Finding[] = [];
  private breachedTotal = 0;
  private undated = 0;

  constructor(
    private readonly lang: Lang,
    private readonly dir: Directory,
    private readonly titles: (ruleId: string) => string = () => '',
  ) {}

  add(f: Finding): void {
    if (f.result.status !== 'breached') return;
    this.breachedTotal += 1;
    if (this.breached.length < BREACHED_SHOWN) this.breached.push(f);
    const day = dayOf(f);
    if (day === undefined) this.undated += 1;
    else this.byDay.set(day, (this.byDay.get(day) ?? 0) + 1);
    if (f.employee !== undefined) this.byPerson.set(f.employee, (this.byPerson.get(f.employee) ?? 0) + 1);
  }

  build(summary: AuditSummary, ledger: readonly LedgerEntry[], source: string): ReportModel {
    const { lang, dir } = this;
    const columns = compactLedgerColumns(lang);
    const raw = ledger.map((e) => ledgerRow(e, dir, lang));
    const rows = raw.map((row) => {
      const cells: Record<string, string> = {};
      for (const c of columns) cells[c.key] = cellText(row[c.key], c.kind);
      cells.employee = personLabel(dir, String(row.employee));
      cells.sources = String(row.sources);
      return cells;
    });
    // Totals of the amounts and points, summed in hundredths (fen) so that they equal the JSON's to the fen.
    const totals: Record<string, number> = {};
    for (const c of columns) {
      if (c.kind !== 'money' && c.kind !== 'points' && c.kind !== 'signed-points') continue;
      totals[c.key] = raw.reduce((sum, row) => sum + cents(Number(row[c.key])), 0) / 100;
    }
    return {
      lang,
      organisation: dir.organisation,
      source,
      months: [...new Set(ledger.map((e) => e.month))].sort(),
      summary,
      statuses: STATUSES.map((key) => ({
        key,
        label: findingStatusLabel(key, lang),
        count: summary.byStatus[key] ?? 0,
      })),
      byPolicy: Object.entries(summary.byPolicy)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([policy, counts]) => ({
          policy,
          counts: Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])),
        })),
      undated: this.undated,
      byDay: [...this.byDay.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([label, value]) => ({ label, value })),
      topBreaches: top(this.byPerson.entries(), ([, n]) => n).map(([id, value]) => ({
        label: personLabel(dir, id),
        value,
      })),
      topDeductions: deductions(ledger, dir),
      ledgerColumns: columns,
      ledgerRows: rows,
      ledgerTotals: totals,
      // Grouped by rule (a manager reads one kind of breach at a time), in the log's order within a rule.
      breached: this.breached
        .map((f, i) => [f, i] as const)
        .sort(([a, i], [b, j]) =>
          a.result.ruleId < b.result.ruleId ? -1 : a.result.ruleId > b.result.ruleId ? 1 : i - j,
        )
        .map(([f]) => breachedItem(f, dir, lang, this.titles)),
      breachedTotal: this.breachedTotal,
    };
  }
}

/** Each person's money over the months of the ledger (fen sums), the largest first. */
function deductions(ledger: readonly LedgerEntry[], dir: Directory): DeductionBar[] {
  const byPerson = new Map<string, { own: number; joint: number; wage: number; bonus: number; charges: number }>();
  for (const e of ledger) {
    const p = byPerson.get(e.employee) ?? { own: 0, joint: 0, wage: 0, bonus: 0, charges: 0 };
    p.own += cents(e.ownFines);
    p.joint += cents(e.jointFines);
    p.wage += cents(e.wageDeductions);
    p.bonus += cents(e.bonusDeductions);
    p.charges += cents(e.charges);
    byPerson.set(e.employee, p);
  }
  const bars = [...byPerson.entries()].map(([id, p]) => ({
    label: personLabel(dir, id),
    ownFines: p.own / 100,
    jointFines: p.joint / 100,
    wageDeductions: p.wage / 100,
    bonusDeductions: p.bonus / 100,
    charges: p.charges / 100,
    total: (p.own + p.joint + p.wage + p.bonus + p.charges) / 100,
  }));
  return top(bars, (b) => b.total);
}

function breachedItem(f: Finding, dir: Directory, lang: Lang, titles: (id: string) => string): BreachedItem {
  const r = f.result;
  const who = [
    f.key,
    f.employee === undefined ? undefined : personLabel(dir, f.employee),
    f.department === undefined ? undefined : departmentLabel(dir, f.department),
  ]
    .filter((x): x is string => x !== undefined && x !== '')
    .join(' · ');
  return {
    ruleId: r.ruleId,
    clause: r.clause,
    title: titles(r.ruleId),
    who,
    dueAt: r.dueAt?.slice(0, 16).replace('T', ' ') ?? '',
    lines: f.lines.join(', '),
    sanctions: r.sanctions.map((s) => sanctionText(s, lang)),
    explanation: r.explanation[lang],
  };
}
