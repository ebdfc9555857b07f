/**
 * Issue #16, "Delivery": alerts go to webhooks signed with HMAC-SHA256 over the body with a timestamp (as
 * Stripe and GitHub do). Checked against an HMAC computed here by hand, and through `verifyWebhook`.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, webhookHeaders } from './signature.js';

const secret = 'whsec_test_0123456789';
const body = '{"id":"alert_1","kind":"breached"}';
const sentAt = new Date('2026-12-07T08:00:00Z');
const t = sentAt.getTime() / 1000;

describe('signWebhook (#16 Delivery: HMAC-SHA256 over "<t>.<body>")', () => {
  it('writes t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const byHand = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(secret, body, sentAt)).toBe(`t=${t},v1=${byHand}`);
  });

  it('signs the same bytes whether the body is given as text or as bytes', () => {
    expect(signWebhook(secret, new TextEncoder().encode(body), sentAt)).toBe(signWebhook(secret, body, sentAt));
  });

  it('writes one v1 per secret during a rotation', () => {
    const header = signWebhook(['old-secret', 'new-secret'], body, sentAt);
    expect(header.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
  });

  it('refuses an empty secret rather than signing with it', () => {
    expect(() => signWebhook('', body, sentAt)).toThrow(/non-empty/);
  });

  it('gives the three headers of an attempt: signature, the alert id, the attempt number', () => {
    const headers = webhookHeaders({ secret, body, alertId: 'alert_1', attempt: 3, now: sentAt });
    expect(headers).toEqual({
      'Kefu-Signature': signWebhook(secret, body, sentAt),
      'Kefu-Webhook-Id': 'alert_1',
      'Kefu-Delivery-Attempt': '3',
    });
  });
});

describe('verifyWebhook (#16 Delivery: what a receiver checks)', () => {
  const header = signWebhook(secret, body, sentAt);
  const soon = new Date(sentAt.getTime() + 30_000);

  it('accepts the request as sent, and says when it was signed', () => {
    expect(verifyWebhook(secret, header, body, { now: soon })).toEqual({ ok: true, timestamp: sentAt });
  });

  it('refuses a tampered body', () => {
    const tampered = body.replace('breached', 'met');
    expect(verifyWebhook(secret, header, tampered, { now: soon })).toMatchObject({
      ok: false,
      reason: 'signature-mismatch',
    });
  });

  it('refuses the wrong secret', () => {
    expect(verifyWebhook('another-secret', header, body, { now: soon })).toMatchObject({
      ok: false,
      reason: 'signature-mismatch',
    });
  });

  it('refuses a replay older than the tolerance (300 s by default), and one from too far ahead', () => {
    const late = new Date(sentAt.getTime() + 301_000);
    expect(verifyWebhook(secret, header, body, { now: late })).toMatchObject({ ok: false, reason: 'stale-timestamp' });
    expect(verifyWebhook(secret, header, body, { now: new Date(sentAt.getTime() + 300_000) }).ok).toBe(true);
    const early = new Date(sentAt.getTime() - 301_000);
    expect(verifyWebhook(secret, header, body, { now: early })).toMatchObject({ ok: false, reason: 'stale-timestamp' });
    expect(verifyWebhook(secret, header, body, { now: late, toleranceSeconds: 600 }).ok).toBe(true);
  });

  it('refuses a timestamp changed after signing (it is part of what is signed)', () => {
    const moved = header.replace(`t=${t}`, `t=${t + 60}`);
    expect(verifyWebhook(secret, moved, body, { now: soon })).toMatchObject({
      ok: false,
      reason: 'signature-mismatch',
    });
  });

  it('accepts when any v1 matches: the sender rotating its secret signs with both', () => {
    const rotating = signWebhook(['old-secret', 'new-secret'], body, sentAt);
    expect(verifyWebhook('new-secret', rotating, body, { now: soon }).ok).toBe(true);
    expect(verifyWebhook('old-secret', rotating, body, { now: soon }).ok).toBe(true);
    expect(verifyWebhook('third-secret', rotating, body, { now: soon }).ok).toBe(false);
  });

  it('accepts when any of the receiver’s secrets matches: the receiver rotating', () => {
    expect(verifyWebhook(['new-secret', secret], header, body, { now: soon }).ok).toBe(true);
  });

  it('skips unknown schemes and garbage values beside a valid v1', () => {
    const noisy = `${header},v0=abc,v1=nothex,x=1`;
    expect(verifyWebhook(secret, noisy, body, { now: soon }).ok).toBe(true);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['v1=abc'],
    [`t=${t}`],
    [`t=soon,v1=${'0'.repeat(64)}`],
    [`t=${t},v1=${'0'.repeat(63)}`],
    [`${header},${'x'.repeat(5000)}`],
  ])('calls %j a malformed header, never throws on it', (bad) => {
    expect(verifyWebhook(secret, bad, body, { now: soon })).toMatchObject({ ok: false, reason: 'malformed-header' });
  });

  it('accepts exactly what was signed, for any body and secret (round trip), and nothing altered', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string({ minLength: 1 }), (key, text, extra) => {
        const signed = signWebhook(key, text, sentAt);
        expect(verifyWebhook(key, signed, text, { now: sentAt }).ok).toBe(true);
        expect(verifyWebhook(key, signed, text + extra, { now: sentAt }).ok).toBe(false);
      }),
    );
  });
});
