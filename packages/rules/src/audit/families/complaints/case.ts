/**
 * A complaint case: what its events said, until each of its obligations is decided. One case per complaint,
 * under P01 (property), P09 (retail) or P13 (manufacturing); `scheme` says which.
 */
import type { COMPLAINT_CAUSES } from '../../../policies/p13-manufacturing-complaints/classify.js';
import type { CaseBase, Party } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { Step } from '../family.js';

type Cause = (typeof COMPLAINT_CAUSES)[number];

export interface Complaint extends CaseBase {
  scheme: 'property' | 'retail' | 'manufacturing';
  received?: string;
  receivedMs: number;
  /** The receipt's line: a month's callback rate cites the complaint by it (not by its first line read). */
  receivedLine?: number;
  valid: boolean;
  invalidated: boolean;
  /** When it was confirmed invalid (P01 投訴 5: the 2 h run from then). */
  invalidatedAt?: string;
  invalidatedMs?: number;
  /** P09 第七條: who declined it (the supervisor, or the store on its own), when the log says. */
  declinedBy?: 'supervisor' | 'store' | undefined;
  /**
   * P09 第七條: who decided to accept a retail complaint, from the earliest acceptance line in time giving it
   * (whatever order the lines came in), and when.
   */
  acceptedBy?: { readonly decidedBy: 'supervisor' | 'store'; readonly at: string; readonly ms: number };
  /** P13 第九條(十三): the receivable's normal due date, when the complaint was not established. */
  receivableDueOn?: string | undefined;
  /** P13 第九條(十三): when that receivable was collected. */
  collected?: string;
  /** P13 第九條(十三): the customer objected instead, and whether it went to the superior (the first such line). */
  objection?: { readonly escalated: boolean };
  /** P13 第七條(一)4: when sales told the customer the approved result (the earliest such line read first). */
  relayed?: string;
  /** The department its receipt counted a complaint against (P04 1.6), to take it back if invalidated. */
  countedIn?: string | undefined;
  settledOnSpot: boolean;
  /**
   * The reply P01 投訴 4 and P09 第七條 judge: the earliest `complaint-replied` by time (not the first read), with
   * the next reply time it agreed. Rules reading it are decided at settlement, when no earlier reply can come.
   */
  replied?: string;
  repliedMs?: number;
  nextReplyAt?: string | undefined;
  /** P01 投訴 2: the follow-up, the earliest reply later in time than `replied`. */
  followedUp?: { readonly at: string; readonly ms: number };
  /** P01 投訴 2: the record's entries on the closing line (handling, outcome), when the log gives them. */
  record?: { handling?: string | undefined; outcome?: string | undefined };
  calledBack: boolean;
  accepted?: string;
  acceptedMs: number;
  /** The market given on acceptance, else on receipt (P13 第十條: 15 or 20 days), whatever order they came in. */
  acceptanceMarket?: 'domestic' | 'foreign' | undefined;
  receiptMarket?: 'domestic' | 'foreign' | undefined;
  handled?: string;
  handledMs: number;
  reported?: string;
  /**
   * The quality department's people on the handling and report lines (P13 第九條(二) is theirs): the earliest
   * line naming one, whatever order the lines came in.
   */
  quality?: NamedStep | undefined;
  salesResult?: string;
  salesResultMs: number;
  opinion?: string;
  /** The GM office's people on the sales-result and opinion lines (P13 第九條(五) is theirs), likewise. */
  gmOffice?: NamedStep | undefined;
  closed?: string;
  /** The closing's instant: a route's steps are all in once the horizon passes it. */
  closedMs?: number;
  /** The route's steps in time order (P09 第九–十四條, P13 第九條(三)–(五)); absent until one is logged. */
  steps?: Step[];
  /** The store's card flow (P09 第十六條), kept apart from the handling route; absent until one is logged. */
  cardSteps?: Step[];
  /** P13 第九條(六): the cause found and the tracking decision, from the earliest such line. */
  classification?: {
    readonly cause: Cause;
    readonly tracking?: 'tracked' | 'not-tracked' | undefined;
    readonly ms: number;
  };
  /** P13 第九條(八): the customer did not accept the conclusion (the earliest such line), and the refiling. */
  disputed?: { readonly at: string; readonly ms: number };
  refiled?: { readonly newForm: string; readonly originalAttached: boolean; readonly ms: number };
  /** P13 complaint form (第九條(一)), from the receipt. */
  form?: {
    partNumber?: string | undefined;
    shipDate?: string | undefined;
    quantity?: string | undefined;
    defectiveQuantity?: string | undefined;
    salesOpinion?: string | undefined;
    sampleAttached?: boolean | undefined;
    quantityOpen?: boolean | undefined;
  };
  /** P09 investigation report (第十七條), from the first report line giving any of its items. */
  report?: {
    cause?: string | undefined;
    course?: string | undefined;
    responsible?: string | undefined;
    conclusion?: string | undefined;
    countermeasures?: string | undefined;
    prevention?: string | undefined;
  };
  reportMs?: number;
  /** P13 第七條(四): manufacturing's report, from the earliest production-analysed step line read. */
  production?: {
    productionUnit?: string | undefined;
    machineShift?: string | undefined;
    operator?: string | undefined;
    productionDate?: string | undefined;
  };
  productionMs?: number;
  /** P13 第三條: a no-loss quality reaction handled on site, from the first such line. */
  anomaly?: { readonly lossCaused: boolean; readonly formFiled: boolean; readonly ms: number };
  customer?: string | undefined;
  request?: string | undefined;
  number?: string | undefined;
  departmentOpinion?: string | undefined;
}

