/**
 * docs/events.md documents the audit's vocabulary: every event type the audit accepts appears there with
 * the rules it feeds, so the document cannot drift from `auditEventTypes`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEventTypes, LINE_REJECTION_CODES } from '../src/audit/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/events.md'), 'utf8');

describe('docs/events.md', () => {
  it.each(auditEventTypes.map((t) => [t.type, t] as const))('documents %s and the rules it feeds', (type, info) => {
    expect(doc).toContain(`\`${type}\``);
    for (const rule of info.rules) expect(doc, `${type} → ${rule}`).toContain(rule);
  });
});

describe('docs/events.md "Nothing lost"', () => {
  it('lists exactly the codes a line is rejected with (LINE_REJECTION_CODES, each with its Chinese: #15)', () => {
    const section = doc.slice(doc.indexOf('## Nothing lost'), doc.indexOf('## The ledger'));
    const documented = [...section.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...LINE_REJECTION_CODES].sort());
  });
});
