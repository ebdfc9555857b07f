import { describe, expect, it } from 'vitest';
import { letterVisitReply } from './letter-visit-reply.js';

// Seed 四 (line 140): 負責業主/住戶來信、來訪、投訴等處理工作，及時做好回復、跟蹤、檢查工作。
// #18: the duty was classified (P05.duty-of); the reply and follow-up of every letter or visit were not
// judged. 及時 has no number: the organisation sets replyWithin (openLimit, not-configured until then).
const receivedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P05.letter-visit-reply': { replyWithin: 'P1D' } } };

describe('P05.letter-visit-reply (四, seed line 140)', () => {
  it('unconfigured, the rule answers not-configured naming replyWithin (及時: no invented limit)', () => {
    expect(
      letterVisitReply({ channel: 'letter', receivedAt, repliedAt: '2026-03-02T10:00:00+08:00', followedUp: true }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P05.letter-visit-reply', 'replyWithin'] }],
      },
    });
  });

  it.each([
    ['replied at exactly P1D, followed up: met', '2026-03-03T09:00:00+08:00', true, 'met'],
    ['replied one second past P1D: breached (及時做好回復)', '2026-03-03T09:00:01+08:00', true, 'breached'],
    [
      'replied in time, closed without follow-up: breached (跟蹤、檢查)',
      '2026-03-02T15:00:00+08:00',
      false,
      'breached',
    ],
  ] as const)('四 line 140: %s', (_, repliedAt, followedUp, status) => {
    const facts = {
      channel: 'visit' as const,
      receivedAt,
      repliedAt,
      followedUp,
      closedAt: '2026-03-05T09:00:00+08:00',
    };
    expect(letterVisitReply(facts, { config })).toMatchObject({ ok: true, result: { status } });
  });

  it('四: a letter closed without a reply is breached, whatever the limit', () => {
    const r = letterVisitReply(
      { channel: 'letter', receivedAt, followedUp: true, closedAt: '2026-03-02T10:00:00+08:00' },
      { config },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未回复即结案');
  });

  it('四: still open, no reply yet is pending inside P1D and breached one second past it', () => {
    expect(
      letterVisitReply({ channel: 'letter', receivedAt, asOf: '2026-03-03T09:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: expect.stringMatching(/^(pending|at-risk)$/) } });
    expect(
      letterVisitReply({ channel: 'letter', receivedAt, asOf: '2026-03-03T09:00:01+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a reply before the letter, or a closing before the reply, is a bad fact naming the field', () => {
    expect(
      letterVisitReply({ channel: 'letter', receivedAt, repliedAt: '2026-03-02T08:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['repliedAt'] }] } });
    expect(
      letterVisitReply(
        {
          channel: 'letter',
          receivedAt,
          repliedAt: '2026-03-02T12:00:00+08:00',
          closedAt: '2026-03-02T11:00:00+08:00',
        },
        { config },
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['closedAt'] }] } });
    expect(letterVisitReply({ channel: 'call', receivedAt } as never, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['channel'] }] },
    });
  });
});