/** Who a step's line names, and when: the earliest such line answers for the step. */
export interface NamedStep {
  readonly party: Party;
  readonly ms: number;
}

export function createComplaint(key: string): Complaint {
  return {
    key,
    lines: [],
    last: Number.NEGATIVE_INFINITY,
    decided: [],
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

export const property = (c: Complaint) => c.received !== undefined && c.scheme === 'property';
export const retail = (c: Complaint) => c.received !== undefined && c.scheme === 'retail';
export const manufacturing = (c: Complaint) => c.received !== undefined && c.scheme === 'manufacturing';
export const validNow = (c: Complaint) => c.valid && !c.invalidated;

/** A `complaint-replied` line: its instant and the next reply time it agreed. */
export interface Reply {
  readonly at: string;
  readonly ms: number;
  readonly nextReplyAt?: string | undefined;
}

/**
 * At one instant, which of two replies stands as the first: the one agreeing a next reply time, then the
 * smaller texts — a fixed choice, so that it does not depend on which line was read first.
 */
function ranksFirst(a: Reply, b: Reply): boolean {
  if ((a.nextReplyAt === undefined) !== (b.nextReplyAt === undefined)) return a.nextReplyAt !== undefined;
  const key = (r: Reply) => `${r.nextReplyAt ?? ''}\u0000${r.at}`;
  return key(a) < key(b);
}

/**
 * Take a reply into the case: the earliest by time is the reply (P01 投訴 4, P09 第七條), the earliest later
 * than it the follow-up (P01 投訴 2). A reply read after one later in time takes its place, and the one it
 * displaces becomes the follow-up (it is the earliest after the new first): any order, the same two.
 */
export function noteReply(c: Complaint, r: Reply): void {
  const first = c.repliedMs;
  const held: Reply = { at: c.replied ?? '', ms: first ?? 0, nextReplyAt: c.nextReplyAt };
  if (first === undefined || r.ms < first || (r.ms === first && ranksFirst(r, held))) {
    if (first !== undefined && r.ms < first) c.followedUp = { at: held.at, ms: held.ms };
    c.replied = r.at;
    c.repliedMs = r.ms;
    c.nextReplyAt = r.nextReplyAt;
    return;
  }
  if (r.ms === first) return;
  const f = c.followedUp;
  if (f === undefined || r.ms < f.ms || (r.ms === f.ms && r.at < f.at)) c.followedUp = { at: r.at, ms: r.ms };
}

/** The employee and department a line names (the department from the organisation file), if any. */
function partyOf(
  line: { readonly employee?: string | undefined; readonly department?: string | undefined },
  engine: AuditEngine,
): Party | undefined {
  const department = engine.departmentOf(line.employee, line.department);
  return line.employee === undefined && department === undefined ? undefined : { employee: line.employee, department };
}

/**
 * The step's party after this line: the earliest line naming one (at one instant, the smaller employee, then
 * department), so that it does not depend on which of the step's lines is read first.
 */
export function earliestNamed(
  held: NamedStep | undefined,
  line: { readonly employee?: string | undefined; readonly department?: string | undefined },
  engine: AuditEngine,
): NamedStep | undefined {
  const party = partyOf(line, engine);
  if (party === undefined) return held;
  const ms = engine.atMs;
  if (held === undefined || ms < held.ms) return { party, ms };
  if (ms > held.ms) return held;
  const id = (p: Party) => `${p.employee ?? ''}\u0000${p.department ?? ''}`;
  return id(party) < id(held.party) ? { party, ms } : held;
}

/**
 * Nothing more is expected. A property complaint is done once closed and, if valid, called back. A retail
 * or manufacturing complaint is never done before the end of the log (or, with `maxDelay`, before the
 * horizon passes its last line): its route steps, report and form lines (P09 第九–十七條, P13 第七條(四),
 * 第九條) may be read after its closing in any order, and a line read after the case was freed would open a
 * new case without its other half (an opinion without its sales result, a step without its receipt).
 */
export function awaitsNothing(c: Complaint): boolean {
  // A no-loss reaction handled on site (P13 第三條) is decided on its line: nothing more comes for it.
  if (c.received === undefined && c.anomaly !== undefined) return true;
  return (
    c.received !== undefined && c.closed !== undefined && c.scheme === 'property' && (c.calledBack || !validNow(c))
  );
}

export const orphan = (c: Complaint) =>
  c.received === undefined &&
  c.accepted === undefined &&
  c.handled === undefined &&
  c.salesResult === undefined &&
  // A no-loss reaction handled on site (P13 第三條) is no complaint: it needs no receipt.
  c.anomaly === undefined
    ? { en: `no complaint ${c.key} was received in the log`, zh: `日志中没有收到投诉 ${c.key} 的记录` }
    : undefined;
