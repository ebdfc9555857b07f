/**
 * A table laid out to fit a width: the layout the Ink {@link Table} component draws and `tableText` prints
 * for pipes. Cells wrap (wrap.ts: Chinese between characters, the rest with `wrap-ansi`; measured with `string-width`, so a CJK character or an emoji
 * counts as two columns); nothing is cut. When the table is too wide, the widest columns give way first
 * (prose: explanations, titles), while right-aligned columns (numbers) and short ids keep their width.
 */

import { recordLines } from './records.js';
import { displayWidth, padToWidth, singleLine } from './width.js';
import { widestUnit, wrapBalanced, wrapText } from './wrap.js';

/** One column of a table. */
export type TableColumnSpec = {
  /** The row property this column shows. */
  readonly key: string;
  /** Column heading. */
  readonly header: string;
  /** Cell alignment; defaults to `'left'`. Right-aligned columns (numbers) keep their full width. */
  readonly align?: 'left' | 'right';
  /** Preferred width in terminal columns: cells (and the header) wrap at it. Without it: the widest cell. */
  readonly width?: number;
};

/** One row: cell values by column key (a missing key is an empty cell). */
export type TableRowValues = Readonly<Record<string, string | number>>;

export type TableBorderStyle = 'box' | 'lines';

/** A piece of a laid-out line, tagged so a renderer can style borders, headers and cells apart. */
export type TableSegment = { readonly text: string; readonly kind: 'border' | 'header' | 'cell' };
export type TableLine = readonly TableSegment[];

export type TableLayoutOptions = {
  /** Width to fit in, in terminal columns; omitted or non-finite: unbounded (every column at its widest). */
  readonly maxWidth?: number;
  /**
   * `'box'` (default): `┌─┬─┐` borders; `'lines'`: a rule under the header, columns two spaces apart;
   * `'auto'`: the box where every column keeps its width floor, else the lines where they do, else one
   * record at a time (`header  value` lines under a rule naming the row, as psql's expanded display).
   */
  readonly borderStyle?: TableBorderStyle | 'auto';
};

/**
 * The narrowest a column gets: two columns, so a double-width character always fits. A table is never
 * narrower than `tableMinWidth`; below that its lines are wider than asked (still nothing is cut).
 */
export const TABLE_MIN_COLUMN_WIDTH = 2;
/** A prose column is not narrowed below this while narrowing the ids would still be avoidable. */
const PROSE_FLOOR = 12;
/** A whitespace-free word up to this wide (an id, a date, a code) is kept whole when there is room. */
const ID_FLOOR_LIMIT = 24;

/** Columns the borders and gaps of `count` columns take. */
export function tableChrome(count: number, style: TableBorderStyle = 'box'): number {
  if (count === 0) return 0;
  return style === 'box' ? 3 * count + 1 : 2 * (count - 1);
}

/** The narrowest table of `count` columns that still fits its width (every column two wide). */
export function tableMinWidth(count: number, style: TableBorderStyle = 'box'): number {
  return tableChrome(count, style) + TABLE_MIN_COLUMN_WIDTH * count;
}

function cellText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return singleLine(typeof value === 'number' ? String(value) : value);
}

/** `firm`: a number or a short id, which keeps its floor until nothing else can give (never split if it can be helped). */
type Measure = { readonly natural: number; readonly floor: number; readonly firm?: boolean };

function measure(column: TableColumnSpec, header: string, cells: readonly string[]): Measure {
  const fixed = column.width !== undefined && Number.isFinite(column.width);
  const widest = Math.max(displayWidth(header), ...cells.map(displayWidth));
  const natural = Math.max(TABLE_MIN_COLUMN_WIDTH, fixed ? Math.floor(column.width ?? TABLE_MIN_COLUMN_WIDTH) : widest);
  if (column.align === 'right') {
    // A number is never split; its header may wrap (`本人罚款` over two lines) where space is short.
    const widestCell = Math.max(TABLE_MIN_COLUMN_WIDTH, ...cells.map(displayWidth));
    return { natural, floor: fixed ? natural : Math.min(natural, widestCell), firm: true };
  }
  // The widest piece that cannot break: a word, an id (Chinese breaks between any two characters).
  const word = Math.min(ID_FLOOR_LIMIT, Math.max(widestUnit(header), ...cells.map(widestUnit)));
  return { natural, floor: Math.min(natural, Math.max(PROSE_FLOOR, word)) };
}

