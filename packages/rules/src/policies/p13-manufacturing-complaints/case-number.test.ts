import { describe, expect, it } from 'vitest';
import { caseNumber } from './case-number.js';

// Seed 第八條 (lines 425–428): 年度(××)月份(××)流水編號(××)；編號周期以年度月份為原則。
const receivedAt = '2026-11-27T15:00:00+08:00';

describe('P13.case-number (第八條)', () => {
  it('the first case of a month is 01', () => {
    expect(caseNumber({ receivedAt })).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: '261101', measured: { value: 1 }, target: { value: 99 }, clause: 'P13 第八條' },
    });
  });

  it('continues the serial within the month', () => {
    const r = caseNumber({ receivedAt, lastNumber: '261107' });
    expect(r).toMatchObject({ ok: true, result: { value: '261108' } });
    expect(r.ok && r.result.explanation.en).toContain('261108');
  });

  it("a last number of another month restarts this month's serial at 01", () => {
    const r = caseNumber({ receivedAt, lastNumber: '261098' });
    expect(r).toMatchObject({ ok: true, result: { value: '261101' } });
    expect(r.ok && r.result.explanation.zh).toContain('重新起编');
    expect(caseNumber({ receivedAt: '2000-01-05T09:00:00+08:00', lastNumber: '991230' })).toMatchObject({
      ok: true,
      result: { value: '000101' },
    });
  });

  it('the 99th case is the last; the 100th is refused, never wrapped', () => {
    expect(caseNumber({ receivedAt, lastNumber: '261198' })).toMatchObject({ ok: true, result: { value: '261199' } });
    expect(caseNumber({ receivedAt, lastNumber: '261199' })).toMatchObject({
      ok: false,
      error: { code: 'rule-refused', issues: [{ path: ['lastNumber'] }] },
    });
  });

  it('the month is the receipt month in the organisation zone', () => {
    // 16:30Z on 11-30 is 00:30 on 12-01 in Shanghai, still November in UTC.
    const lateNight = '2026-11-30T16:30:00Z';
    expect(caseNumber({ receivedAt: lateNight, lastNumber: '261105' })).toMatchObject({
      ok: true,
      result: { value: '261201' },
    });
    expect(caseNumber({ receivedAt: lateNight, lastNumber: '261105' }, { config: { zone: 'UTC' } })).toMatchObject({
      ok: true,
      result: { value: '261106' },
    });
  });

  it('a malformed last number is a bad fact naming lastNumber', () => {
    for (const lastNumber of ['2611', '26110101', '261301', '260001', '261100', '26-11-01']) {
      expect(caseNumber({ receivedAt, lastNumber })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: ['lastNumber'] }] },
      });
    }
  });

  it('a last number from a later month contradicts the receipt', () => {
    expect(caseNumber({ receivedAt, lastNumber: '261201' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['lastNumber'] }] },
    });
  });

  it('an organisation can use a 3-digit serial: YYMMNNN up to 999', () => {
    const config = { rules: { 'P13.case-number': { serialDigits: 3 } } };
    expect(caseNumber({ receivedAt }, { config })).toMatchObject({ ok: true, result: { value: '2611001' } });
    expect(caseNumber({ receivedAt, lastNumber: '2611099' }, { config })).toMatchObject({
      ok: true,
      result: { value: '2611100' },
    });
    expect(caseNumber({ receivedAt, lastNumber: '2611999' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'rule-refused' },
    });
    expect(caseNumber({ receivedAt, lastNumber: '261107' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['lastNumber'] }] },
    });
  });
});
