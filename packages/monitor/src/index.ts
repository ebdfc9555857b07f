export type * from './contract.js';
export * from './delivery/index.js';
export { MonitorError } from './errors.js';
export { DEFAULT_LIMITS, type IngestLimits, MAX_EVENT_ID } from './ingest/parse.js';
export { createMonitor, type MonitorOptions } from './monitor.js';
export {
  DEFAULT_MAX_DELAY,
  DEFAULT_ORG_ID,
  defaultOrgs,
  type OrgsConfig,
  OrgsFileError,
  readOrgsFile,
} from './orgs.js';
export { type MonitorDb, type MonitorStore, openStore, type StoreOptions } from './store.js';
