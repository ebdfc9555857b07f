/**
 * The rules the generic `facts` event feeds: every rule of the registry, each given its facts as they are
 * (the vocabulary lists them as `*`).
 */
import { rules } from '../../../registry.js';
import type { Feed } from '../family.js';

export const feeds: readonly Feed[] = rules.map((rule): Feed => ({ rule, reads: ['facts'] }));
