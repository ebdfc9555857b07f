/**
 * Issue #16 (Ingest: "each event has an `id`"): every event type accepts an optional `id`, which the audit
 * reads past — the example office with an id on every line gives the same findings and ledger as without.
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../examples/generate.mjs';
import { checkEvent, eventSchemas } from './events.js';
import { runAudit } from './stream.js';

describe('the event id field (#16)', () => {
  it('is a common field of every event type', () => {
    const office = generateOffice();
    const byType = new Map<string, object>();
    for (const e of office.events()) byType.set((e as { type: string }).type, e);
    for (const [type, event] of byType) {
      expect({ type, ok: checkEvent({ ...event, id: `evt-${type}` }).ok }).toEqual({ type, ok: true });
    }
    expect(checkEvent({ ...(byType.values().next().value ?? {}), id: 7 }).ok).toBe(false);
    const without = [...eventSchemas].filter(([, schema]) => !('id' in schema.shape)).map(([type]) => type);
    expect(without).toEqual([]);
  });

  it('changes no finding and no ledger row of the example office', async () => {
    const office = generateOffice();
    const options = { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config };
    const plain = [...office.events()];
    const withIds = plain.map((e, i) => ({ ...e, id: `line-${i + 1}` }));
    const [a, b] = await Promise.all([runAudit(plain, options), runAudit(withIds, options)]);
    expect(b.summary.rejected).toBe(0);
    expect(b.findings).toEqual(a.findings);
    expect(b.ledger).toEqual(a.ledger);
  });
});
