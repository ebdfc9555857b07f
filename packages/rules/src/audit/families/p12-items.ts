/**
 * The P12 items a `facts` event may hand in (`{"type":"facts","rule":"P12.grooming",…}`): the eleven rules
 * P12.monthly-score folds. The ledger books P12 only through the month's score (ledger/scoring.ts, over the
 * person's ScoringMonth), so an item judged from its line alone would cost the person nothing. Each item
 * here joins the person's month the way its own event does (conduct/breach.ts, shifts.ts, calls.ts), and so counts
 * once, in the score. The facts are parsed with the item rule's own schema (no fact is re-read here).
 */
import type * as z from 'zod';
import type { Bilingual } from '../../kernel/result.js';
import { parseInstant } from '../../kernel/time.js';
import { absence } from '../../policies/p12-staff-scoring/absence.js';
import { chatting } from '../../policies/p12-staff-scoring/chatting.js';
import { dozing } from '../../policies/p12-staff-scoring/dozing.js';
import { dress } from '../../policies/p12-staff-scoring/dress.js';
import { grooming } from '../../policies/p12-staff-scoring/grooming.js';
import type { ladderFacts } from '../../policies/p12-staff-scoring/ladder.js';
import { lateness } from '../../policies/p12-staff-scoring/lateness.js';
import { phoneUse } from '../../policies/p12-staff-scoring/phone-use.js';
import { posture } from '../../policies/p12-staff-scoring/posture.js';
import { praise } from '../../policies/p12-staff-scoring/praise.js';
import { reading } from '../../policies/p12-staff-scoring/reading.js';
import { serviceComplaint } from '../../policies/p12-staff-scoring/service-complaint.js';
import type { AuditEngine } from '../engine.js';
import type { Occurrence, ScoringMonth } from '../ledger/book.js';
import type { Ledger } from '../ledger/index.js';
import { monthIndexOfKey, monthKey } from '../months.js';

/**
 * `maxDelay` set: a P12 item whose month is already settled cannot join it (a closed month's score is final,
 * and booked into the open month it would make that month's P12 facts refuse): the line is a late event.
 */
export function settled(engine: AuditEngine, month: number, what: Bilingual): boolean {
  if (month >= engine.openFrom) return false;
  const key = monthKey(month);
  engine.rejectLine(engine.line, 'late-event', {
    en: `${what.en} belongs to ${key}, already settled (more than maxDelay ago): it cannot change that month's P12 score`,
    zh: `${what.zh}属于 ${key}，该月已经结算（超过 maxDelay）：不能再改变该月的 P12 评分`,
  });
  return true;
}

interface ItemContext {
  readonly engine: AuditEngine;
  readonly ledger: Ledger;
  readonly employee: string;
}

export interface P12Item {
  /**
   * An incident is judged on its own line, as its own event is. A month ladder (absence, phone use, chatting,
   * reading) is judged only at month close with the month's whole count — its rung (the 3rd time: a warning)
   * depends on every occurrence of the month, and judging the line as well would report the same
   * occurrences twice.
   */
  readonly atOnce: boolean;
  /**
   * The month the facts join when it is not the line's own (lateness: the shift's; absence, phone use: the
   * month given), so that one already settled is refused before anything is judged; undefined otherwise.
   */
  monthOf(facts: unknown, engine: AuditEngine): number | undefined;
  /** Add the facts to the person's month; false (nothing added) when they do not parse. */
  merge(facts: unknown, c: ItemContext): boolean;
}

function item<S extends z.ZodType>(
  schema: S,
  atOnce: boolean,
  add: (f: z.output<S>, c: ItemContext) => void,
  monthOf?: (f: z.output<S>, engine: AuditEngine) => number | undefined,
): P12Item {
  return {
    atOnce,
    monthOf(facts, engine) {
      if (monthOf === undefined) return undefined;
      const parsed = schema.safeParse(facts);
      return parsed.success ? monthOf(parsed.data, engine) : undefined;
    },
    merge(facts, c) {
      const parsed = schema.safeParse(facts);
      if (!parsed.success) return false;
      add(parsed.data, c);
      return true;
    },
  };
}

function month(c: ItemContext, index: number): ScoringMonth {
  return c.ledger.scoring(c.employee, index, c.engine.line);
}

