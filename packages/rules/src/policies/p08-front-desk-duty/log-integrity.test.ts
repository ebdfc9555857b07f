import { describe, expect, it } from 'vitest';
import { logIntegrity } from './log-integrity.js';

// Seed 4.6 (line 205): 《值班日志》不得撕頁，記錄不得涂改，記錄本用完后，由客服組統一保管。
const intact = (number: number) => ({ number, torn: false, altered: false });

describe('P08.log-integrity (4.6)', () => {
  it('consecutive, intact, unaltered pages are met', () => {
    expect(logIntegrity({ pages: [intact(1), intact(2), intact(3)] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'page' }, target: { value: 0, comparator: '<=' } },
    });
  });

  it('one torn page or one altered entry is already a breach', () => {
    const torn = logIntegrity({ pages: [intact(1), { number: 2, torn: true, altered: false }] });
    expect(torn).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(torn.ok && torn.result.explanation.en).toContain('torn out: page(s) 2');
    const altered = logIntegrity({ pages: [{ number: 7, torn: false, altered: true }] });
    expect(altered).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(altered.ok && altered.result.explanation.zh).toContain('涂改：第7页');
  });

  it('a gap in the numbering reads as torn-out pages, counted exactly', () => {
    const r = logIntegrity({ pages: [intact(4), intact(1), intact(2), { number: 5, torn: true, altered: true }] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 2 } } });
    expect(r.ok && r.result.explanation.en).toContain('1 missing from the numbering (read as torn out): 3');
    const jump = logIntegrity({ pages: [intact(1), intact(5002)] });
    expect(jump).toMatchObject({ ok: true, result: { measured: { value: 5000 } } });
  });

  it('an organisation that numbers pages loosely can ignore gaps', () => {
    const config = { rules: { 'P08.log-integrity': { gapsAreTorn: false } } };
    expect(logIntegrity({ pages: [intact(1), intact(3)] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('no pages is not applicable', () => {
    expect(logIntegrity({ pages: [] })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('rejects a page listed twice and a page number 0, naming the field', () => {
    expect(logIntegrity({ pages: [intact(1), intact(1)] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['pages', 1, 'number'] }] },
    });
    expect(logIntegrity({ pages: [intact(0)] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['pages', 0, 'number'] }] },
    });
  });
});
