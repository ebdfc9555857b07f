/**
 * The event vocabulary: every event type the audit reads, what it carries and which rules it feeds.
 * Field names are the catalogue's fact names wherever an event carries a fact as it is, so an event reads
 * like the facts it becomes. docs/events.md is this list written out; a test keeps the two in step.
 */
import type * as z from 'zod';
import { rules as registry } from '../../registry.js';
import { bonusEvents } from '../families/bonuses/events.js';
import { feeds as bonusFeeds } from '../families/bonuses/feeds.js';
import { callEvents } from '../families/calls/events.js';
import { feeds as callFeeds } from '../families/calls/obligations.js';
import { complaintEvents } from '../families/complaints/events.js';
import { feeds as complaintFeeds } from '../families/complaints/obligations.js';
import { conductEvents } from '../families/conduct/events.js';
import { feeds as conductFeeds } from '../families/conduct/feeds.js';
import { documentEvents } from '../families/documents/events.js';
import { feeds as documentFeeds } from '../families/documents/obligations.js';
import { factsEvents } from '../families/facts/events.js';
import { feeds as factsFeeds } from '../families/facts/feeds.js';
import type { Feed } from '../families/family.js';
import { frontDeskEvents } from '../families/front-desk/events.js';
import { feeds as frontDeskFeeds } from '../families/front-desk/feeds.js';
import { gpsEvents } from '../families/gps/events.js';
import { feeds as gpsFeeds } from '../families/gps/obligations.js';
import { inspectionEvents } from '../families/inspections/events.js';
import { feeds as inspectionFeeds } from '../families/inspections/feeds.js';
import { materialEvents } from '../families/materials/events.js';
import { feeds as materialFeeds } from '../families/materials/obligations.js';
import { reportEvents } from '../families/reports/events.js';
import { feeds as reportFeeds } from '../families/reports/feeds.js';
import { serviceEvents } from '../families/services/events.js';
import { feeds as serviceFeeds } from '../families/services/obligations.js';
import { shiftEvents } from '../families/shifts/events.js';
import { feeds as shiftFeeds } from '../families/shifts/feeds.js';
import { ticketEvents } from '../families/tickets/events.js';
import { feeds as ticketFeeds } from '../families/tickets/obligations.js';
import { instant, str } from './field-specs.js';

export type FamilyName =
  | 'complaints'
  | 'services'
  | 'gps'
  | 'calls'
  | 'shifts'
  | 'conduct'
  | 'bonuses'
  | 'front-desk'
  | 'documents'
  | 'materials'
  | 'tickets'
  | 'reports'
  | 'inspections'
  | 'facts';

type IdField = 'case' | 'employee' | 'department';

export interface EventTypeSpec {
  readonly type: string;
  readonly family: FamilyName;
  /** One line: what happened. */
  readonly description: string;
  /**
   * Rule ids the event feeds (directly, or through a case or a month it belongs to), for a family that does
   * not declare its feeds yet; a family that does (`feeds.ts`/`obligations.ts`) leaves it out: derived.
   */
  readonly rules?: readonly string[];
  /** Ids the event must carry to be correlated. */
  readonly ids: readonly IdField[];
  /** The payload fields besides the common ones. */
  readonly fields: Readonly<Record<string, z.ZodType>>;
}

/** Fields every event may carry. `type` and `at` are required; the ids as each type says. */
export const commonFields = {
  type: str('the event type', true),
  at: instant('when it happened (ISO-8601 with an offset)', true),
  case: str('the case it concerns: complaint, work order, document, requisition… (correlation key)'),
  employee: str('the employee it concerns (organisation file id)'),
  department: str('the department it concerns (organisation file id); defaults to the employee’s'),
  note: str('free text, ignored by the audit (an inspection quotes it in its finding)'),
  // #16: the live monitor stores an event once per id, so a sender may retry; the audit reads past it.
  id: str(
    'the event’s own id, ignored by the audit: the live monitor stores an event once per id (at most 200 characters; without one it derives one from the content)',
  ),
} as const;

export { periodicReports } from '../families/reports/events.js';

/** Every rule each family evaluates and the event types it reads, in family order. */
const feeds: readonly Feed[] = [
  ...complaintFeeds,
  ...serviceFeeds,
  ...gpsFeeds,
  ...callFeeds,
  ...shiftFeeds,
  ...conductFeeds,
  ...bonusFeeds,
  ...frontDeskFeeds,
  ...documentFeeds,
  ...materialFeeds,
  ...ticketFeeds,
  ...reportFeeds,
  ...inspectionFeeds,
  ...factsFeeds,
];

/**
 * The rules an event type feeds: derived from the families' feeds, else as its spec lists them. One that
 * feeds every rule of the registry (the generic `facts` event) says so as `*`.
 */
export function rulesFed(spec: EventTypeSpec): readonly string[] {
  const derived = feeds.filter((f) => f.reads.some((type) => type === spec.type)).map((f) => f.rule.id);
  if (derived.length === 0) return spec.rules ?? [];
  const fed = new Set(derived);
  return registry.every((rule) => fed.has(rule.id)) ? ['*'] : derived;
}

export const eventTypes = [
  ...complaintEvents,
  ...serviceEvents,
  ...gpsEvents,
  ...callEvents,
  ...shiftEvents,
  ...conductEvents,
  ...bonusEvents,
  ...frontDeskEvents,
  ...documentEvents,
  ...materialEvents,
  ...ticketEvents,
  ...reportEvents,
  ...inspectionEvents,
  ...factsEvents,
] as const satisfies readonly EventTypeSpec[];
