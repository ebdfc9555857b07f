/**
 * Complaints: one case per complaint, under P01 (property: reply in 2 h, callback rate), P09 (retail:
 * closed in 7 days, record card) or P13 (manufacturing: closure, investigation report, GM opinion).
 * A property complaint stays open until it is closed and, if valid, called back: the callback rate of its
 * month counts it when it is freed.
 */
import { type CaseBase, CaseBook, type Obligation, type Party } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { addLine } from '../ledger/book.js';
import { monthKey, startOfMonth } from '../months.js';
import { bool, caseKey, type Family, str } from './family.js';

interface Complaint extends CaseBase {
  scheme: 'property' | 'retail' | 'manufacturing';
  received?: string;
  receivedMs: number;
  /** The receipt's line: a month's callback rate cites the complaint by it (not by its first line read). */
  receivedLine?: number;
  valid: boolean;
  invalidated: boolean;
  /** When it was confirmed invalid (P01 投訴 5: the 2 h run from then). */
  invalidatedAt?: string;
  /** The department its receipt counted a complaint against (P04 1.6), to take it back if invalidated. */
  countedIn?: string | undefined;
  settledOnSpot: boolean;
  replied?: string;
  nextReplyAt?: string;
  calledBack: boolean;
  accepted?: string;
  acceptedMs: number;
  /** The market given on acceptance, else on receipt (P13 第十條: 15 or 20 days), whatever order they came in. */
  acceptanceMarket?: string;
  receiptMarket?: string;
  handled?: string;
  handledMs: number;
  reported?: string;
  /**
   * The quality department's people on the handling and report lines (P13 第九條(二) is theirs): the earliest
   * line naming one, whatever order the lines came in.
   */
  quality?: NamedStep;
  salesResult?: string;
  salesResultMs: number;
  opinion?: string;
  /** The GM office's people on the sales-result and opinion lines (P13 第九條(五) is theirs), likewise. */
  gmOffice?: NamedStep;
  closed?: string;
  customer?: string;
  request?: string;
  number?: string;
  departmentOpinion?: string;
}

/** Who a step's line names, and when: the earliest such line answers for the step. */
interface NamedStep {
  readonly party: Party;
  readonly ms: number;
}

/** The employee and department a line names (the department from the organisation file), if any. */
function partyOf(e: AuditEvent, engine: AuditEngine): Party | undefined {
  const department = engine.departmentOf(e.employee, e.department);
  return e.employee === undefined && department === undefined ? undefined : { employee: e.employee, department };
}

/**
 * The step's party after this line: the earliest line naming one (at one instant, the smaller employee, then
 * department), so that it does not depend on which of the step's lines is read first.
 */
function earliestNamed(held: NamedStep | undefined, e: AuditEvent, engine: AuditEngine): NamedStep | undefined {
  const party = partyOf(e, engine);
  if (party === undefined) return held;
  const ms = engine.atMs;
  if (held === undefined || ms < held.ms) return { party, ms };
  if (ms > held.ms) return held;
  const id = (p: Party) => `${p.employee ?? ''}\u0000${p.department ?? ''}`;
  return id(party) < id(held.party) ? { party, ms } : held;
}

const property = (c: Complaint) => c.received !== undefined && c.scheme === 'property';
const retail = (c: Complaint) => c.received !== undefined && c.scheme === 'retail';
const validNow = (c: Complaint) => c.valid && !c.invalidated;

function create(key: string): Complaint {
  return {
    key,
    lines: [],
    last: Number.NEGATIVE_INFINITY,
    decided: 0,
    scheme: 'property',
    receivedMs: 0,
    valid: true,
    invalidated: false,
    settledOnSpot: false,
    calledBack: false,
    acceptedMs: 0,
    handledMs: 0,
    salesResultMs: 0,
  };
}

/**
 * P13's closing window is decided once the closing and the market are known: the acceptance's market, or
 * (the acceptance giving none) the receipt's once the receipt is read — a closing read before the receipt
 * must not judge the case without the market the receipt gives. With neither, it is judged (refused) at the
 * end.
 */
const closureDone = (c: Complaint) =>
  c.closed !== undefined && (c.acceptanceMarket !== undefined || c.received !== undefined);

/**
 * P13's closing window, judged twice: the closure itself and its overdue follow-up (reminder, inquiry). The
 * market is not guessed: 15 or 20 days (第十條) decide the verdict, so without it the rule refuses the case.
 */
function closureWindowFacts(c: Complaint): Record<string, unknown> {
  const f: Record<string, unknown> = { acceptedAt: c.accepted };
  const market = c.acceptanceMarket ?? c.receiptMarket;
  if (market !== undefined) f.market = market;
  if (c.closed !== undefined) f.closedAt = c.closed;
  return f;
}

