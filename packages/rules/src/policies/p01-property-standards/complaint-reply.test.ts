import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { complaintReply } from './complaint-reply.js';

// Seed 投訴 4 (line 14): 不能當場處理的有效投訴，2小時內回復業戶，并約定下次回復時間。
// Seed 投訴 5 (line 15): 確認無效投訴后，值班人員在2小時內回復業戶。
const received = '2026-11-27T15:00:00+08:00';

describe('P01.complaint-reply (投訴 4,5)', () => {
  it('a reply at exactly 2 h with a next reply time is met (inclusive deadline)', () => {
    const r = complaintReply({
      receivedAt: received,
      valid: true,
      settledOnSpot: false,
      repliedAt: '2026-11-27T17:00:00+08:00',
      nextReplyAt: '2026-11-28T10:00:00+08:00',
    });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-27T17:00:00.000+08:00',
        measured: { value: 120, unit: 'minute' },
        target: { value: 120, comparator: '<=' },
        clause: 'P01 投訴 4,5',
      },
    });
  });

  it('a reply 1 ms past 2 h is breached', () => {
    const r = complaintReply({
      receivedAt: received,
      valid: true,
      repliedAt: '2026-11-27T17:00:00.001+08:00',
      nextReplyAt: '2026-11-28T10:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a valid complaint replied on time but without a next reply time is breached (并約定下次回復時間)', () => {
    const r = complaintReply({ receivedAt: received, valid: true, repliedAt: '2026-11-27T16:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('no next reply time');
    expect(r.ok && r.result.explanation.zh).toContain('未约定下次回复时间');
  });

  it('an invalid complaint needs only the reply within 2 h (投訴 5)', () => {
    const r = complaintReply({ receivedAt: received, valid: false, repliedAt: '2026-11-27T16:59:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a valid complaint settled on the spot is not applicable', () => {
    expect(complaintReply({ receivedAt: received, valid: true, settledOnSpot: true })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('pending until more than 75% of the window has elapsed, then at-risk, then breached after the due time', () => {
    const at = (asOf: string) => complaintReply({ receivedAt: received, valid: true }, { asOf });
    expect(at('2026-11-27T16:30:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } }); // exactly 75%
    expect(at('2026-11-27T16:30:00.001+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-27T17:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } }); // due instant still open
    expect(at('2026-11-27T17:00:00.001+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('asOf may come in the facts (catalogue) and wins over the option', () => {
    const r = complaintReply(
      { receivedAt: received, valid: true, asOf: '2026-11-27T18:00:00+08:00' },
      { asOf: '2026-11-27T15:10:00+08:00' },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an open complaint without asOf is a typed error naming asOf', () => {
    expect(complaintReply({ receivedAt: received, valid: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });

  it('rejects a reply before the complaint, naming repliedAt', () => {
    const r = complaintReply({ receivedAt: received, valid: false, repliedAt: '2026-11-27T14:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['repliedAt'] }] } });
  });

  it('rejects bad facts through evaluate with the field named', () => {
    const r = evaluate('P01.complaint-reply', { receivedAt: '2026-11-27 15:00', valid: 'yes' });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['receivedAt', 'valid']));
  });

  it('an organisation can shorten the window; configuration versions apply from their start instant', () => {
    const config = {
      versions: [{ validFrom: '2026-12-01', rules: { 'P01.complaint-reply': { validReplyWithin: 'PT1H' } } }],
    };
    const facts = { valid: true, repliedAt: undefined, nextReplyAt: undefined };
    const before = evaluate(
      'P01.complaint-reply',
      { ...facts, receivedAt: '2026-11-30T23:00:00+08:00' },
      { asOf: '2026-12-01T00:30:00+08:00', config },
    );
    const after = evaluate(
      'P01.complaint-reply',
      { ...facts, receivedAt: '2026-12-01T00:00:00+08:00' },
      { asOf: '2026-12-01T01:30:00+08:00', config },
    );
    expect(before).toMatchObject({ ok: true, result: { status: 'pending', dueAt: '2026-12-01T01:00:00.000+08:00' } });
    expect(after).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-12-01T01:00:00.000+08:00' } });
  });

  it('an override outside its range is a clear configuration error', () => {
    const config = { rules: { 'P01.complaint-reply': { validReplyWithin: 'PT0S' } } };
    const r = evaluate('P01.complaint-reply', { receivedAt: received, valid: true }, { asOf: received, config });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P01.complaint-reply', 'validReplyWithin'] }],
      },
    });
  });
});
