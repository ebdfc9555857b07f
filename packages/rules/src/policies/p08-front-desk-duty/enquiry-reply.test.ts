import { describe, expect, it } from 'vitest';
import { enquiryReply } from './enquiry-reply.js';

// Seed 4.11 (line 219): 處理業戶的來電、上門咨詢及投訴，并對其咨詢、投訴的事情記錄清楚，并及時給予圓滿的答復或解決。
const receivedAt = '2026-11-27T10:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;
const config = { rules: { 'P08.enquiry-reply': { replyWithin: 'PT2H' } } };

describe('P08.enquiry-reply (4.11, line 219)', () => {
  it('unconfigured: not-configured, naming the parameter the seed leaves open (及時)', () => {
    expect(enquiryReply({ channel: 'call', receivedAt, recorded: true, repliedAt: local('10:30:00') })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P08.enquiry-reply', 'replyWithin'] }] },
    });
  });

  it('a recorded enquiry answered at the limit is met; 1 ms later is breached', () => {
    const at = (repliedAt: string) =>
      enquiryReply({ channel: 'visit', receivedAt, recorded: true, repliedAt }, { config });
    expect(at(local('12:00:00'))).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(at(local('12:00:00.001'))).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('answered on time but not recorded is breached (记录清楚)', () => {
    const r = enquiryReply(
      { channel: 'owner-complaint', receivedAt, recorded: false, repliedAt: local('10:10:00') },
      { config },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('4.11还要求：记录清楚');
  });

  it('a longer limit set by config.rules changes the verdict; not yet answered pends', () => {
    const longer = { rules: { 'P08.enquiry-reply': { replyWithin: 'PT4H' } } };
    const late = { channel: 'call', receivedAt, recorded: true, repliedAt: local('13:00:00') } as const;
    expect(enquiryReply(late, { config })).toMatchObject({ result: { status: 'breached' } });
    expect(enquiryReply(late, { config: longer })).toMatchObject({ result: { status: 'met' } });
    expect(
      enquiryReply({ channel: 'call', receivedAt, recorded: true, asOf: local('11:00:00') }, { config }),
    ).toMatchObject({ result: { status: 'pending' } });
  });

  it('rejects an answer before the enquiry, naming the field', () => {
    expect(
      enquiryReply({ channel: 'call', receivedAt, recorded: true, repliedAt: local('09:00:00') }, { config }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['repliedAt'] }] } });
  });
});
