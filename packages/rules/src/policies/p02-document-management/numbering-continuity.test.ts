import { describe, expect, it } from 'vitest';
import { numberingContinuity } from './numbering-continuity.js';

// Seed 2.3.2 (line 78): 公司內部文件(包括聯絡單)…必須保證完整性及連續性，以便備查。
describe('P02.numbering-continuity (2.3.2)', () => {
  it('a continuous series in any order is met', () => {
    expect(numberingContinuity({ numbers: [3, 1, 2, 4] })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: { gaps: [], missing: 0, duplicates: [] },
        measured: { value: 0, unit: 'count' },
        target: { value: 0, comparator: '=' },
      },
    });
  });

  it('gaps are reported as ranges, duplicates with their count', () => {
    const r = numberingContinuity({ numbers: [1, 2, 4, 4, 8, 9] });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: {
          gaps: [
            { from: 3, to: 3 },
            { from: 5, to: 7 },
          ],
          missing: 4,
          duplicates: [{ number: 4, count: 2 }],
        },
        measured: { value: 5 },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('4 missing (3, 5–7); duplicated 4×2');
    expect(r.ok && r.result.explanation.zh).toContain('缺号4个（3, 5–7）；重号4×2');
  });

  it('the expected first and last numbers find gaps at the ends', () => {
    expect(numberingContinuity({ numbers: [2, 3], from: 1, to: 5 })).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: {
          gaps: [
            { from: 1, to: 1 },
            { from: 4, to: 5 },
          ],
          missing: 3,
        },
      },
    });
    expect(numberingContinuity({ numbers: [1, 2, 3, 4, 5], from: 1, to: 5 })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('a huge gap costs nothing', () => {
    expect(numberingContinuity({ numbers: [1, 9_000_000_000_000] })).toMatchObject({
      ok: true,
      result: { value: { gaps: [{ from: 2, to: 8_999_999_999_999 }], missing: 8_999_999_999_998 } },
    });
  });

  it('nothing kept and no series is not applicable', () => {
    expect(numberingContinuity({ numbers: [] })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('rejects a number outside the series and an inverted series, naming the field', () => {
    expect(numberingContinuity({ numbers: [1, 7], from: 1, to: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['numbers', 1] }] },
    });
    expect(numberingContinuity({ numbers: [], from: 5, to: 1 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['to'] }] },
    });
    expect(numberingContinuity({ numbers: [1.5] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['numbers', 0] }] },
    });
  });

  it('has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P02.numbering-continuity': { start: 1 } } };
    expect(numberingContinuity({ numbers: [1] }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P02.numbering-continuity'] }] },
    });
  });
});