/** P09 第七條/第十六條: a retail complaint found not established is declined, with no case or card. */
function retailFacts(c: Complaint, f: Record<string, unknown>): Record<string, unknown> {
  if (!validNow(c)) f.accepted = false;
  return f;
}

const obligations: readonly Obligation<Complaint>[] = [
  {
    rule: 'P01.complaint-reply',
    open: property,
    // Settled on the spot, a valid complaint owes no reply: decided (not applicable) at once.
    done: (c) => c.replied !== undefined || (validNow(c) && c.settledOnSpot),
    facts: (c) => {
      const f: Record<string, unknown> = { receivedAt: c.received, valid: validNow(c), settledOnSpot: c.settledOnSpot };
      if (!validNow(c) && c.invalidatedAt !== undefined) f.invalidatedAt = c.invalidatedAt;
      if (c.replied !== undefined) f.repliedAt = c.replied;
      if (c.nextReplyAt !== undefined) f.nextReplyAt = c.nextReplyAt;
      return f;
    },
    start: (c) => c.receivedMs,
  },
  {
    rule: 'P09.closure',
    open: retail,
    done: (c) => c.closed !== undefined || !validNow(c),
    facts: (c) => {
      const f: Record<string, unknown> = { receivedAt: c.received };
      if (c.closed !== undefined) f.closedAt = c.closed;
      return retailFacts(c, f);
    },
    start: (c) => c.receivedMs,
  },
  {
    rule: 'P09.record-card',
    open: retail,
    done: (c) => c.closed !== undefined || !validNow(c),
    facts: (c) => {
      const f: Record<string, unknown> = { receivedAt: c.received };
      if (c.customer !== undefined) f.customer = c.customer;
      if (c.request !== undefined) f.request = c.request;
      if (c.number !== undefined) f.number = c.number;
      if (c.departmentOpinion !== undefined) f.departmentOpinion = c.departmentOpinion;
      // Judged while still open (at the end, or by a sweep): the opinion may come with the closing.
      if (c.closed === undefined) f.inProgress = true;
      return retailFacts(c, f);
    },
    start: (c) => c.receivedMs,
  },
  {
    rule: 'P13.closure',
    open: (c) => c.accepted !== undefined,
    done: closureDone,
    facts: closureWindowFacts,
    start: (c) => c.acceptedMs,
  },
  {
    // The P13 follow-up of the same window: a reminder for an open overdue case, an inquiry for a late one.
    rule: 'P13.overdue-action',
    open: (c) => c.accepted !== undefined,
    done: closureDone,
    facts: closureWindowFacts,
    start: (c) => c.acceptedMs,
  },
  {
    rule: 'P13.investigation-report',
    open: (c) => c.handled !== undefined,
    done: (c) => c.reported !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { handledAt: c.handled };
      if (c.reported !== undefined) f.reportedAt = c.reported;
      return f;
    },
    start: (c) => c.handledMs,
    // The quality department's step, not the person who took the complaint: nobody when no line names one.
    party: (c) => c.quality?.party,
  },
  {
    rule: 'P13.opinion',
    open: (c) => c.salesResult !== undefined,
    done: (c) => c.opinion !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { receivedAt: c.salesResult };
      if (c.opinion !== undefined) f.opinionAt = c.opinion;
      return f;
    },
    start: (c) => c.salesResultMs,
    // The GM office's step, likewise.
    party: (c) => c.gmOffice?.party,
  },
];

/**
 * Nothing more is expected. A manufacturing complaint waits for every step of its record (P13 第九條:
 * acceptance, handling and report, sales' result and the opinion) besides its closing: a step read after
 * the case was freed would open a new case without its other half (an opinion without its sales result).
 */
const complete = (c: Complaint) =>
  c.received !== undefined &&
  c.closed !== undefined &&
  (c.scheme !== 'property' || c.calledBack || !validNow(c)) &&
  (c.scheme !== 'manufacturing' ||
    (c.accepted !== undefined &&
      c.handled !== undefined &&
      c.reported !== undefined &&
      c.salesResult !== undefined &&
      c.opinion !== undefined)) &&
  allDecided(c);

const orphan = (c: Complaint) =>
  c.received === undefined && c.accepted === undefined && c.handled === undefined && c.salesResult === undefined
    ? `no complaint ${c.key} was received in the log`
    : undefined;

// Which obligations are open is known from the case itself: every open one must be decided.
function allDecided(c: Complaint): boolean {
  const open = [
    property(c),
    retail(c),
    retail(c),
    c.accepted !== undefined,
    c.accepted !== undefined,
    c.handled !== undefined,
    c.salesResult !== undefined,
  ];
  return open.every((isOpen, i) => !isOpen || (c.decided & (1 << i)) !== 0);
}

interface CallbackTally {
  valid: number;
  calledBack: number;
  readonly lines: number[];
}

