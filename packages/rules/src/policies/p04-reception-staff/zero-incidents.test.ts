import { describe, expect, it } from 'vitest';
import { zeroIncidents } from './zero-incidents.js';

// Seed 1.6 (line 125): 接待服務人員應堅持文明用語，做到無投訴、無違紀、無責任事故。
describe('P04.zero-incidents (1.6)', () => {
  it('none of the three is met', () => {
    expect(zeroIncidents({ complaints: 0, violations: 0, accidents: 0, period: '2026-11' })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'count' }, target: { value: 0, comparator: '<=' } },
    });
  });

  it.each([
    ['complaints', '投诉'],
    ['violations', '违纪'],
    ['accidents', '责任事故'],
  ] as const)('a single %s breaches', (kind, zh) => {
    const r = zeroIncidents({ complaints: 0, violations: 0, accidents: 0, [kind]: 1 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.zh).toContain(`${zh}1起，超过0起`);
    expect(r.ok && r.result.explanation.en).toContain('no sanction');
    expect(r.ok && r.result.sanctions).toEqual([]);
  });

  it('rejects a fractional count naming the field', () => {
    expect(zeroIncidents({ complaints: 0.5, violations: 0, accidents: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['complaints'] }] },
    });
  });

  it('an organisation can tolerate one complaint: 1 is met, 2 breaches', () => {
    const config = { rules: { 'P04.zero-incidents': { maxComplaints: 1 } } };
    expect(zeroIncidents({ complaints: 1, violations: 0, accidents: 0 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 1 } },
    });
    expect(zeroIncidents({ complaints: 2, violations: 0, accidents: 0 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
