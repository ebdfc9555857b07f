import { Box, Text } from 'ink';
import { finiteOr } from './text/numbers.js';
import { displayWidth, padToWidth, singleLine, truncateToWidth } from './width.js';

/** One column of a {@link Table}. */
export type TableColumn = {
  /** The row property this column shows. */
  readonly key: string;
  /** Column heading. */
  readonly header: string;
  /** Cell alignment; defaults to `'left'`. */
  readonly align?: 'left' | 'right';
  /**
   * Fixed width in terminal columns (a CJK character counts as two). Longer cells, and the header, are
   * cut with an ellipsis. Without it the column is as wide as its widest cell.
   */
  readonly width?: number;
};

/** One row of a {@link Table}: cell values by column key (a missing key renders as an empty cell). */
export type TableRow = Readonly<Record<string, string | number>>;

/** Props of {@link Table}. */
export type TableProps = {
  /** The columns, left to right. */
  readonly columns: readonly TableColumn[];
  /** The rows, top to bottom. */
  readonly rows: readonly TableRow[];
  /**
   * `'box'` (default) draws a full box with `┌─┬─┐` borders; `'lines'` draws only a rule under the header
   * and separates columns with two spaces.
   */
  readonly borderStyle?: 'box' | 'lines';
};

type SegmentKind = 'border' | 'header' | 'cell';
type Segment = { readonly id: string; readonly text: string; readonly kind: SegmentKind };
type Line = { readonly id: string; readonly segments: readonly Segment[] };

function cellText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return singleLine(typeof value === 'number' ? String(value) : value);
}

function columnWidth(column: TableColumn, rows: readonly TableRow[]): number {
  if (column.width !== undefined) return Math.max(1, Math.floor(finiteOr(column.width, 1)));
  let width = displayWidth(singleLine(column.header));
  for (const row of rows) width = Math.max(width, displayWidth(cellText(row[column.key])));
  return Math.max(1, width);
}

function fitCell(text: string, width: number, align: 'left' | 'right'): string {
  return padToWidth(truncateToWidth(text, width), width, align);
}

function buildLines(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  style: 'box' | 'lines',
): readonly Line[] {
  const widths = columns.map((column) => columnWidth(column, rows));
  const lines: Line[] = [];
  let segmentCount = 0;
  const segment = (text: string, kind: SegmentKind): Segment => {
    segmentCount += 1;
    return { id: `s${segmentCount}`, text, kind };
  };
  const border = (text: string): Segment => segment(text, 'border');

  const contentLine = (id: string, texts: readonly string[], kind: 'header' | 'cell'): Line => {
    const segments: Segment[] = [];
    for (const [i, text] of texts.entries()) {
      const column = columns[i];
      const width = widths[i] ?? 1;
      const cell = fitCell(text, width, column?.align ?? 'left');
      if (style === 'box') {
        segments.push(border(i === 0 ? '│ ' : ' │ '), segment(cell, kind));
      } else {
        // No trailing blanks after the last column.
        const text = i === texts.length - 1 ? cell.trimEnd() : cell;
        segments.push(segment(i === 0 ? text : `  ${text}`, kind));
      }
    }
    if (style === 'box') segments.push(border(' │'));
    return { id, segments };
  };

  const rule = (id: string, left: string, middle: string, right: string): Line => ({
    id,
    segments: [border(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right)],
  });

  const headers = columns.map((column) => singleLine(column.header));
  if (style === 'box') {
    lines.push(rule('top', '┌', '┬', '┐'));
    lines.push(contentLine('header', headers, 'header'));
    lines.push(rule('separator', '├', '┼', '┤'));
  } else {
    lines.push(contentLine('header', headers, 'header'));
    lines.push({ id: 'separator', segments: [border(widths.map((w) => '─'.repeat(w)).join('  '))] });
  }
  for (const [n, row] of rows.entries()) {
    const cells = columns.map((column) => cellText(row[column.key]));
    lines.push(contentLine(`row-${n}`, cells, 'cell'));
  }
  if (style === 'box') lines.push(rule('bottom', '└', '┴', '┘'));
  return lines;
}

/**
 * A table with a bold header, drawn as a box (default) or with a single header rule. Widths are
 * measured in terminal columns, so Chinese text lines up; fixed-width columns truncate with `…`.
 * Each line is cut (not wrapped) at the terminal edge so the grid never breaks.
 */
export function Table({ columns, rows, borderStyle = 'box' }: TableProps) {
  if (columns.length === 0) return null;
  const lines = buildLines(columns, rows, borderStyle);
  return (
    <Box flexDirection="column">
      {lines.map((line) => (
        <Text key={line.id} wrap="truncate-end">
          {line.segments.map(({ id, text, kind }) => (
            <Text key={id} dimColor={kind === 'border'} bold={kind === 'header'}>
              {text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
