/**
 * @kefu/api — the Kefu rules over HTTP. Runtime-agnostic: no Node APIs here (the Node entry is server.ts),
 * so `createApp(options).fetch` serves on Bun, Deno and Workers unchanged.
 */
export { type AppType, createApp } from './app.js';
export { type AuditRunner, inProcessAudits } from './audit-runner.js';
export { AuditOverBudget, type Slicer } from './audit-slices.js';
export type { MonitorOrgAccess, MonitorService } from './monitor-access.js';
export type { Problem } from './schemas.js';
export {
  type ApiOptions,
  apiOptionsFromEnv,
  defaultAuditTimeoutMs,
  defaultBodyLimit,
  defaultRequestTimeoutMs,
  type LogEntry,
  type Logger,
  type LogLevel,
  logLevels,
  minTokenLength,
  parseByteSize,
} from './settings.js';
