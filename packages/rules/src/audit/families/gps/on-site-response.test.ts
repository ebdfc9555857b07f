/**
 * P03 職責 (seed line 88), #18: 及時趕赴現場處理各種故障 — a `technician-on-site` line is judged by
 * P03.on-site-response against the limit the organisation sets; unset, the line says what to configure.
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
