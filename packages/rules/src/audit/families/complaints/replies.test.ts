/**
 * #18 (seed-a): a complaint with several replies. The reply P01 投訴 4 and P09 第七條 judge is the earliest by
 * time, the follow-up P01 投訴 2 times the earliest after it, and all three rules are decided at settlement —
 * never on the read of one line, so that the verdict is that of time order whatever order the lines come in.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, permutations } from '../../test-kit.js';

const recordConfig = { rules: { 'P01.complaint-record': { requiredEntries: ['outcome'] } } };
const received = ev('complaint-received', '2026-03-02T09:00', { case: 'P1', employee: 'E1' });
const firstReply = ev('complaint-replied', '2026-03-02T10:00', {
  case: 'P1',
  nextReplyAt: '2026-03-03T10:00:00+08:00',
});
// A follow-up 3 h after receipt: on its own, a late first reply.
const followUp = ev('complaint-replied', '2026-03-02T12:00', { case: 'P1' });
const closed = ev('complaint-closed', '2026-03-02T18:00', { case: 'P1', outcome: 'fixed' });

/** The verdicts of the rules concerned, in a fixed form. */
const verdicts = async (lines: readonly string[], options = {}) => {
  const r = await audit(lines, { config: recordConfig, ...options });
  const of = (id: string) => findingsOf(r, id).map((f) => [f.result.status, f.result.explanation.en, f.employee]);
  return { reply: of('P01.complaint-reply'), record: of('P01.complaint-record'), rejected: r.rejected };
};

describe('complaints: several replies, judged by time (P01 投訴 2, 4)', () => {
  it('投訴 4: the earliest reply by time is judged, and 投訴 2 the follow-up after it, in every order of the lines', async () => {
    const lines = [received, firstReply, followUp, closed];
    const expected = await verdicts(lines);
    expect(expected.reply.map((v) => v[0])).toEqual(['met']);
    expect(expected.record.map((v) => v[0])).toEqual(['met']);
    for (const perm of permutations(lines.length)) {
      expect(await verdicts(perm.map((i) => lines[i] ?? ''))).toEqual(expected);
    }
  });

  it('投訴 4: a follow-up read before the first reply (a merged log) does not stand as the reply', async () => {
    const r = await audit([received, followUp, firstReply, closed], { config: recordConfig });
    expect(only(r, 'P01.complaint-reply').result.status).toBe('met');
  });

  it('投訴 2: a follow-up after the agreed next reply time is breached whatever the order', async () => {
    const late = ev('complaint-replied', '2026-03-03T10:01', { case: 'P1' });
    const closedLater = ev('complaint-closed', '2026-03-03T12:00', { case: 'P1', outcome: 'fixed' });
    for (const lines of [
      [received, firstReply, late, closedLater],
      [closedLater, late, firstReply, received],
    ]) {
      const r = await audit(lines, { config: recordConfig });
      expect(only(r, 'P01.complaint-record').result.status).toBe('breached');
      expect(only(r, 'P01.complaint-reply').result.status).toBe('met');
    }
  });

  it('投訴 2: a reply after the closing is no follow-up (the record is judged on replies while open)', async () => {
    const after = ev('complaint-replied', '2026-03-02T19:00', { case: 'P1' });
    const r = await audit([after, closed, firstReply, received], { config: recordConfig });
    expect(only(r, 'P01.complaint-record').result.explanation.en).toContain('no follow-up reply');
  });

  it('投訴 4: two replies at the same instant stand as one, the one agreeing a next reply time', async () => {
    const bare = ev('complaint-replied', '2026-03-02T10:00', { case: 'P1' });
    for (const lines of [
      [received, bare, firstReply],
      [received, firstReply, bare],
    ]) {
      expect(only(await audit(lines), 'P01.complaint-reply').result.status).toBe('met');
    }
  });

  it('with maxDelay, a reply read after a later one but within the delay is still the reply', async () => {
    const tail = ev('complaint-called-back', '2026-03-05T09:00', { case: 'P1' });
    const lines = [received, followUp, firstReply, closed, tail];
    const r = await verdicts(lines, { maxDelay: 'P1D' });
    expect(r).toEqual(await verdicts([received, firstReply, followUp, closed, tail]));
    expect(r.reply.map((v) => v[0])).toEqual(['met']);
  });
});

describe('complaints: a declined retail complaint answered twice (P09 第七條)', () => {
  const config = { rules: { 'P09.decline-reply': { replyWithin: 'PT4H' } } };
  const lines = [
    ev('complaint-received', '2026-03-02T09:00', { case: 'R1', employee: 'E1', scheme: 'retail' }),
    ev('complaint-invalidated', '2026-03-02T10:00', { case: 'R1', decidedBy: 'supervisor' }),
    ev('complaint-replied', '2026-03-02T13:00', { case: 'R1' }),
    ev('complaint-replied', '2026-03-02T15:00', { case: 'R1' }),
  ];

  it('第七條: the earliest answer is judged, whichever is read first', async () => {
    for (const perm of permutations(lines.length)) {
      const r = await audit(
        perm.map((i) => lines[i] ?? ''),
        { config },
      );
      expect(only(r, 'P09.decline-reply').result.status).toBe('met');
    }
  });
});

describe('complaints: an invalidation confirmed twice (P01 投訴 5)', () => {
  it('投訴 5: the 2 h run from the earliest confirmation, whichever is read first', async () => {
    const lines = [
      ev('complaint-received', '2026-03-02T09:00', { case: 'P2', employee: 'E1' }),
      ev('complaint-invalidated', '2026-03-02T10:00', { case: 'P2' }),
      ev('complaint-invalidated', '2026-03-02T11:00', { case: 'P2' }),
      ev('complaint-replied', '2026-03-02T12:30', { case: 'P2' }),
    ];
    for (const perm of permutations(lines.length)) {
      const r = await audit(perm.map((i) => lines[i] ?? ''));
      expect(only(r, 'P01.complaint-reply').result.status).toBe('breached');
    }
  });
});
