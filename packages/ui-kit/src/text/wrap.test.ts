/**
 * #15 ("try it in tmux at 100 columns with --lang zh and fix what reads badly"): the ledger's sanctions
 * column broke `警告（P09 第二十四條）` as `警告（P0` / `9 第二十` / `四條）`, and headers as `本人罚` / `款`.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapBalanced, wrapText } from './wrap.js';

describe('wrapText: Chinese breaks between characters, ids stay whole (#15)', () => {
  it('reproduction: 警告（P09 第二十四條） in a column 8 wide keeps P09 and the clause marks whole', () => {
    expect(wrapText('警告（P09 第二十四條）', 8)).toEqual(['警告', '（P09 第', '二十四', '條）']);
  });

  it('never breaks before a closing mark or after an opening one', () => {
    const lines = wrapText('自动离职（P12 4.2.2(5)）；警告（P12 4.2.2(5)）', 14);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。；：、）]/);
      expect(line).not.toMatch(/（$/);
    }
  });

  it("keeps the seed's clause (五)1 whole: no break inside its brackets", () => {
    expect(wrapText('除名 ×2（P10 (五)1）', 8)).toEqual(['除名 ×2', '（P10', '(五)1）']);
  });

  it('a short Chinese word between spaces (a type, a label) stays whole: 数字 | 对象', () => {
    expect(wrapText('"light" | "heavy" | 数字 | 对象', 20)).toEqual(['"light" | "heavy" |', '数字 | 对象']);
  });

  it('text without Chinese wraps as wrap-ansi always did', () => {
    expect(wrapText('the quick brown fox', 9)).toEqual(['the quick', 'brown fox']);
  });

  it('a balanced header: 本人罚款 in six columns is 本人 / 罚款, not 本人罚 / 款', () => {
    expect(wrapText('本人罚款', 6)).toEqual(['本人罚', '款']);
    expect(wrapBalanced('本人罚款', 6)).toEqual(['本人', '罚款']);
  });

  const pieces = ['中', '违', '规', '（', '）', '，', 'P09', 'S-01', '100.00', ' ', '元'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('property: every line fits, nothing is lost, and no Latin word that fits is split', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 40 }), (t, width) => {
        const lines = wrapText(t, width);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
        // A Latin run (an id, an amount) that fits is never split: each one on a line is one of the text's.
        const runs = t.match(/[A-Za-z0-9.-]+/g) ?? [];
        if (runs.every((run) => run.length <= width)) {
          for (const line of lines) for (const run of line.match(/[A-Za-z0-9.-]+/g) ?? []) expect(runs).toContain(run);
        }
      }),
      { numRuns: 300 },
    );
  });
});
