import { describe, expect, it } from 'vitest';
import { phoneAnswer } from './phone-answer.js';
import { repeatViolation } from './repeat-violation.js';

// Seed (五)1 (lines 333–334): 經發現給予100元/次罰款處理; 第二次違反相同規定雙倍處罰; 第三次違反相同規定，公司予以除名處理。
// The ladder rests on the employee's history of the same rule; the catalogue lists `priorBreaches[]` as a fact.
const base = { employee: '張三', rule: 'phone-answer', at: '2026-11-27T09:00:00+08:00' };

describe('P10.repeat-violation: review against the seed', () => {
  it('(五)1 第二次/第三次: without the history given, the first-time fine is not silent', () => {
    const r = repeatViolation(base);
    expect(r).toMatchObject({ ok: true, result: { value: { occurrence: 1, fine: 100 } } });
    expect(r.ok && r.result.warnings.map((w) => w.code)).toContain('history-not-given');
    expect(r.ok && r.result.explanation.en).not.toContain('all earlier history counted');
    expect(r.ok && r.result.explanation.en).toContain('no earlier breaches were given');
    expect(r.ok && r.result.explanation.zh).toContain('未提供此前违规记录');
  });

  it('(五)1: an empty history given is the first time, without that warning', () => {
    const r = repeatViolation({ ...base, priorBreaches: [] });
    expect(r).toMatchObject({ ok: true, result: { value: { occurrence: 1, fine: 100 }, warnings: [] } });
    expect(r.ok && r.result.explanation.en).toContain('all earlier history counted');
  });
});

describe('P10.phone-answer ((二)操作程序 三聲鈴聲之內須接聽): a call never answered', () => {
  it('is breached once the 3 rings went by, and no breach when the caller hung up before', () => {
    expect(phoneAnswer({ rings: 3, answered: false })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(phoneAnswer({ rings: 2, answered: false })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
    expect(phoneAnswer({ rings: 0, answered: false })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });
});
