export type * from './contract.js';
export { type MonitorDb, type MonitorStore, openStore, type StoreOptions } from './store.js';
export * from './delivery/index.js';
