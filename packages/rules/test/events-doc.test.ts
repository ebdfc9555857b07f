/**
 * docs/events.md documents the audit's vocabulary: every event type the audit accepts appears there with
 * the rules it feeds, so the document cannot drift from `auditEventTypes`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../src/audit/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/events.md'), 'utf8');

describe('docs/events.md', () => {
  it.each(auditEventTypes.map((t) => [t.type, t] as const))('documents %s and the rules it feeds', (type, info) => {
    expect(doc).toContain(`\`${type}\``);
    for (const rule of info.rules) expect(doc, `${type} → ${rule}`).toContain(rule);
  });
});
