import { describe, expect, it } from 'vitest';
import { opinion } from './opinion.js';

// Seed 第九條(五) (line 434): 總經理室生產管理組接到業務部填具交涉結果的「客戶抱怨處理表」后，應于一日內…作成綜合意見。
const receivedAt = '2026-11-27T15:00:00+08:00';

describe('P13.opinion (第九條(五))', () => {
  it('due by the end of the next calendar day', () => {
    expect(opinion({ receivedAt, opinionAt: '2026-11-28T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-28T23:59:59.999+08:00', measured: { value: 1, unit: 'day' } },
    });
    const late = opinion({ receivedAt, opinionAt: '2026-11-29T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('综合意见');
  });

  it('pending, at risk and breached by asOf (option or fact)', () => {
    expect(opinion({ receivedAt }, { asOf: '2026-11-27T20:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(opinion({ receivedAt, asOf: '2026-11-28T20:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
    expect(opinion({ receivedAt, asOf: '2026-11-29T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('an opinion before receipt is a bad fact naming opinionAt', () => {
    expect(opinion({ receivedAt, opinionAt: '2026-11-26T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['opinionAt'] }] },
    });
  });

  it('an organisation can allow 2 days; 0 days is a configuration error', () => {
    const config = { rules: { 'P13.opinion': { days: 2 } } };
    expect(opinion({ receivedAt, opinionAt: '2026-11-29T12:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(
      opinion({ receivedAt, opinionAt: receivedAt }, { config: { rules: { 'P13.opinion': { days: 0 } } } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P13.opinion', 'days'] }] },
    });
  });
});
