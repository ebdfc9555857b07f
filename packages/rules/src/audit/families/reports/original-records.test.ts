/**
 * #18 (seed-c): P10 職責 2 (line 263) — a day's original records of visits and complaints, kept and handed in
 * like the call log: `report-submitted` naming P10.original-records for a day, its `recordsLacking` naming a
 * record not kept; 及時 is the organisation's `within` (not-configured until set).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';
import type { AuditReport } from '../../types.js';

/** The statuses of 2 March's records (the days after it, up to asOf, are owed too). */
const march2 = (r: AuditReport) =>
  findingsOf(r, 'P10.original-records')
    .filter((f) => f.key?.endsWith('2026-03-02'))
    .map((f) => f.result.status);

const config = { rules: { 'P10.original-records': { within: 'PT12H' } } };
const line = (local: string, fields: Record<string, unknown> = {}) =>
  ev('report-submitted', local, { employee: 'E1', rule: 'P10.original-records', period: '2026-03-02', ...fields });

describe('P10 職責 2 line 263: visit and complaint records handed in promptly (#18)', () => {
  it('P10 職責 2: within 12 h of the day’s end met, after it breached (through the P10 ladder)', async () => {
    const asOf = '2026-03-04T12:00:00+08:00';
    const onTime = await audit([line('2026-03-03T12:00')], { config, asOf });
    expect(march2(onTime)).toEqual(['met']);
    const late = await audit([line('2026-03-03T12:01')], { config, asOf });
    expect(march2(late)).toEqual(['breached']);
  });

  it('P10 職責 2: a day whose complaint record was not kept is breached, though handed in on time', async () => {
    const r = await audit([line('2026-03-03T09:00', { recordsLacking: ['complaint-record'] })], {
      config,
      asOf: '2026-03-04T12:00:00+08:00',
    });
    expect(march2(r)).toEqual(['breached']);
  });

  it('P10 職責 2: unconfigured (及時 has no number), the line is refused not-configured naming within', async () => {
    const r = await audit([line('2026-03-03T09:00')], { asOf: '2026-03-04T12:00:00+08:00' });
    expect(findingsOf(r, 'P10.original-records')).toEqual([]);
    expect(r.rejected[0]).toMatchObject({ line: 1, code: 'not-configured' });
  });

  // The reproduction: a report the rule refused still marked its day as reported, so a valid report of the
  // same day read after it was accepted without a verdict (the day had no finding at all).
  it('P10 職責 2: a refused report is not the day’s report: the valid one after it is judged', async () => {
    const refused = line('2026-03-03T09:00', { recordsLacking: ['bogus'] });
    const valid = line('2026-03-03T10:00');
    const r = await audit([refused, valid], { config, asOf: '2026-03-04T12:00:00+08:00' });
    expect(march2(r)).toEqual(['met']);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'invalid-facts' }]);
  });

  it('P10 職責 2: a day of the log whose only report was refused is judged at the end as not handed in', async () => {
    // Handed in late on the day itself (the log's first day, so the end owes it a verdict), with a bad record name.
    const refused = ev('report-submitted', '2026-03-02T23:00', {
      employee: 'E1',
      rule: 'P10.original-records',
      period: '2026-03-02',
      recordsLacking: ['bogus'],
    });
    const r = await audit([refused], { config, asOf: '2026-03-05T00:00:00+08:00' });
    expect(march2(r)).toEqual(['breached']);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'invalid-facts' }]);
  });
});
