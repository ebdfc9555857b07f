import { describe, expect, it } from 'vitest';
import { contactReply } from './contact-reply.js';

// Seed 客戶服務 (line 101): 公司對每次來電、來信、來訪須給予迅速、滿意回復 — 迅速 has no number (#18, param).
const contactedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P03.contact-reply': { replyWithin: 'P1D' } } };

describe('P03.contact-reply (客戶服務, seed line 101)', () => {
  it('unconfigured, the rule answers not-configured naming replyWithin (no invented limit)', () => {
    expect(contactReply({ contactedAt, channel: 'letter' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P03.contact-reply', 'replyWithin'] }] },
    });
  });

  it('with P1D set: a reply at exactly 24 h is met, one second later breached, none yet pending', () => {
    expect(contactReply({ contactedAt, repliedAt: '2026-03-03T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(contactReply({ contactedAt, repliedAt: '2026-03-03T09:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(contactReply({ contactedAt, asOf: '2026-03-02T10:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
  });

  it('a reply before the contact, or an unknown channel, is rejected naming the field', () => {
    expect(contactReply({ contactedAt, repliedAt: '2026-03-02T08:00:00+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['repliedAt'] }] },
    });
    expect(contactReply({ contactedAt, channel: 'email' } as never, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['channel'] }] },
    });
  });
});
