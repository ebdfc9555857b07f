/**
 * Periodic obligations: monthly reports and statistics, daily log checks and call logs, rosters (monthly
 * and before holidays), duty-record reviews, half-yearly surveys and the yearly community plan. A report
 * decides its period's rule at once; at the end, every period the log covers that the organisation is
 * held to and that saw no report is judged as of `asOf` (pending, at risk, or breached). Survey collection
 * (15 working days after issue) is followed here too, keyed by half-year.
 */
import { parseDate, parseInstant, parseMonth } from '../../kernel/time.js';
import type { AuditEngine, FindingMeta } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { formatDay, monthIndexOfKey, monthKey, startOfMonth } from '../months.js';
import { type Family, num, opt, pick, str } from './family.js';

type PeriodKind = 'month' | 'next-month' | 'date' | 'holiday' | 'half' | 'next-year';

interface Done {
  readonly at: string;
  readonly event: AuditEvent;
}

interface Periodic {
  readonly kind: PeriodKind;
  readonly facts: (period: string, done: Done | undefined, engine: AuditEngine) => Record<string, unknown>;
}

const submitted = (doneField: string, periodField: string) => (period: string, done: Done | undefined) => ({
  [periodField]: period,
  ...opt(doneField, done?.at),
});

const HOLIDAYS = ['new-year', 'spring-festival', 'labour-day', 'national-day'] as const;

const periodic: Readonly<Record<string, Periodic>> = {
  'P07.posters': {
    kind: 'month',
    facts: (month, done) => ({
      month,
      ...opt('requestedAt', done?.at),
      ...(done && pick(done.event, ['postedAt', 'scheduleStartsOn'])),
    }),
  },
  'P08.daily-log-check': { kind: 'date', facts: submitted('signedAt', 'date') },
  'P09.monthly-stats': { kind: 'month', facts: submitted('submittedAt', 'month') },
  'P10.rebate-report': { kind: 'month', facts: submitted('submittedAt', 'month') },
  'P10.rebate-month-end': { kind: 'month', facts: submitted('submittedAt', 'month') },
  'P10.call-log': { kind: 'date', facts: submitted('submittedAt', 'callDate') },
  'P13.monthly-summary': { kind: 'month', facts: submitted('submittedAt', 'month') },
  'P14.attendance-report': { kind: 'month', facts: submitted('submittedAt', 'month') },
  'P14.roster-publish': {
    kind: 'next-month',
    facts: (month, done) => ({
      month,
      ...opt('publishedAt', done?.at),
      ...(done && pick(done.event, ['everyoneHasCopy'])),
    }),
  },
  'P14.holiday-roster': {
    kind: 'holiday',
    facts: (period, done) => ({
      year: Number(period.slice(0, 4)),
      holiday: period.slice(5),
      ...opt('submittedAt', done?.at),
    }),
  },
  'P01.duty-record-review': {
    kind: 'month',
    facts: (month, done) => ({
      month,
      // A month with no review has no counts: given as 0 they would read "no duty records", not applicable.
      ...(done && pick(done.event, ['recordsTotal', 'recordsSpotChecked'])),
      ...opt('supervisorSignedAt', done?.at),
    }),
  },
  'P01.survey-issue': {
    kind: 'half',
    facts: (half, done, engine) => ({
      half,
      issued: done ? done.event.issued : 0,
      occupiedHouseholds: (done && num(done.event, 'occupiedHouseholds')) ?? engine.org?.households,
      ...opt('issuedAt', done?.at),
    }),
  },
  'P01.community-plan': {
    kind: 'next-year',
    facts: (year, done) => ({
      year: Number(year),
      costsConfirmed: done ? done.event.costsConfirmed : false,
      ...opt('planMadeAt', done?.at),
    }),
  },
};

