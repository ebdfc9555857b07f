/**
 * The generic event: `{"type":"facts","rule":…,"facts":{…}}` hands a rule its facts as they are, so every
 * rule of the catalogue is auditable before a richer event exists for it. Judged at once.
 */
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { type Family, here, str } from './family.js';

export function facts(): Family {
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      engine.decide(str(e, 'rule') ?? '', e.facts, here(e, engine));
    },
  };
}
