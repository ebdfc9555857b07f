/**
 * P12 at month end (the month close's first step): the month-counted ladders (absence, phone use, chatting,
 * reading) as findings of their own, then P12.monthly-score over everything the person's month gathered —
 * whose score and sanctions this step posts (the itemised P12 findings are not booked again).
 */
import type { InstantCodec } from '../../kernel/instant-codec.js';
import type { RuleResult } from '../../kernel/result.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import type { Occurrence, PersonMonth, ScoringTally } from './book.js';
import type { CallFacts } from './calls.js';
import type { Posting } from './postings.js';
import { type PricedAt, postingOfSanction } from './priced.js';

function severityText(o: Occurrence): string {
  return o.severity === undefined ? '' : String(o.severity);
}

/**
 * A month ladder's facts: the count, and the severity given on the 3rd and 4th occurrences in time order
 * (those steps' extra points depend on it) — by instant, then severity (a `facts` event's count gives
 * several at one instant), so the order lines came in does not matter.
 */
function ladderFacts(occurrences: readonly Occurrence[], employee: string) {
  const sorted = [...occurrences].sort(
    (a, b) => a.at - b.at || (severityText(a) < severityText(b) ? -1 : severityText(a) > severityText(b) ? 1 : 0),
  );
  const third = sorted[2]?.severity;
  const fourth = sorted[3]?.severity;
  const severity = { ...(third !== undefined && { third }), ...(fourth !== undefined && { fourth }) };
  return { count: sorted.length, employee, ...((third !== undefined || fourth !== undefined) && { severity }) };
}

function ascending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i += 1) if ((numbers[i] ?? 0) < (numbers[i - 1] ?? 0)) return false;
  return true;
}

/** Sort a list in place by each item's JSON. */
function sortByJson<T>(items: T[]): void {
  const sorted = items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
  items.splice(0, items.length, ...sorted);
}

/** The month's items in a canonical order: the score must not depend on the order lines came in. */
function canonical(s: ScoringTally, zone: string, time: InstantCodec): CallFacts[] {
  const calls = s.calls.byStart(zone, time);
  s.absentDays.sort();
  // Lines come in order unless the log's lines were reordered: a look is cheaper than a sort.
  if (!ascending(s.lines)) s.lines.sort((a, b) => a - b);
  sortByJson(s.dress);
  sortByJson(s.grooming);
  sortByJson(s.dozing);
  sortByJson(s.serviceComplaints);
  sortByJson(s.praise);
  return calls;
}

/** The rules judged over a person's whole month at its close. */
export const monthRules = ['P12.absence', 'P12.phone-use', 'P12.chatting', 'P12.reading', 'P12.monthly-score'];

/** Judge a person's month: the P12.monthly-score's score and sanctions as postings. */
export function scoreMonth(pm: PersonMonth, engine: AuditEngine, priced: PricedAt): Posting[] {
  // The month's instant texts are parsed by each rule's facts schema and body, and again inside
  // P12.monthly-score's calls to the item rules: remembered for the month's close.
  const r = engine.speed.time.withMemo(() => judgeMonth(pm, engine));
  if (r === undefined) return [];
  const out: Posting[] = [];
  const source = r.ruleId;
  const v = r.value as { score?: unknown } | undefined;
  if (typeof v?.score === 'number') {
    out.push({ employee: pm.employee, month: pm.month, source, kind: 'score', score: v.score });
  }
  for (const s of r.sanctions) out.push(postingOfSanction(s, false, priced, source));
  return out;
}

function judgeMonth(pm: PersonMonth, engine: AuditEngine): RuleResult | undefined {
  const month = monthKey(pm.month);
  const s = pm.scoring;
  const meta = {
    lines: s?.lines ?? [],
    key: month,
    employee: pm.employee,
    department: pm.department,
    at: startOfMonth(pm.month, engine.zone, engine.speed.time),
    final: true,
    bookedByCaller: true,
  };
  // The organisation file's day wage, else one a `facts` event for P12.absence gave.
  const dayWage = engine.people.get(pm.employee)?.dayWage ?? s?.dayWage;
  const calls = s ? canonical(s, engine.zone, engine.speed.time) : [];
  if (s) {
    if (s.absentDays.length > 0) {
      engine.decide(
        'P12.absence',
        { month, absentDays: s.absentDays, ...(dayWage !== undefined && { dayWage }), employee: pm.employee },
        meta,
      );
    }
    if (calls.length > 0) engine.decide('P12.phone-use', { month, calls, employee: pm.employee }, meta);
    if (s.chats.length > 0) engine.decide('P12.chatting', ladderFacts(s.chats, pm.employee), meta);
    if (s.readings.length > 0) engine.decide('P12.reading', ladderFacts(s.readings, pm.employee), meta);
  }
  const facts = {
    month,
    employee: pm.employee,
    ...(s && {
      lateness: s.lateness.byShiftStart(pm.employee, engine.zone, engine.speed.time),
      absentDays: s.absentDays,
      ...(s.absentDays.length > 0 && dayWage !== undefined && { dayWage }),
      calls,
      chats: ladderFacts(s.chats, pm.employee),
      readings: ladderFacts(s.readings, pm.employee),
      dress: s.dress,
      grooming: s.grooming,
      posture: s.posture,
      dozing: s.dozing,
      serviceComplaints: s.serviceComplaints,
      praise: s.praise,
      ...(s.goodWork > 0 && { goodWork: s.goodWork }),
    }),
  };
  return engine.decide('P12.monthly-score', facts, meta);
}