/** Month keys, local days, halves, next years and holidays that the log's span covers. */
function periodsOf(kind: PeriodKind, engine: AuditEngine): string[] {
  if (engine.first === Number.POSITIVE_INFINITY) return [];
  const firstMonth = engine.month(engine.first);
  const lastMonth = engine.month(engine.latest);
  const months: number[] = [];
  for (let m = firstMonth; m <= lastMonth; m += 1) months.push(m);
  switch (kind) {
    case 'month':
      return months.map(monthKey);
    case 'next-month':
      // The roster of month M+1 is due by the end of M: M in the span.
      return months.map((m) => monthKey(m + 1));
    case 'date': {
      const days: string[] = [];
      const last = engine.speed.time.localDay(engine.latest, engine.zone);
      for (let d = engine.speed.time.localDay(engine.first, engine.zone); d <= last; d += 1) days.push(formatDay(d));
      return days;
    }
    case 'half':
      return [...new Set(months.map((m) => `${Math.floor(m / 12)}-H${m % 12 < 6 ? 1 : 2}`))];
    case 'next-year':
      return [...new Set(months.map((m) => String(Math.floor(m / 12) + 1)))];
    case 'holiday': {
      // Holiday rosters due inside the span. When one is due is the rule's to say (a week before the break's
      // first day off, with the configured lead): it is asked, not worked out again here. A year the
      // calendar does not know gives no due time, so no obligation is placed in it.
      const firstDay = engine.speed.time.localDay(engine.first, engine.zone);
      const lastDay = engine.speed.time.localDay(engine.latest, engine.zone);
      const out: string[] = [];
      const years = new Set(months.map((m) => Math.floor(m / 12)));
      for (const year of [...years, Math.max(...years) + 1]) {
        for (const holiday of HOLIDAYS) {
          const dueAt = engine.probe('P14.holiday-roster', { holiday, year }, engine.latest)?.dueAt;
          const due = dueAt === undefined ? undefined : parseInstant(dueAt);
          if (due === undefined) continue;
          const dueDay = engine.speed.time.localDay(due, engine.zone);
          if (dueDay >= firstDay && dueDay <= lastDay) out.push(`${year} ${holiday}`);
        }
      }
      return out;
    }
  }
}

function periodStart(kind: PeriodKind, period: string, engine: AuditEngine): number {
  if (kind === 'month' || kind === 'next-month')
    return startOfMonth(monthIndexOfKey(period), engine.zone, engine.speed.time);
  return engine.first;
}

function validPeriod(kind: PeriodKind, period: string): boolean {
  switch (kind) {
    case 'month':
    case 'next-month':
      return parseMonth(period) !== undefined;
    case 'date':
      return parseDate(period) !== undefined;
    case 'holiday':
      return /^\d{4} [a-z-]+$/.test(period);
    case 'half':
      return /^\d{4}-H[12]$/.test(period);
    case 'next-year':
      return /^\d{4}$/.test(period);
  }
}

interface Survey {
  issued?: { at: string; issued: number; line: number };
  collected?: { at: string; returned: number; line: number };
}

/**
 * The unit a report is made for: its department (given, or its employee's), else the whole organisation.
 * A multi-site organisation's sites each report their own month.
 */
function unitOf(e: AuditEvent, engine: AuditEngine): string {
  return engine.departmentOf(e.employee, e.department) ?? '';
}

const keyOf = (unit: string, period: string) => (unit === '' ? period : `${unit} ${period}`);

/**
 * The periods already judged, by rule and unit. Missing reports are judged only at the end (a report may
 * come any time later), so these are kept for the whole log: a daily report's period is kept as its day
 * number, a small fraction of the memory of a text key (a log of years holds one per unit and day).
 */
class JudgedPeriods {
  private readonly byRuleUnit = new Map<string, Set<number | string>>();

  /** Marks the period judged; false when it already was. */
  add(rule: string, unit: string, kind: PeriodKind, period: string): boolean {
    const key = `${rule}\u0000${unit}`;
    let periods = this.byRuleUnit.get(key);
    if (!periods) {
      periods = new Set();
      this.byRuleUnit.set(key, periods);
    }
    const id = kind === 'date' ? (parseDate(period) ?? period) : period;
    if (periods.has(id)) return false;
    periods.add(id);
    return true;
  }
}

