/**
 * What the families see of a person's P12 month (`Ledger.scoring`): the same calls they made when they wrote
 * into the month directly (`.lateness.push(…)`, `.posture += n`, `.dayWage = w`), each now a `scoring` posting
 * through `Ledger.post`. Kept so the families' call sites need not change with the ledger; a family written
 * afresh posts directly: `ledger.post({ kind: 'scoring', employee, month, line, source, item })`.
 */
import type { CallFacts } from './calls.js';
import type { Occurrence, ScoringItem, Severity } from './postings.js';

interface Pushes<T> {
  push(...items: T[]): void;
}

export interface ScoringMonth {
  readonly lateness: {
    push(shiftStart: string, shiftMs: number, arrivedAt: string, arrivedMs: number, zone?: string): void;
  };
  readonly absentDays: Pushes<string> & { includes(day: string): boolean };
  readonly calls: { push(call: CallFacts, startMs: number, endMs: number, zone?: string): void };
  readonly chats: Pushes<Occurrence>;
  readonly readings: Pushes<Occurrence>;
  readonly dress: Pushes<{ missing: readonly string[]; employee: string }>;
  readonly grooming: Pushes<{ severity: Severity; aspect?: string; employee: string }>;
  posture: number;
  readonly dozing: Pushes<{ severity: Severity; employee: string }>;
  readonly serviceComplaints: Pushes<{ severity: Severity; employee: string }>;
  readonly praise: Pushes<{ severity: Severity; employee: string }>;
  /** P12 4.3: merits for good work, added to the month. */
  readonly goodWork: { add(times: number): void };
  dayWage: number | undefined;
}

/** What the sink reads back (the month's absent days, posture and day wage so far). */
export interface TallyView {
  readonly absentDays: readonly string[];
  readonly posture: number;
  readonly dayWage: number | undefined;
}

/** `post`: posts one item to the person's month; `view`: that month's tally as it stands. */
export function scoringSink(post: (item: ScoringItem) => void, view: () => TallyView): ScoringMonth {
  const severities = (type: 'dozing' | 'service-complaint' | 'praise'): Pushes<{ severity: Severity }> => ({
    push: (...items) => {
      for (const { severity } of items) post({ type, severity });
    },
  });
  return {
    lateness: {
      push: (shiftStart, shiftMs, arrivedAt, arrivedMs) =>
        post({ type: 'arrival', shiftStart, shiftMs, arrivedAt, arrivedMs }),
    },
    absentDays: {
      includes: (day) => view().absentDays.includes(day),
      push: (...days) => {
        for (const day of days) post({ type: 'absent-day', day });
      },
    },
    calls: { push: (call, startMs, endMs) => post({ type: 'call', call, startMs, endMs }) },
    chats: {
      push: (...occurrences) => {
        for (const occurrence of occurrences) post({ type: 'chat', occurrence });
      },
    },
    readings: {
      push: (...occurrences) => {
        for (const occurrence of occurrences) post({ type: 'reading', occurrence });
      },
    },
    dress: {
      push: (...items) => {
        for (const { missing } of items) post({ type: 'dress', missing });
      },
    },
    grooming: {
      push: (...items) => {
        for (const { severity, aspect } of items) post({ type: 'grooming', severity, aspect });
      },
    },
    get posture() {
      return view().posture;
    },
    set posture(total: number) {
      post({ type: 'posture', times: total - view().posture });
    },
    dozing: severities('dozing'),
    serviceComplaints: severities('service-complaint'),
    praise: severities('praise'),
    goodWork: { add: (times) => post({ type: 'good-work', times }) },
    get dayWage() {
      return view().dayWage;
    },
    set dayWage(wage: number | undefined) {
      if (wage !== undefined) post({ type: 'day-wage', wage });
    },
  };
}
