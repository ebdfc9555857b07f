import { Box, Text } from 'ink';
import { type TableBorderStyle, type TableColumnSpec, type TableRowValues, tableLayout } from './text/table.js';

/** One column of a {@link Table}. */
export type TableColumn = TableColumnSpec;

/** One row of a {@link Table}: cell values by column key (a missing key renders as an empty cell). */
export type TableRow = TableRowValues;

/** Props of {@link Table}. */
export type TableProps = {
  /** The columns, left to right. */
  readonly columns: readonly TableColumn[];
  /** The rows, top to bottom. */
  readonly rows: readonly TableRow[];
  /**
   * `'box'` (default) draws a full box with `┌─┬─┐` borders; `'lines'` draws only a rule under the header
   * and separates columns with two spaces; `'auto'` the box where every column keeps its width, else the lines, else one record at a time.
   */
  readonly borderStyle?: TableBorderStyle | 'auto';
  /**
   * The width to fit in, in terminal columns (usually the terminal's): long cells wrap so that no line is
   * wider. Omitted: every column as wide as its widest cell. The kit never reads the terminal itself.
   */
  readonly maxWidth?: number;
};

/**
 * A table with a bold header, drawn as a box (default) or with a single header rule. Widths are
 * measured in terminal columns, so Chinese text lines up; cells wrap to fit `maxWidth` and are never cut.
 */
export function Table({ columns, rows, borderStyle = 'box', maxWidth }: TableProps) {
  if (columns.length === 0) return null;
  const lines = tableLayout(columns, rows, { borderStyle, ...(maxWidth !== undefined && { maxWidth }) });
  return (
    <Box flexDirection="column">
      {lines.map((line, n) => (
        // Lines are positional: the layout is recomputed whole on every render.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list.
        <Text key={n}>
          {line.map(({ text, kind }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positional list.
            <Text key={i} dimColor={kind === 'border'} bold={kind === 'header'}>
              {text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
