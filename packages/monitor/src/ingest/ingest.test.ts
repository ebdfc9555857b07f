/**
 * Issue #16, Ingest: one event, a JSON array or NDJSON; an id of its own or derived from the content; the
 * same id sent twice stored once and the reply says so; every line's fate returned (accepted, duplicate,
 * rejected with line and reason): nothing lost in silence. Limits: a body too large or with too many events
 * is refused whole with a clear error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMonitor } from '../monitor.js';
import { at, ev, type TestMonitor, testMonitor } from '../test-support.js';

let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor();
});
afterAll(() => t.dispose());

const received = ev('complaint-received', '2026-04-02T09:00', {
  case: 'C1',
  employee: 'S-04',
  valid: true,
  id: 'crm-1',
});

describe('ingest: per-line fates and duplicates (#16 Ingest)', () => {
  it('NDJSON: accepted, duplicate in the same body, malformed, not an object, unknown type, a bad id', async () => {
    const body = [
      received,
      received,
      '{"type": "complaint-received",',
      '',
      '[1, 2]',
      ev('complaint-reeived', '2026-04-02T09:05', { case: 'C2' }),
      ev('complaint-received', '2026-04-02T09:06', { case: 'C3', employee: 'S-04', id: 'x'.repeat(201) }),
      ev('complaint-received', '2026-04-02T09:07', { case: 'C4', employee: 'S-04', valid: true }),
    ].join('\n');
    const result = await t.monitor.ingest('default', `${body}\n`, at('2026-04-02T09:10'));
    expect(result).toMatchObject({ accepted: 2, duplicates: 1, rejected: 4 });
    const fates = result.lines.map((l) => [l.line, l.fate, l.fate === 'rejected' ? l.code : l.id]);
    expect(fates).toEqual([
      [1, 'accepted', 'crm-1'],
      [2, 'duplicate', 'crm-1'],
      [3, 'rejected', 'malformed-json'],
      [5, 'rejected', 'not-an-object'],
      [6, 'rejected', 'unknown-type'],
      [7, 'rejected', 'invalid-event'],
      [8, 'accepted', expect.stringMatching(/^sha256:[0-9a-f]{64}$/)],
    ]);
    const unknown = result.lines.find((l) => l.line === 6);
    expect(unknown?.fate === 'rejected' && unknown.reason).toMatch(/complaint-received/);
  });

  it('the same events again, as a JSON array: all duplicates (ids given and derived), nothing audited again', async () => {
    const derived = ev('complaint-received', '2026-04-02T09:07', { case: 'C4', employee: 'S-04', valid: true });
    // The same event with its keys in another order has the same derived id.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(derived)).reverse()));
    const result = await t.monitor.ingest('default', `[${received}, ${reordered}]`, at('2026-04-02T09:11'));
    expect(result).toMatchObject({ accepted: 0, duplicates: 2, rejected: 0, findings: 0 });
  });

  it('one JSON object is one event', async () => {
    const one = ev('complaint-replied', '2026-04-02T09:30', { case: 'C1' });
    const result = await t.monitor.ingest('default', one, at('2026-04-02T09:31'));
    expect(result.lines).toEqual([{ line: 1, id: expect.any(String), fate: 'accepted' }]);
    // P01 投訴 4 judges the earliest reply by time: an earlier one may still come within maxDelay, so the reply
    // is decided once the horizon passes it, not on its line (#18 seed-a).
    expect(result.findings).toBe(0);
  });

  it('a late event (before the maxDelay horizon) is rejected by the audit with its reason, line and id', async () => {
    await t.monitor.ingest(
      'default',
      ev('complaint-received', '2026-04-09T09:00', { case: 'C9', employee: 'S-04' }),
      at('2026-04-09T09:01'),
    );
    const late = await t.monitor.ingest(
      'default',
      ev('complaint-received', '2026-04-03T09:00', { case: 'C8', employee: 'S-04', id: 'late-1' }),
      at('2026-04-09T09:02'),
    );
    expect(late.lines).toEqual([
      { line: 1, id: 'late-1', fate: 'rejected', code: 'late-event', reason: expect.stringMatching(/maxDelay/) },
    ]);
    // Rejected, so not stored: the same id corrected later is not a duplicate.
    const again = await t.monitor.ingest(
      'default',
      ev('complaint-received', '2026-04-09T09:00', { case: 'C8', employee: 'S-04', id: 'late-1' }),
      at('2026-04-09T09:03'),
    );
    expect(again.accepted).toBe(1);
  });

  it('refuses a body with too many events or too many bytes, whole, saying how to fix it', async () => {
    // The limits are checked before the database is touched: a second monitor on the same store.
    const limited = createMonitor({
      store: t.store,
      orgs: [{ id: 'default', maxDelay: 'P2D', webhooks: [] }],
      limits: { maxEvents: 2, maxBodyBytes: 1000 },
    });
    const three = [received, received, received].join('\n');
    await expect(limited.ingest('default', three, at('2026-04-02T09:10'))).rejects.toMatchObject({
      code: 'too-many-events',
      message: expect.stringMatching(/more than 2 events .*smaller batches/),
    });
    await expect(limited.ingest('default', `[${'1,'.repeat(600)}1]`, at('2026-04-02T09:10'))).rejects.toMatchObject({
      code: 'body-too-large',
      message: expect.stringMatching(/1203 bytes, more than the 1000 .*smaller batches/),
    });
    await expect(limited.ingest('nobody', received, at('2026-04-02T09:10'))).rejects.toMatchObject({
      code: 'unknown-org',
    });
  });
});
