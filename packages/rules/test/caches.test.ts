/**
 * #14, the speed layer behind explicit objects: "a caches-off mode, and a test that runs the example office
 * with caches on and off and compares the output byte for byte". The committed example office
 * (examples/property-office) is audited twice, once with every cache of the audit's speed layer on (the
 * default) and once with `caches: false`; the serialised reports must be the same bytes. Both modes of
 * reading are covered: exact (everything judged at the end) and streaming with `maxDelay` (months settled
 * while reading, ledger rows handed out as records).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit, streamAudit } from '../src/audit/stream.js';
import type { AuditOptions } from '../src/audit/types.js';

const office = join(import.meta.dirname, '../../../examples/property-office');
const read = (name: string) => readFileSync(join(office, name), 'utf8');
const lines = read('events.ndjson')
  .split('\n')
  .filter((line) => line !== '');
const base: AuditOptions = {
  asOf: '2026-05-01T00:00:00+08:00',
  org: JSON.parse(read('org.json')),
  config: JSON.parse(read('config.json')),
};

/** Every record the stream hands out, then its final report, one JSON text per line. */
async function streamed(options: AuditOptions): Promise<string> {
  const out: string[] = [];
  const it = streamAudit(lines, options);
  for (;;) {
    const r = await it.next();
    if (r.done) {
      out.push(JSON.stringify(r.value));
      return out.join('\n');
    }
    out.push(JSON.stringify(r.value));
  }
}

describe('the caches-off mode (#14 speed layer)', () => {
  it('the example office audits to the same bytes with caches on and off (exact mode)', async () => {
    const on = JSON.stringify(await runAudit(lines, base));
    const off = JSON.stringify(await runAudit(lines, { ...base, caches: false }));
    // Not vacuous: the office is fully read and judged.
    expect(on.length).toBeGreaterThan(100_000);
    expect(off).toBe(on);
  });

  it('the example office streams the same records with caches on and off (maxDelay P2D, ledger streamed)', async () => {
    const options: AuditOptions = { ...base, maxDelay: 'P2D', streamLedger: true };
    const on = await streamed(options);
    expect(on.split('\n').length).toBeGreaterThan(1_000);
    expect(await streamed({ ...options, caches: false })).toBe(on);
  });

  it('rejects a caches option that is not true or false, in the user’s words', async () => {
    await expect(runAudit(lines, { ...base, caches: 'no' as unknown as boolean })).rejects.toThrow(
      'caches: expected true or false',
    );
  });
});
