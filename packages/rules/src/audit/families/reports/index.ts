/**
 * Periodic obligations: monthly reports and statistics, daily log checks and call logs, rosters (monthly
 * and before holidays), duty-record reviews, half-yearly surveys and the yearly community plan. A report
 * decides its period's rule at once (a report the rule refuses does not count: the period is still owed
 * one); at the end, every period the log covers that the organisation is held to and that saw no report is
 * judged as of `asOf` (pending, at risk, or breached). Survey collection
 * (15 working days after issue) is followed here too, keyed by half-year.
 */

import { parseInstant, parseMonth } from '../../../kernel/time.js';
import { surveyCollection } from '../../../policies/p01-property-standards/survey-collection.js';
import { monthlyCallback } from '../../../policies/p08-front-desk-duty/monthly-callback.js';
import type { FactsOf } from '../../cases.js';
import type { AuditEngine, FindingMeta } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { monthIndexOfKey, monthKey, startOfMonth } from '../../months.js';
import type { Family, FamilyState } from '../family.js';
import { callbacks } from './counters.js';
import type { ReportEventType } from './events.js';
import { type Periodic, periodicById, periodicRules } from './periodic.js';
import {
  halfKey,
  type JudgedPeriods,
  markJudged,
  type PeriodKind,
  periodStart,
  periodsOf,
  unmarkJudged,
  validPeriod,
} from './periods.js';

/** Each kind of period as a Chinese noun with its form, for a report whose period is not one. */
const PERIOD_ZH: Readonly<Record<PeriodKind, string>> = {
  month: '月份（YYYY-MM）',
  'next-month': '月份（YYYY-MM）',
  date: '日期（YYYY-MM-DD）',
  holiday: '节假日（如 "2026 national-day"）',
  half: '半年（如 2026-H1）',
  'next-year': '年份（YYYY）',
};

/** A half-year's survey (P01 走訪 3, 4): its issue and its collection, whichever line came first. */
interface Survey {
  issued?: { readonly at: string; readonly issued: number; readonly line: number };
  collected?: { readonly at: string; readonly returned: number; readonly line: number };
}

/** A month's P08 callback summary, waiting for the month's callback count. */
interface Summary {
  readonly at: string;
  readonly line: number;
}