/**
 * Widths that fit `room`: every column at its natural width when they fit; else the widest columns are
 * narrowed to a common cap ("water-filling"), never below their floor. Returns undefined when the floors
 * alone do not fit.
 */
function fill(measures: readonly Measure[], room: number): number[] | undefined {
  const at = (cap: number) => measures.map(({ natural, floor }) => Math.max(floor, Math.min(natural, cap)));
  const total = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
  if (total(at(Number.POSITIVE_INFINITY)) <= room) return at(Number.POSITIVE_INFINITY);
  if (total(at(0)) > room) return undefined;
  // The largest cap that fits (the total grows with the cap): a binary search over the natural widths.
  let low = 0;
  let high = Math.max(...measures.map((m) => m.natural));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (total(at(mid)) <= room) low = mid;
    else high = mid - 1;
  }
  const widths = at(low);
  // Hand the columns left over by rounding to the columns that were narrowed, widest first.
  let spare = room - total(widths);
  for (const i of widths.map((_, i) => i).sort((a, b) => (measures[b]?.natural ?? 0) - (measures[a]?.natural ?? 0))) {
    const grow = Math.min(spare, (measures[i]?.natural ?? 0) - (widths[i] ?? 0));
    if (grow <= 0) continue;
    widths[i] = (widths[i] ?? 0) + grow;
    spare -= grow;
  }
  return widths;
}

/**
 * The floors of each fallback, in order: ids and numbers first keep their width, then prose gives way
 * completely, then the ids wrap too (numbers still whole), then everything gives.
 */
function fallbacks(measures: readonly Measure[]): readonly (readonly Measure[])[] {
  const minimum = TABLE_MIN_COLUMN_WIDTH;
  return [
    measures,
    measures.map((m) => ({
      natural: m.natural,
      floor: m.firm === true || (m.floor === m.natural && m.natural <= ID_FLOOR_LIMIT) ? m.floor : minimum,
    })),
    measures.map((m) => ({ natural: m.natural, floor: m.firm === true ? m.floor : minimum })),
    measures.map((m) => ({ natural: m.natural, floor: minimum })),
  ];
}

function roomFor(measures: readonly Measure[], maxWidth: number | undefined, style: TableBorderStyle): number {
  return maxWidth === undefined || !Number.isFinite(maxWidth)
    ? Number.POSITIVE_INFINITY
    : Math.floor(maxWidth) - tableChrome(measures.length, style);
}

/** Column widths for `maxWidth`, with how far down the fallbacks they had to go (0: every floor kept). */
function columnWidths(
  measures: readonly Measure[],
  maxWidth: number | undefined,
  style: TableBorderStyle,
): { readonly widths: number[]; readonly level: number } {
  const room = roomFor(measures, maxWidth, style);
  const levels = fallbacks(measures);
  for (const [level, floors] of levels.entries()) {
    const widths = fill(floors, room);
    if (widths !== undefined) return { widths, level };
  }
  return { widths: measures.map(() => TABLE_MIN_COLUMN_WIDTH), level: levels.length };
}

/**
 * `'auto'`: the box where every column keeps its floor (prose 12 wide, ids and numbers whole), else the
 * lighter lines where they do, else one record at a time: an 11-column ledger in 80 columns would otherwise
 * split its amounts (`4400` over `.00`) and its ids.
 */
function chooseStyle(
  measures: readonly Measure[],
  maxWidth: number | undefined,
  style: TableBorderStyle | 'auto',
): TableBorderStyle | 'records' {
  if (style !== 'auto') return style;
  if (columnWidths(measures, maxWidth, 'box').level === 0) return 'box';
  if (columnWidths(measures, maxWidth, 'lines').level === 0) return 'lines';
  return measures.length > 1 && maxWidth !== undefined && Number.isFinite(maxWidth) ? 'records' : 'box';
}

