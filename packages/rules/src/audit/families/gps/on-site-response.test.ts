/**
 * #18, P03's limits the seed leaves open, each judged on its own line against the organisation's limit (unset,
 * the line says what to configure): 職責 (line 88, 及時趕赴現場) by P03.on-site-response from
 * `technician-on-site`; 客戶服務 (line 101, 迅速、滿意回復) by P03.contact-reply from `contact-replied`.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

const lines = [
  ev('technician-on-site', '2026-03-02T10:30', { employee: 'G1', reportedAt: '2026-03-02T09:00:00+08:00' }),
  ev('technician-on-site', '2026-03-02T14:00', { employee: 'G1', reportedAt: '2026-03-02T11:00:00+08:00' }),
];

describe('GPS: on site in time (P03 職責, a limit the seed leaves open)', () => {
  it('unconfigured: each line is rejected as not-configured, and no finding is guessed', async () => {
    const report = await audit(lines);
    expect(findingsOf(report, 'P03.on-site-response')).toEqual([]);
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [1, 'not-configured'],
      [2, 'not-configured'],
    ]);
    expect(report.rejected[0]?.reason).toContain('onSiteWithin');
  });

  it('with onSiteWithin PT2H: 1 h 30 min is met, 3 h breached', async () => {
    const config = { rules: { 'P03.on-site-response': { onSiteWithin: 'PT2H' } } };
    const report = await audit(lines, { config });
    const found = findingsOf(report, 'P03.on-site-response').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
    ]);
  });
});

// P03 客戶服務 (seed line 101), #18: 對每次來電、來信、來訪須給予迅速…回復 — 迅速 is the organisation's to set.
describe('GPS: a call, letter or visit replied to quickly (P03 客戶服務)', () => {
  const replies = [
    ev('contact-replied', '2026-03-02T15:00', { contactedAt: '2026-03-02T09:00:00+08:00', channel: 'call' }),
    ev('contact-replied', '2026-03-04T09:00', { contactedAt: '2026-03-02T09:00:00+08:00', channel: 'letter' }),
  ];

  it('unconfigured: rejected as not-configured naming replyWithin', async () => {
    const report = await audit(replies);
    expect(findingsOf(report, 'P03.contact-reply')).toEqual([]);
    expect(report.rejected.map((r) => r.code)).toEqual(['not-configured', 'not-configured']);
    expect(report.rejected[0]?.reason).toContain('replyWithin');
  });

  it('with replyWithin P1D: 6 h is met, 2 days breached', async () => {
    const config = { rules: { 'P03.contact-reply': { replyWithin: 'P1D' } } };
    const report = await audit(replies, { config });
    expect(findingsOf(report, 'P03.contact-reply').map((f) => f.result.status)).toEqual(['met', 'breached']);
  });
});
