/**
 * `borderStyle: 'auto'`: the box where every column keeps its width, else the lines, else one record at a
 * time. The reproduction: piped (80 columns) with --lang zh, the 11-column monthly ledger split its amounts
 * (`4400` over `.00`) and the ids (`(S-0` over `1)`).
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type TableColumnSpec, tableText } from './table.js';

const amount = (key: string, header: string): TableColumnSpec => ({ key, header, align: 'right' });
const ledgerColumns: TableColumnSpec[] = [
  { key: 'who', header: '员工' },
  { key: 'dept', header: '部门' },
  amount('own', '本人罚款'),
  amount('joint', '主管连带'),
  amount('wage', '扣工资'),
  amount('bonus', '扣奖金'),
  amount('carried', '结转下月'),
  amount('plus', '加分'),
  amount('minus', '扣分'),
  amount('score', '得分'),
  { key: 'sanction', header: '处分' },
];
const ledgerRows = [
  {
    who: '王芳 (S-01)',
    dept: '客服部',
    own: '0.00',
    joint: '4400.00',
    wage: '0.00',
    bonus: '323.31',
    carried: '0.00',
    plus: 0,
    minus: 0,
    score: 100,
    sanction: '',
  },
  {
    who: '刘洋 (S-04)',
    dept: '综合办公室',
    own: '100.00',
    joint: '0.00',
    wage: '0.00',
    bonus: '1500.00',
    carried: '1350.54',
    plus: 10,
    minus: 1,
    score: 109,
    sanction: '警告（P09 第二十四條）；警告（P12 4.2.2(1)）',
  },
];

/** How many times each non-blank character appears in `text`. */
function counts(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (const char of text.replace(/\s/g, '')) seen.set(char, (seen.get(char) ?? 0) + 1);
  return seen;
}

describe("tableText with borderStyle 'auto'", () => {
  it('reproduction: the ledger in 80 columns is drawn a person at a time, every amount and id whole', () => {
    const text = tableText(ledgerColumns, ledgerRows, { maxWidth: 80, borderStyle: 'auto' });
    const lines = text.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^── 员工 王芳 \(S-01\) ─+$/);
    expect(lines).toContain('主管连带  4400.00');
    expect(lines).toContain('结转下月  1350.54');
    expect(lines).toContain('处分      警告（P09 第二十四條）；警告（P12 4.2.2(1)）');
    // An empty cell (王芳's sanction) is left out, not printed as a bare header.
    expect(
      lines.slice(
        0,
        lines.findIndex((l, i) => i > 0 && l.startsWith('──')),
      ),
    ).not.toContain('处分');
  });

  it('keeps the box where it fits (a wide terminal), exactly as the box style draws it', () => {
    const wide = tableText(ledgerColumns, ledgerRows, { maxWidth: 160, borderStyle: 'auto' });
    expect(wide).toBe(tableText(ledgerColumns, ledgerRows, { maxWidth: 160 }));
    expect(wide.startsWith('┌')).toBe(true);
  });

  it('takes the lighter lines where they keep every column whole and the box does not', () => {
    const columns = ledgerColumns.slice(0, 10);
    const rows = ledgerRows.map(({ sanction: _, ...rest }) => rest);
    // Ten columns: the box's borders take 31 columns, the lines' gaps 18; between the two widths, the lines.
    const natural = stringWidth(tableText(columns, rows, { borderStyle: 'lines' }).split('\n')[0] ?? '');
    const text = tableText(columns, rows, { maxWidth: natural, borderStyle: 'auto' });
    expect(text).toBe(tableText(columns, rows, { maxWidth: natural, borderStyle: 'lines' }));
    expect(text.split('\n')[2]).toMatch(/^王芳 \(S-01\) +客服部 +0\.00 +4400\.00/);
  });

  it('every line fits and every cell is there, whatever the width (property)', () => {
    const word = fc.constantFrom('中文', 'abc', '4400.00', 'S-01', '（P12 4.2.2(1)）', '违规');
    const cell = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { maxLength: 4 }),
        fc.integer({ min: 20, max: 120 }),
        (cells, width) => {
          const columns: TableColumnSpec[] = [
            { key: 'a', header: '员工' },
            { key: 'b', header: '说明' },
            { key: 'c', header: '金额', align: 'right' },
          ];
          const rows = cells.map(([a, b, c]) => ({ a, b, c }));
          const text = tableText(columns, rows, { maxWidth: width, borderStyle: 'auto' });
          for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
          // Nothing cut: every character of every cell is printed (a box interleaves the cells of a row).
          const printed = counts(text);
          for (const [char, n] of counts(rows.map((r) => r.a + r.b + r.c).join(''))) {
            expect(printed.get(char) ?? 0).toBeGreaterThanOrEqual(n);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