/**
 * `text` wrapped to `width` columns: at spaces or between Chinese characters where it can, inside a word
 * where it must (see wrap.ts).
 */
export function wrapCell(text: string, width: number): string[] {
  if (text === '') return [''];
  return wrapText(text, Math.max(TABLE_MIN_COLUMN_WIDTH, width));
}

/**
 * The lines of a table that fits `maxWidth` (when it is at least {@link tableMinWidth}). Every line of a
 * box has the same display width. Cells wrap onto as many lines as they need; their text is kept whole
 * (only the spaces where a line breaks are dropped).
 */
export function tableLayout(
  columns: readonly TableColumnSpec[],
  rows: readonly TableRowValues[],
  options: TableLayoutOptions = {},
): readonly TableLine[] {
  if (columns.length === 0) return [];
  const headers = columns.map((c) => singleLine(c.header));
  const body = rows.map((row) => columns.map((c) => cellText(row[c.key])));
  const measures = columns.map((c, i) =>
    measure(
      c,
      headers[i] ?? '',
      body.map((cells) => cells[i] ?? ''),
    ),
  );
  const chosen = chooseStyle(measures, options.maxWidth, options.borderStyle ?? 'box');
  if (chosen === 'records') return recordLines(headers, body, Math.floor(options.maxWidth ?? 0));
  const style = chosen;
  const { widths } = columnWidths(measures, options.maxWidth, style);
  const border = (text: string): TableSegment => ({ text, kind: 'border' });

  const contentLines = (texts: readonly string[], kind: 'header' | 'cell'): TableLine[] => {
    // A header that must wrap is balanced over its lines (`本人` / `罚款`, not `本人罚` / `款`).
    const wrap = kind === 'header' ? headerWrap : wrapCell;
    const wrapped = texts.map((text, i) => wrap(text, widths[i] ?? TABLE_MIN_COLUMN_WIDTH));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: TableLine[] = [];
    for (let n = 0; n < height; n += 1) {
      const segments: TableSegment[] = [];
      for (const [i, cellLines] of wrapped.entries()) {
        const cell = padToWidth(cellLines[n] ?? '', widths[i] ?? 0, columns[i]?.align ?? 'left');
        if (style === 'box') segments.push(border(i === 0 ? '│ ' : ' │ '), { text: cell, kind });
        else {
          // No trailing blanks after the last column.
          const text = i === wrapped.length - 1 ? cell.trimEnd() : cell;
          segments.push({ text: i === 0 ? text : `  ${text}`, kind });
        }
      }
      if (style === 'box') segments.push(border(' │'));
      lines.push(segments);
    }
    return lines;
  };
  const rule = (left: string, middle: string, right: string): TableLine => [
    border(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right),
  ];

  const lines: TableLine[] = [];
  if (style === 'box') lines.push(rule('┌', '┬', '┐'));
  lines.push(...contentLines(headers, 'header'));
  if (style === 'box') lines.push(rule('├', '┼', '┤'));
  else lines.push([border(widths.map((w) => '─'.repeat(w)).join('  '))]);
  for (const cells of body) lines.push(...contentLines(cells, 'cell'));
  if (style === 'box') lines.push(rule('└', '┴', '┘'));
  return lines;
}

function headerWrap(text: string, width: number): string[] {
  if (text === '') return [''];
  return wrapBalanced(text, Math.max(TABLE_MIN_COLUMN_WIDTH, width));
}

/** A table as plain text (no colour), fitting `maxWidth` like the Ink `Table`; lines joined with `\n`. */
export function tableText(
  columns: readonly TableColumnSpec[],
  rows: readonly TableRowValues[],
  options: TableLayoutOptions = {},
): string {
  return tableLayout(columns, rows, options)
    .map((line) => line.map((segment) => segment.text).join(''))
    .join('\n');
}
