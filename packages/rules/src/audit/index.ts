/**
 * The audit: a service team's log of what happened at its desks (NDJSON events) in, every breached,
 * pending and at-risk rule and what each person owes out. Pure and runtime-agnostic: it reads an
 * (async) iterable of lines or events, never a file. The rules are the registry's own: the audit only
 * correlates events into each rule's facts.
 */
export { compareAudits, whatIf } from './diff.js';
export {
  type AuditEvent,
  type AuditEventType,
  type AuditEventTypeInfo,
  auditEventTypes,
  checkEvent,
  eventSchema,
  eventSchemas,
} from './events.js';
export { type Line, OverlongLine, type SplitLinesOptions, splitLines } from './lines.js';
export { findingStatuses, orgFileSchema, validateAuditOptions } from './options.js';
export { AUDIT_STATE_VERSION, type AuditState } from './state/audit-state.js';
export {
  type AuditEnd,
  type AuditInput,
  type AuditLines,
  type LiveAudit,
  openAudit,
  runAudit,
  streamAudit,
} from './stream.js';
export type {
  AuditDiff,
  AuditOptions,
  AuditRecord,
  AuditReport,
  AuditSummary,
  AuditWarning,
  AuditWindow,
  Finding,
  FindingStatus,
  LedgerEntry,
  LedgerField,
  LedgerPart,
  MonthCheckpoint,
  OrgDepartment,
  OrgFile,
  OrgPerson,
  Rejection,
} from './types.js';
export { periodicReports } from './vocabulary/index.js';
export {
  AUDIT_WARNING_CODES,
  AUDIT_WARNING_CODES_ZH,
  type AuditWarningCode,
  LINE_REJECTION_CODES,
  type LineRejectionCode,
  REJECTION_CODES_ZH,
  type RejectionCode,
} from './vocabulary/rejection-codes.js';
