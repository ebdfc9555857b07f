/**
 * #15 item 1: tables fit the width by wrapping, never by cutting, with CJK and emoji measured as two columns.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type TableColumnSpec, tableMinWidth, tableText } from './table.js';

// Graphemes of every width class, and spaces so words form; never the box's own '│'.
const pieces = ['a', 'Z', '7', '-', '.', '中', '违', '（', '：', '😀', '👨‍👩‍👧', '🇨🇳', ' ', ' ', 'é'];
const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const table = fc
  .array(fc.record({ header: cell, align: fc.constantFrom<'left' | 'right'>('left', 'right') }), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((specs) => {
    const columns: TableColumnSpec[] = specs.map((s, i) => ({ key: `c${i}`, header: s.header, align: s.align }));
    const row = fc
      .tuple(...columns.map(() => cell))
      .map((cells) => Object.fromEntries(cells.map((text, i) => [`c${i}`, text])));
    return fc.record({ columns: fc.constant(columns), rows: fc.array(row, { maxLength: 5 }) });
  });

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Column `c`'s text read back from the box lines `from..to`, in reading order. */
function columnText(lines: readonly string[], c: number): string {
  return lines.map((line) => line.split('│')[c + 1] ?? '').join('');
}

describe('tableText fits the width (#15 item 1)', () => {
  it('every line is at most the width, and every cell is there whole (property)', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 160 }), ({ columns, rows }, extra) => {
        const width = tableMinWidth(columns.length) + extra;
        const lines = tableText(columns, rows, { maxWidth: width }).split('\n');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        // Header lines sit between the top rule and the separator (the line starting with ├).
        const separator = lines.findIndex((line) => line.startsWith('├'));
        const header = lines.slice(1, separator);
        const body = lines.slice(separator + 1, -1);
        columns.forEach((column, c) => {
          expect(squeeze(columnText(header, c))).toBe(squeeze(column.header));
          expect(squeeze(columnText(body, c))).toBe(rows.map((row) => squeeze(String(row[column.key]))).join(''));
        });
      }),
      { numRuns: 300 },
    );
    // 300 tables laid out take seconds on a loaded machine: more than vitest's default 5 s there.
  }, 30_000);

  // The reproduction: piped with --lang zh, every explanation was cut mid-sentence ("收费标准为80.00…").
  it('wraps a Chinese explanation at 80 columns instead of cutting it', () => {
    const explanation = '1 × 门锁更换收费100.00元，收费标准为80.00元：多收20.00元，违反服务收费规定（P01 服務請求 2）';
    const text = tableText(
      [
        { key: 'line', header: '行' },
        { key: 'rule', header: '规则' },
        { key: 'text', header: '说明' },
      ],
      [{ line: '154', rule: 'P01.service-fee', text: explanation }],
      { maxWidth: 80 },
    );
    const lines = text.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(squeeze(columnText(lines.slice(3, -1), 2))).toBe(squeeze(explanation));
    expect(text).toContain('收费标准为80.00');
    expect(lines[3]).toContain('│ P01.service-fee │');
  });

  it('keeps numbers and ids whole while the prose column wraps', () => {
    const lines = tableText(
      [
        { key: 'id', header: 'Employee' },
        { key: 'note', header: 'Note' },
        { key: 'fine', header: 'Fine', align: 'right' },
      ],
      [{ id: 'S-R-000016', note: 'word '.repeat(30).trim(), fine: '1,000.00' }],
      { maxWidth: 50 },
    ).split('\n');
    expect(lines[3]).toMatch(/^│ S-R-000016 │ [a-z ]+ │ 1,000.00 │$/);
    expect(lines.every((line) => stringWidth(line) === 50)).toBe(true);
  });

  it('draws every column at its widest without a width', () => {
    const note = 'x'.repeat(300);
    expect(tableText([{ key: 'n', header: 'N' }], [{ n: note }]).split('\n')[3]).toBe(`│ ${note} │`);
  });

  it('never goes below two columns a cell, so a double-width character fits', () => {
    const lines = tableText([{ key: 'a', header: '说明' }], [{ a: '中文' }], { maxWidth: 1 }).split('\n');
    expect(lines).toEqual(['┌────┐', '│ 说 │', '│ 明 │', '├────┤', '│ 中 │', '│ 文 │', '└────┘']);
  });

  it('fits the lines style too', () => {
    const lines = tableText(
      [
        { key: 'a', header: 'A' },
        { key: 'b', header: 'B' },
      ],
      [{ a: 'id-1', b: '中文说明'.repeat(10) }],
      { maxWidth: 30, borderStyle: 'lines' },
    ).split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[2]).toMatch(/^id-1 {2}中文/);
  });
});