/** What a report event does, typed per event type. */
type Handlers = {
  readonly [T in ReportEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/**
 * The unit a report is made for: its department (given, or its employee's), else the whole organisation.
 * A multi-site organisation's sites each report their own month.
 */
function unitOf(e: AuditEvent<ReportEventType>, engine: AuditEngine): string {
  return engine.departmentOf(e.employee, e.department) ?? '';
}

const keyOf = (unit: string, period: string) => (unit === '' ? period : `${unit} ${period}`);

export function reports(): Family {
  let judged: JudgedPeriods = new Map();
  /** Units seen reporting each rule: the end judges the missing periods of each. */
  let units = new Map<string, Set<string>>();
  /** P08.monthly-callback summaries wait for the month's callback count. */
  let summaries = new Map<number, Summary>();
  let surveys = new Map<string, Survey>();

  function report(spec: Periodic, period: string, e: AuditEvent<ReportEventType>, engine: AuditEngine): void {
    const rule = spec.rule.id;
    engine.mentioned.add(rule);
    if (!validPeriod(spec.kind, period)) {
      engine.rejectLine(engine.line, 'invalid-event', {
        en: `${rule}: period ${period} is not a ${spec.kind} period`,
        zh: `${rule}：period ${period} 不是${PERIOD_ZH[spec.kind]}`,
      });
      return;
    }
    const unit = unitOf(e, engine);
    let seen = units.get(rule);
    if (!seen) {
      seen = new Set();
      units.set(rule, seen);
    }
    seen.add(unit);
    if (!markJudged(judged, rule, unit, spec.kind, period)) return; // the first report of a period is judged
    const meta: FindingMeta = {
      lines: [engine.line],
      key: keyOf(unit, period),
      ...(unit !== '' && { department: unit }),
      // No employee: a periodic report is the department's obligation (a missing one has nobody to name),
      // so neither a late nor a missing one goes to a person's ledger.
      at: engine.atMs,
    };
    // A report the rule refused (its facts invalid, a limit not configured) is rejected and is not the
    // period's report: a later one for the period is judged, else the end judges the period as unreported.
    // (Kept marked, a valid report after a refused one was accepted without a verdict.)
    const result = engine.decide(rule, spec.facts(period, e, engine), meta);
    if (result === undefined) unmarkJudged(judged, rule, unit, spec.kind, period);
  }

  /** The periodic rule a P01 record's own event satisfies (always in the table). */
  function own(rule: string): Periodic {
    const spec = periodicById.get(rule);
    if (spec === undefined) throw new Error(`no periodic rule ${rule}`);
    return spec;
  }

  function survey(key: string): Survey {
    let s = surveys.get(key);
    if (!s) {
      s = {};
      surveys.set(key, s);
    }
    return s;
  }

  function collection(key: string, s: Survey, engine: AuditEngine, final: boolean): void {
    if (!s.issued) return;
    const facts: FactsOf<typeof surveyCollection> = {
      issuedAt: s.issued.at,
      issued: s.issued.issued,
      returned: s.collected?.returned ?? 0,
    };
    if (s.collected !== undefined) facts.collectedAt = s.collected.at;
    engine.decide(surveyCollection.id, facts, {
      lines: [s.issued.line, ...(s.collected ? [s.collected.line] : [])],
      key,
      at: engine.atMs,
      final,
    });
    surveys.delete(key);
  }

  const handlers: Handlers = {
    'report-submitted'(e, engine) {
      let period = e.period;
      if (e.rule === monthlyCallback.id) {
        engine.mentioned.add(e.rule);
        if (parseMonth(period) === undefined) {
          engine.rejectLine(engine.line, 'invalid-event', {
            en: `${e.rule}: period ${period} is not a month`,
            zh: `${e.rule}：period ${period} 不是月份（YYYY-MM）`,
          });
          return;
        }
        const month = monthIndexOfKey(period);
        // The month's summary is its earliest by time (at one instant, the lower line), not the first read.
        const kept = summaries.get(month);
        const keptMs = kept === undefined ? undefined : parseInstant(kept.at);
        if (keptMs === undefined || engine.atMs < keptMs || (engine.atMs === keptMs && engine.line < (kept?.line ?? 0)))
          summaries.set(month, { at: e.at, line: engine.line });
        return;
      }
      if (e.rule === 'P14.holiday-roster') {
        if (e.holiday === undefined) {
          engine.rejectLine(engine.line, 'invalid-event', {
            en: 'P14.holiday-roster: holiday is required',
            zh: 'P14.holiday-roster：必须写明 holiday',
          });
          return;
        }
        period = `${period} ${e.holiday}`;
      }
      const spec = periodicById.get(e.rule);
      if (spec !== undefined) report(spec, period, e, engine);
    },
    'duty-records-reviewed'(e, engine) {
      report(own('P01.duty-record-review'), e.month, e, engine);
    },
    'community-plan-made'(e, engine) {
      report(own('P01.community-plan'), String(e.year), e, engine);
    },
    'survey-issued'(e, engine) {
      const half = halfKey(e.half, e.year);
      report(own('P01.survey-issue'), half, e, engine);
      const key = keyOf(unitOf(e, engine), half);
      const s = survey(key);
      s.issued ??= { at: e.at, issued: e.issued, line: engine.line };
      if (s.collected) collection(key, s, engine, false);
    },
    'survey-collected'(e, engine) {
      // The same half-year key as the issue's: a bare H1 takes its year, as survey-issued does.
      const half = halfKey(e.half, e.year);
      if (!validPeriod('half', half)) {
        engine.rejectLine(engine.line, 'invalid-event', {
          en: `survey-collected: half ${half} names no year`,
          zh: `survey-collected：半年 ${half} 没有写明年份`,
        });
        return;
      }
      const key = keyOf(unitOf(e, engine), half);
      const s = survey(key);
      s.collected ??= { at: e.at, returned: e.returned, line: engine.line };
      if (s.issued) collection(key, s, engine, false);
    },
  };

  return {
    handle(e, engine) {
      // The event check routed only report events here, each valid against its own type's schema.
      (handlers[e.type as ReportEventType] as (e: unknown, engine: AuditEngine) => void)(e, engine);
    },
    closeMonth(month, engine) {
      const calls = engine.takeTally(callbacks, month);
      const summary = summaries.get(month);
      summaries.delete(month);
      if (!engine.wanted(monthlyCallback.id)) return;
      const facts: FactsOf<typeof monthlyCallback> = { month: monthKey(month), calls };
      if (summary !== undefined) facts.summaryAt = summary.at;
      engine.decide(monthlyCallback.id, facts, {
        lines: summary ? [summary.line] : [],
        key: monthKey(month),
        at: startOfMonth(month, engine.zone, engine.speed.time),
        final: true,
      });
    },
    finish(engine) {
      for (const [key, s] of [...surveys]) {
        if (s.issued) collection(key, s, engine, true);
        else if (s.collected) {
          engine.rejectLine(s.collected.line, 'orphan-event', {
            en: `survey ${key} collected but never issued in the log`,
            zh: `问卷 ${key} 已回收，但日志中没有发放记录`,
          });
        }
      }
      for (const spec of periodicRules) {
        const rule = spec.rule.id;
        if (!engine.wanted(rule)) continue;
        const periods = periodsOf(spec.kind, engine);
        for (const unit of [...(units.get(rule) ?? [''])].sort()) {
          for (const period of periods) {
            if (!markJudged(judged, rule, unit, spec.kind, period)) continue;
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
    save: (): FamilyState => ({ judged, units, summaries, surveys }),
    restore(state) {
      judged = state.judged as JudgedPeriods;
      units = state.units as Map<string, Set<string>>;
      summaries = state.summaries as Map<number, Summary>;
      surveys = state.surveys as Map<string, Survey>;
    },
  };
}
