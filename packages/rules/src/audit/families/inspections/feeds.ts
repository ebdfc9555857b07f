/** The rules the inspection events feed: every inspection item, each judged on its own line. */
import type { Feed } from '../family.js';
import { inspectionRules } from './items.js';

export const feeds: readonly Feed[] = inspectionRules.map((rule) => ({ rule, reads: ['inspection-recorded'] }));
