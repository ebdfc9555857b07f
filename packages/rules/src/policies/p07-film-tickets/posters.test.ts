import { describe, expect, it } from 'vitest';
import { posters } from './posters.js';

// Seed 5 (line 183): 每月未[末]時，前臺接待員須通知影院人員送至下月電影海報，并放于員工餐廳出口處。
// Seed 6 (line 184): 前臺接待員負責根據電影檔期，及時更換員工餐廳電影海報。
describe('P07.posters (5, 6)', () => {
  it('requested on the last day of the month, up to 23:59:59.999, is met; at midnight it is breached', () => {
    expect(posters({ month: '2026-02', requestedAt: '2026-02-28T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-02-28T23:59:59.999+08:00' },
    });
    expect(posters({ month: '2026-02', requestedAt: '2026-03-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('pending early in the month, at-risk after 75% of it, breached after it', () => {
    const at = (asOf: string) => posters({ month: '2026-04' }, { asOf });
    expect(at('2026-04-10T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-04-25T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    const late = at('2026-05-01T00:00:00+08:00');
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('2026-05电影海报');
  });

  it('the posting for the new schedule: up on its first day is met, the day after is breached', () => {
    const facts = { month: '2026-04', requestedAt: '2026-04-29T10:00:00+08:00', scheduleStartsOn: '2026-05-01' };
    expect(posters({ ...facts, postedAt: '2026-05-01T23:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const r = posters({ ...facts, postedAt: '2026-05-02T08:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-05-01T23:59:59.999+08:00' } });
    expect(r.ok && r.result.explanation.en).toContain('posting of the new posters');
    expect(posters({ ...facts }, { asOf: '2026-04-30T12:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
  });

  it('posters put up before they were requested is a contradiction naming postedAt', () => {
    const r = posters({
      month: '2026-04',
      requestedAt: '2026-04-29T10:00:00+08:00',
      scheduleStartsOn: '2026-04-29',
      postedAt: '2026-04-29T09:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['postedAt'] }] } });
    expect(posters({ month: '2026-13', requestedAt: '2026-04-29T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['month'] }] },
    });
  });

  it('an organisation can want the request by the 25th', () => {
    const config = { rules: { 'P07.posters': { dueDay: 25 } } };
    expect(posters({ month: '2026-04', requestedAt: '2026-04-26T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-04-25T23:59:59.999+08:00' },
    });
  });
});