export function complaints(): Family {
  const tallies = new Map<number, CallbackTally>();
  const cases = new CaseBook<Complaint>({
    create,
    obligations,
    complete,
    orphan,
    // The callback rate of the month of receipt counts a valid property complaint once it is freed.
    onFree: (c, engine) => {
      if (!property(c) || !validNow(c)) return;
      const month = engine.openMonth(c.receivedMs);
      let t = tallies.get(month);
      if (!t) {
        t = { valid: 0, calledBack: 0, lines: [] };
        tallies.set(month, t);
      }
      t.valid += 1;
      if (c.calledBack) t.calledBack += 1;
      // The complaint's receipt, not its first line read (its closing, a callback…): the same whatever order.
      if (c.receivedLine !== undefined) addLine(t.lines, c.receivedLine);
    },
  });
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const c = cases.touch(caseKey(e), engine, e.employee, e.department);
      switch (e.type) {
        case 'complaint-received': {
          if (c.received !== undefined) break; // a repeated receipt changes nothing
          c.received = e.at;
          c.receivedMs = engine.atMs;
          c.receivedLine = engine.line;
          const scheme = str(e, 'scheme');
          if (scheme === 'retail' || scheme === 'manufacturing') c.scheme = scheme;
          c.valid = bool(e, 'valid') ?? true;
          c.settledOnSpot = bool(e, 'settledOnSpot') ?? false;
          c.receiptMarket = str(e, 'market');
          c.customer = str(e, 'customer') ?? c.customer;
          c.request = str(e, 'request') ?? c.request;
          c.number = str(e, 'number') ?? c.number;
          c.departmentOpinion = str(e, 'departmentOpinion') ?? c.departmentOpinion;
          if (c.scheme === 'property') engine.mentioned.add('P01.complaint-callback-rate');
          // A complaint received valid puts P04 on the log even if confirmed invalid later — also when the
          // confirmation's line was read first (it is then not counted, rather than counted and taken back).
          if (c.valid) engine.mentioned.add('P04.zero-incidents');
          if (validNow(c)) {
            const dept = engine.departmentOf(e.employee, e.department);
            if (dept !== undefined) engine.tally(`complaints\u0000${dept}`, engine.atMs);
            c.countedIn = dept;
          }
          break;
        }
        case 'complaint-invalidated':
          if (c.invalidated) break; // confirmed once: a repeat changes nothing
          c.invalidated = true;
          c.invalidatedAt = e.at;
          // An invalid complaint is no complaint for P04 1.6, whether found so on receipt or later.
          // (A month already closed under maxDelay has been judged: it is not reopened.)
          if (c.countedIn !== undefined && engine.month(c.receivedMs) >= engine.openFrom) {
            engine.tally(`complaints\u0000${c.countedIn}`, c.receivedMs, -1);
          }
          c.countedIn = undefined;
          break;
        case 'complaint-replied':
          if (c.replied === undefined) {
            c.replied = e.at;
            c.nextReplyAt = str(e, 'nextReplyAt');
          }
          break;
        case 'complaint-called-back':
          c.calledBack = true;
          cases.tallyOnceReal(c, engine, 'callbacks', engine.atMs);
          break;
        case 'complaint-accepted':
          if (c.accepted === undefined) {
            c.accepted = e.at;
            c.acceptedMs = engine.atMs;
          }
          c.acceptanceMarket ??= str(e, 'market');
          break;
        case 'complaint-handled':
          if (c.handled === undefined) {
            c.handled = e.at;
            c.handledMs = engine.atMs;
          }
          c.quality = earliestNamed(c.quality, e, engine);
          break;
        case 'investigation-reported':
          c.reported ??= e.at;
          c.quality = earliestNamed(c.quality, e, engine);
          break;
        case 'sales-result-received':
          if (c.salesResult === undefined) {
            c.salesResult = e.at;
            c.salesResultMs = engine.atMs;
          }
          c.gmOffice = earliestNamed(c.gmOffice, e, engine);
          break;
        case 'opinion-written':
          c.opinion ??= e.at;
          c.gmOffice = earliestNamed(c.gmOffice, e, engine);
          break;
        case 'complaint-closed':
          c.closed ??= e.at;
          c.departmentOpinion = str(e, 'departmentOpinion') ?? c.departmentOpinion;
          break;
      }
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
    closeMonth(month, engine) {
      const t = tallies.get(month);
      tallies.delete(month);
      if (t === undefined && !engine.wanted('P01.complaint-callback-rate')) return;
      engine.decide(
        'P01.complaint-callback-rate',
        { validComplaints: t?.valid ?? 0, calledBack: t?.calledBack ?? 0 },
        {
          lines: t?.lines ?? [],
          key: monthKey(month),
          at: startOfMonth(month, engine.zone, engine.speed.time),
          final: true,
        },
      );
    },
  };
}