/** The month of the line's own instant (incidents, as conduct/breach.ts books them). */
function thisMonth(c: ItemContext): ScoringMonth {
  return month(c, c.engine.month(c.engine.atMs));
}

/**
 * A ladder's count as that many occurrences at the line's instant: one severity goes with each, a
 * `{ third, fourth }` with the third and fourth of them (the rungs it chooses).
 */
function occurrences(f: z.output<typeof ladderFacts>, at: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < f.count; i += 1) {
    const s = f.severity;
    const severity = typeof s === 'object' ? (i === 2 ? s.third : i === 3 ? s.fourth : undefined) : s;
    out.push({ at, severity });
  }
  return out;
}

/** The rule's own month: the one given, else the first call's (it checks every call is in it). */
function phoneMonth(f: z.output<typeof phoneUse.facts>, engine: AuditEngine): number | undefined {
  if (f.month !== undefined) return monthIndexOfKey(f.month);
  const first = f.calls[0];
  const start = first === undefined ? undefined : parseInstant(first.start);
  return start === undefined ? undefined : engine.month(start);
}

export const p12Items: ReadonlyMap<string, P12Item> = new Map<string, P12Item>([
  [
    'P12.lateness',
    // Lateness counts in the month of the shift, as for `arrived`.
    item(
      lateness.facts,
      true,
      (f, c) => {
        const start = parseInstant(f.shiftStart);
        const arrived = parseInstant(f.arrivedAt) ?? Number.NaN;
        month(c, c.engine.month(start ?? c.engine.atMs)).lateness.push(
          f.shiftStart,
          start ?? Number.NaN,
          f.arrivedAt,
          arrived,
          c.engine.zone,
        );
      },
      (f, engine) => engine.month(parseInstant(f.shiftStart) ?? engine.atMs),
    ),
  ],
  [
    'P12.absence',
    item(
      absence.facts,
      false,
      (f, c) => {
        const s = month(c, monthIndexOfKey(f.month));
        for (const day of f.absentDays) if (!s.absentDays.includes(day)) s.absentDays.push(day);
        // The organisation file's day wage prices the month when it has one (scoring.ts); else this figure.
        // Lines that disagree: the lowest, whatever their order (no line charges more than it says).
        if (f.dayWage !== undefined) s.dayWage = s.dayWage === undefined ? f.dayWage : Math.min(s.dayWage, f.dayWage);
      },
      (f) => monthIndexOfKey(f.month),
    ),
  ],
  [
    'P12.phone-use',
    item(
      phoneUse.facts,
      false,
      (f, c) => {
        const index = phoneMonth(f, c.engine);
        if (index === undefined) return;
        const calls = month(c, index).calls;
        for (const call of f.calls) {
          const startMs = parseInstant(call.start) ?? c.engine.atMs;
          calls.push(call, startMs, parseInstant(call.end) ?? startMs, c.engine.zone);
        }
      },
      phoneMonth,
    ),
  ],
  ['P12.chatting', item(chatting.facts, false, (f, c) => thisMonth(c).chats.push(...occurrences(f, c.engine.atMs)))],
  ['P12.reading', item(reading.facts, false, (f, c) => thisMonth(c).readings.push(...occurrences(f, c.engine.atMs)))],
  [
    'P12.dress',
    item(dress.facts, true, (f, c) => thisMonth(c).dress.push({ missing: f.missing, employee: c.employee })),
  ],
  [
    'P12.grooming',
    item(grooming.facts, true, (f, c) =>
      thisMonth(c).grooming.push({
        severity: f.severity,
        ...(f.aspect !== undefined && { aspect: f.aspect }),
        employee: c.employee,
      }),
    ),
  ],
  [
    'P12.posture',
    item(posture.facts, true, (f, c) => {
      thisMonth(c).posture += f.times;
    }),
  ],
  [
    'P12.dozing',
    item(dozing.facts, true, (f, c) => thisMonth(c).dozing.push({ severity: f.severity, employee: c.employee })),
  ],
  [
    'P12.service-complaint',
    item(serviceComplaint.facts, true, (f, c) =>
      thisMonth(c).serviceComplaints.push({ severity: f.severity, employee: c.employee }),
    ),
  ],
  [
    'P12.praise',
    item(praise.facts, true, (f, c) => thisMonth(c).praise.push({ severity: f.severity, employee: c.employee })),
  ],
]);
