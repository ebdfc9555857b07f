import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_RECORD_ENTRIES, complaintRecord } from './complaint-record.js';

// Seed 投訴 2 (line 12): 記錄完整清晰，跟進及時。 The seed names no entry of the record (requiredEntries has no
// default); the follow-up is due by the next reply time agreed under 投訴 4 (line 14).
const config = {
  rules: { 'P01.complaint-record': { requiredEntries: ['customer', 'request', 'handling', 'outcome'] } },
};
const full = {
  closedAt: '2026-03-03T18:00:00+08:00',
  customer: 'Room 1201',
  request: 'lift noise at night',
  handling: 'engineer checked the lift motor',
  outcome: 'motor mount replaced',
  repliedAt: '2026-03-02T10:00:00+08:00',
  nextReplyAt: '2026-03-03T10:00:00+08:00',
};

describe('P01.complaint-record (投訴 2, seed line 12)', () => {
  it('unconfigured, the rule answers not-configured naming requiredEntries (the seed lists no entry)', () => {
    expect(complaintRecord(full)).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P01.complaint-record', 'requiredEntries'] }],
      },
    });
  });

  it('a complete record followed up exactly at the agreed time is met (inclusive)', () => {
    const r = complaintRecord({ ...full, followedUpAt: '2026-03-03T10:00:00+08:00' }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 0 }, clause: 'P01 投訴 2' } });
  });

  it('reproduction (#18 投訴 2): a follow-up 1 ms past the agreed next reply time is breached', () => {
    const r = complaintRecord({ ...full, followedUpAt: '2026-03-03T10:00:00.001+08:00' }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.en).toContain('after the agreed 2026-03-03T10:00:00+08:00');
  });

  it('closed with no follow-up reply after agreeing a next reply time is breached', () => {
    const r = complaintRecord(full, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未在约定的');
  });

  it('a required entry blank or absent is breached, naming it in both languages', () => {
    const r = complaintRecord(
      { ...full, handling: '  ', outcome: undefined, followedUpAt: full.nextReplyAt },
      { config },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.en).toContain('how it was handled, outcome');
    expect(r.ok && r.result.explanation.zh).toContain('处理经过、处理结果');
  });

  it('no next reply time agreed (a complaint settled on the spot): only the record is judged', () => {
    const { repliedAt: _r, nextReplyAt: _n, ...record } = full;
    expect(complaintRecord(record, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a config override: an organisation requiring only the outcome', () => {
    const only = { rules: { 'P01.complaint-record': { requiredEntries: ['outcome'] } } };
    const r = complaintRecord({ closedAt: full.closedAt, outcome: 'refunded' }, { config: only });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('bad facts are rejected with the field path: a follow-up before the first reply, a malformed instant', () => {
    expect(complaintRecord({ ...full, followedUpAt: '2026-03-02T09:00:00+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['followedUpAt'] }] },
    });
    expect(complaintRecord({ ...full, closedAt: 'yesterday' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['closedAt'] }] },
    });
  });

  it('property: breached exactly when a required entry is blank or the follow-up misses the agreed time', () => {
    fc.assert(
      fc.property(
        fc.subarray([...COMPLAINT_RECORD_ENTRIES], { minLength: 1 }),
        fc.subarray([...COMPLAINT_RECORD_ENTRIES]),
        fc.option(fc.integer({ min: -3_600_000, max: 3_600_000 }), { nil: undefined }),
        (required, given, offsetMs) => {
          const next = Date.parse(full.nextReplyAt);
          const facts = {
            closedAt: full.closedAt,
            ...Object.fromEntries(given.map((k) => [k, 'x'])),
            repliedAt: '2026-03-01T00:00:00+08:00',
            nextReplyAt: full.nextReplyAt,
            ...(offsetMs !== undefined && { followedUpAt: new Date(next + offsetMs).toISOString() }),
          };
          const r = complaintRecord(facts, {
            config: { rules: { 'P01.complaint-record': { requiredEntries: required } } },
          });
          const complete = required.every((k) => given.includes(k));
          const onTime = offsetMs !== undefined && offsetMs <= 0;
          expect(r).toMatchObject({ ok: true, result: { status: complete && onTime ? 'met' : 'breached' } });
        },
      ),
    );
  });
});