export function reports(): Family {
  const done = new JudgedPeriods();
  /** Units seen reporting each rule: the end judges the missing periods of each. */
  const units = new Map<string, Set<string>>();
  /** P08.monthly-callback summaries wait for the month's callback count. */
  const summaries = new Map<number, { at: string; line: number }>();
  const surveys = new Map<string, Survey>();

  function report(rule: string, period: string, e: AuditEvent, engine: AuditEngine): void {
    const spec = periodic[rule];
    if (spec === undefined) return;
    engine.mentioned.add(rule);
    if (!validPeriod(spec.kind, period)) {
      engine.rejectLine(engine.line, 'invalid-event', `${rule}: period ${period} is not a ${spec.kind} period`);
      return;
    }
    const unit = unitOf(e, engine);
    let seen = units.get(rule);
    if (!seen) {
      seen = new Set();
      units.set(rule, seen);
    }
    seen.add(unit);
    if (!done.add(rule, unit, spec.kind, period)) return; // the first report of a period is the one judged
    const meta: FindingMeta = {
      lines: [engine.line],
      key: keyOf(unit, period),
      ...(unit !== '' && { department: unit }),
      // No employee: a periodic report is the department's obligation (a missing one has nobody to name),
      // so neither a late nor a missing one goes to a person's ledger.
      at: engine.atMs,
    };
    engine.decide(rule, spec.facts(period, { at: e.at, event: e }, engine), meta);
  }

  function survey(half: string): Survey {
    let s = surveys.get(half);
    if (!s) {
      s = {};
      surveys.set(half, s);
    }
    return s;
  }

  function collection(half: string, s: Survey, engine: AuditEngine, final: boolean): void {
    if (!s.issued) return;
    engine.decide(
      'P01.survey-collection',
      {
        issuedAt: s.issued.at,
        issued: s.issued.issued,
        returned: s.collected?.returned ?? 0,
        ...opt('collectedAt', s.collected?.at),
      },
      {
        lines: [s.issued.line, ...(s.collected ? [s.collected.line] : [])],
        key: half,
        at: engine.atMs,
        final,
      },
    );
    surveys.delete(half);
  }

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      switch (e.type) {
        case 'report-submitted': {
          const rule = str(e, 'rule') ?? '';
          let period = str(e, 'period') ?? '';
          if (rule === 'P14.holiday-roster') {
            const holiday = str(e, 'holiday');
            if (holiday === undefined) {
              engine.rejectLine(engine.line, 'invalid-event', 'P14.holiday-roster: holiday is required');
              return;
            }
            period = `${period} ${holiday}`;
          }
          if (rule === 'P08.monthly-callback') {
            engine.mentioned.add(rule);
            if (parseMonth(period) === undefined) {
              engine.rejectLine(engine.line, 'invalid-event', `${rule}: period ${period} is not a month`);
              return;
            }
            const month = monthIndexOfKey(period);
            if (!summaries.has(month)) summaries.set(month, { at: e.at, line: engine.line });
            return;
          }
          report(rule, period, e, engine);
          return;
        }
        case 'duty-records-reviewed':
          report('P01.duty-record-review', str(e, 'month') ?? '', e, engine);
          return;
        case 'community-plan-made':
          report('P01.community-plan', String(num(e, 'year') ?? ''), e, engine);
          return;
        case 'survey-issued': {
          const half = halfKey(str(e, 'half') ?? '', num(e, 'year'));
          report('P01.survey-issue', half, e, engine);
          const s = survey(keyOf(unitOf(e, engine), half));
          s.issued ??= { at: e.at, issued: num(e, 'issued') ?? 0, line: engine.line };
          if (s.collected) collection(keyOf(unitOf(e, engine), half), s, engine, false);
          return;
        }
        case 'survey-collected': {
          // The same half-year key as the issue's: a bare H1 takes its year, as survey-issued does.
          const half = halfKey(str(e, 'half') ?? '', num(e, 'year'));
          if (!validPeriod('half', half)) {
            engine.rejectLine(engine.line, 'invalid-event', `survey-collected: half ${half} names no year`);
            return;
          }
          const key = keyOf(unitOf(e, engine), half);
          const s = survey(key);
          s.collected ??= { at: e.at, returned: num(e, 'returned') ?? 0, line: engine.line };
          if (s.issued) collection(key, s, engine, false);
          return;
        }
      }
    },
    closeMonth(month: number, engine: AuditEngine) {
      const calls = engine.takeTally('callbacks', month);
      const summary = summaries.get(month);
      summaries.delete(month);
      if (!engine.wanted('P08.monthly-callback')) return;
      engine.decide(
        'P08.monthly-callback',
        { month: monthKey(month), calls, ...opt('summaryAt', summary?.at) },
        {
          lines: summary ? [summary.line] : [],
          key: monthKey(month),
          at: startOfMonth(month, engine.zone, engine.speed.time),
          final: true,
        },
      );
    },
    finish(engine: AuditEngine) {
      for (const [half, s] of [...surveys]) {
        if (s.issued) collection(half, s, engine, true);
        else if (s.collected) {
          engine.rejectLine(s.collected.line, 'orphan-event', `survey ${half} collected but never issued in the log`);
        }
      }
      for (const [rule, spec] of Object.entries(periodic)) {
        if (!engine.wanted(rule)) continue;
        const periods = periodsOf(spec.kind, engine);
        for (const unit of [...(units.get(rule) ?? [''])].sort()) {
          for (const period of periods) {
            if (!done.add(rule, unit, spec.kind, period)) continue;
            engine.decide(rule, spec.facts(period, undefined, engine), {
              lines: [],
              key: keyOf(unit, period),
              ...(unit !== '' && { department: unit }),
              at: periodStart(spec.kind, period, engine),
              final: true,
            });
          }
        }
      }
    },
  };
}

/** `2026-H1`, from `2026-H1` or from `H1` with a year. */
function halfKey(half: string, year: number | undefined): string {
  return /^H[12]$/.test(half) && year !== undefined ? `${year}-${half}` : half;
}
