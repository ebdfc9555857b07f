/**
 * The film-ticket family against the seed (P07): each test names the clause it checks and a defect the audit
 * had in the facts it built from the events. Moved here from seed-tickets-gps-bonuses.test.ts and
 * seed-complaints-calls.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('P07 film tickets', () => {
  it('P07 7 (次日班交至前臺接待員): a cover’s takings on a case id are judged for the day of sale, not the hand-over day', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T15:00', {
        case: 'T1',
        employee: 'E1',
        byCover: true,
        shiftEnd: '2026-03-03T17:00:00+08:00',
      }),
      ev('takings-remitted', '2026-03-03T09:00', { case: 'T1', employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    const f = only(r, 'P07.daily-remittance');
    expect(f.result.status).toBe('met');
    expect(f.result.explanation.en).toContain('2026-03-03 17:00');
  });

  it('P07 7: the same, whichever of the two lines comes first', async () => {
    const r = await audit([
      ev('takings-remitted', '2026-03-03T09:00', { case: 'T1', employee: 'E1' }),
      ev('tickets-sold', '2026-03-02T15:00', {
        case: 'T1',
        employee: 'E1',
        byCover: true,
        shiftEnd: '2026-03-03T17:00:00+08:00',
      }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P07.daily-remittance').result.status).toBe('met');
  });

  it('P07 3 (每日下班前): a night shift’s sales either side of midnight are one shift’s takings, settled by one hand-over before the shift ends', async () => {
    const sold = (at: string) => ev('tickets-sold', at, { employee: 'E1', shiftEnd: '2026-03-03T08:00:00+08:00' });
    for (const lines of [
      [
        sold('2026-03-02T23:00'),
        sold('2026-03-03T01:00'),
        ev('takings-remitted', '2026-03-03T07:30', { employee: 'E1' }),
      ],
      [
        sold('2026-03-03T01:00'),
        sold('2026-03-02T23:00'),
        ev('takings-remitted', '2026-03-03T07:30', { employee: 'E1' }),
      ],
    ]) {
      const r = await audit(lines);
      expect(r.rejected).toEqual([]);
      const f = only(r, 'P07.daily-remittance');
      expect(f.result.status).toBe('met');
      expect(f.lines).toHaveLength(3);
    }
  });

  it('P07 3: two different shifts of the same seller on consecutive days stay two days', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T10:00', { employee: 'E1', shiftEnd: '2026-03-02T17:00:00+08:00' }),
      ev('tickets-sold', '2026-03-03T10:00', { employee: 'E1', shiftEnd: '2026-03-03T17:00:00+08:00' }),
      ev('takings-remitted', '2026-03-03T16:00', { employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(
      findingsOf(r, 'P07.daily-remittance')
        .map((f) => f.result.status)
        .sort(),
    ).toEqual(['breached', 'met']);
  });
});

describe('tickets', () => {
  it('P07 7 (次日班交至前臺接待員): a cover’s money handed over the next day meets its sale without soldOn', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T20:00', { employee: 'E1', shiftEnd: '2026-03-03T17:00:00+08:00', byCover: true }),
      ev('takings-remitted', '2026-03-03T09:00', { employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    const f = only(r, 'P07.daily-remittance');
    expect(f.result.status).toBe('met');
    expect(f.lines).toEqual([1, 2]);
  });

  it('P07 3 (每日下班前): a night shift’s money handed over after midnight meets the sale it belongs to', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T20:00', { employee: 'E1', shiftEnd: '2026-03-03T08:00:00+08:00' }),
      ev('takings-remitted', '2026-03-03T07:30', { employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P07.daily-remittance').result.status).toBe('met');
  });

  it('P07 3: a remittance on a day with its own open sale settles that day’s sale', async () => {
    const r = await audit([
      ev('tickets-sold', '2026-03-02T10:00', { employee: 'E1', shiftEnd: '2026-03-02T18:00:00+08:00' }),
      ev('tickets-sold', '2026-03-03T10:00', { employee: 'E1', shiftEnd: '2026-03-03T18:00:00+08:00' }),
      ev('takings-remitted', '2026-03-03T17:00', { employee: 'E1' }),
    ]);
    const byDay = findingsOf(r, 'P07.daily-remittance').map((f) => [f.key, f.result.status]);
    expect(byDay).toContainEqual(['E1 2026-03-03', 'met']);
    expect(byDay).toContainEqual(['E1 2026-03-02', 'breached']);
  });
});
