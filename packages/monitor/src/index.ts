export type * from './contract.js';
export * from './delivery/index.js';
export { type MonitorDb, type MonitorStore, openStore, type StoreOptions } from './store.js';
