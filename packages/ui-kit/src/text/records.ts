/**
 * A table too wide for its width, drawn one record at a time (as `psql`'s expanded display, `\x auto`):
 * each row under a rule that names it by its first column, then one `header  value` line per non-empty cell,
 * values wrapped beside their headers. An eleven-column ledger in an 80-column terminal reads as a list of
 * people instead of columns four characters wide.
 */
import type { TableLine, TableSegment } from './table.js';
import { displayWidth, padToWidth } from './width.js';
import { wrapText } from './wrap.js';

const MIN_VALUE_WIDTH = 2;

/** The lines of the records of `body` (cells by column) under `headers`, fitting `maxWidth` where it can. */
export function recordLines(
  headers: readonly string[],
  body: readonly (readonly string[])[],
  maxWidth: number,
): TableLine[] {
  const border = (text: string): TableSegment => ({ text, kind: 'border' });
  const keyWidth = Math.max(0, ...headers.slice(1).map(displayWidth));
  const valueWidth = Math.max(MIN_VALUE_WIDTH, maxWidth - keyWidth - 2);
  const lines: TableLine[] = [];
  for (const cells of body) {
    // The rule names the record by its first column (`员工 王芳 (S-01)`, `Line 16`): wrapped, never cut.
    const first = cells[0] === undefined || cells[0] === '' ? '—' : cells[0];
    const named = headers[0] === undefined || headers[0] === '' ? first : `${headers[0]} ${first}`;
    const title = wrapText(named, Math.max(MIN_VALUE_WIDTH, maxWidth - 4));
    title.forEach((part, n) => {
      const fillWidth = n === 0 ? Math.max(0, maxWidth - 4 - displayWidth(part)) : 0;
      lines.push([
        border(n === 0 ? '── ' : '   '),
        { text: part, kind: 'header' },
        ...(fillWidth > 0 ? [border(` ${'─'.repeat(fillWidth)}`)] : []),
      ]);
    });
    cells.forEach((cell, i) => {
      if (i === 0 || cell === '') return;
      wrapText(cell, valueWidth).forEach((part, n) => {
        const key = n === 0 ? (headers[i] ?? '') : '';
        lines.push([
          { text: `${padToWidth(key, keyWidth, 'left')}  `, kind: 'header' },
          { text: part, kind: 'cell' },
        ]);
      });
    });
  }
  return lines;
}
