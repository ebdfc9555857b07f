/**
 * The live audit (`openAudit`, for the live monitor of #16): reading the example office in batches, each as
 * of its own `asOf`, through one open audit gives every batch the same records, and the same checkpoint
 * after it, as a `streamAudit` resumed per batch from the last checkpoint with that `asOf` (what the
 * monitor did for every batch before). Also where `asOf` matters while reading: a line after it is marked
 * `after-as-of`, one beyond `asOf + maxFuture` is out of the window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { openAudit, streamAudit } from '../stream.js';
import type { AuditOptions, AuditRecord } from '../types.js';
import type { AuditState } from './audit-state.js';

const office = generateOffice();
const lines = [...office.events()].map((e) => JSON.stringify(e));
const options = { org: office.org, config: office.config, maxDelay: 'P2D', streamLedger: true } satisfies AuditOptions;

/** One resumed `streamAudit` per batch: its records read (not the end's judgement) and its checkpoint. */
async function perBatch(batches: readonly (readonly string[])[], asOfs: readonly string[]) {
  let state: AuditState | undefined;
  const out: { records: AuditRecord[]; state: AuditState | undefined }[] = [];
  for (const [k, batch] of batches.entries()) {
    const records: AuditRecord[] = [];
    const stream = streamAudit(batch, {
      ...options,
      asOf: asOfs[k] ?? '',
      checkpoint: true,
      judgeOpen: false,
      ...(state !== undefined && { resumeFrom: state }),
    });
    for (;;) {
      const next = await stream.next();
      if (next.done) {
        state = next.value.state;
        break;
      }
      records.push(next.value);
    }
    out.push({ records, state });
  }
  return out;
}

function live(batches: readonly (readonly string[])[], asOfs: readonly string[]) {
  const audit = openAudit({ ...options, asOf: asOfs[0] ?? '' });
  return batches.map((batch, k) => ({ records: audit.read(batch, asOfs[k] ?? ''), state: audit.checkpoint() }));
}

function split(cuts: readonly number[]): string[][] {
  const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), lines.length];
  return bounds.slice(1).map((end, i) => lines.slice(bounds[i], end));
}

/** A batch's `asOf`: the office's month end, or a moment inside April (lines after it are after-as-of). */
const asOfArb = fc.constantFrom('2026-05-01T00:00:00+08:00', '2026-04-15T12:00:00+08:00', '2026-04-30T09:00:00+08:00');

describe('openAudit: a live audit reads batches as a resumed streamAudit per batch does (#16)', () => {
  it('the example office in batches of 500, all as of 1 May', { timeout: 120_000 }, async () => {
    const batches = split(Array.from({ length: Math.floor(lines.length / 500) }, (_, i) => (i + 1) * 500));
    const asOfs = batches.map(() => '2026-05-01T00:00:00+08:00');
    expect(live(batches, asOfs)).toEqual(await perBatch(batches, asOfs));
  });

  it(
    'property: any split, each batch as of its own instant',
    () =>
      fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.integer({ min: 1, max: lines.length - 1 }), { maxLength: 4 }),
          fc.array(asOfArb, { minLength: 5, maxLength: 5 }),
          async (cuts, asOfs) => {
            const batches = split(cuts);
            expect(live(batches, asOfs)).toEqual(await perBatch(batches, asOfs));
          },
        ),
        { numRuns: 4 },
      ),
    180_000,
  );

  it('asOf moves the window and the after-as-of marks', () => {
    const audit = openAudit({ asOf: '2026-04-02T10:00:00+08:00', maxFuture: 'PT1H' });
    const line = (at: string, c: string) =>
      JSON.stringify({ type: 'complaint-received', at, case: c, employee: 'S-04', valid: true });
    // 12:00 is beyond 10:00 + 1 h: out of the window as of 10:00, in it as of 11:30.
    const early = audit.read([line('2026-04-02T12:00:00+08:00', 'C1')], '2026-04-02T10:00:00+08:00');
    expect(early.map((r) => (r.type === 'rejected' ? r.rejected.code : r.type))).toEqual(['out-of-range']);
    expect(audit.read([line('2026-04-02T12:00:00+08:00', 'C2')], '2026-04-02T11:30:00+08:00')).toEqual([]);
    expect(audit.lines).toBe(2);
    expect(() => audit.read([], 'not an instant')).toThrow(/asOf/);
  });
});
