/**
 * Internal helpers shared by the components: terminal column widths (CJK characters take two columns)
 * and padding (tables wrap, in text/table.ts; nothing is truncated). Not part of the public API. (Number formatting is in
 * text/numbers.ts, which the Ink-free `@kefu/ui-kit/text` entry shares.)
 */
import stringWidth from 'string-width';

/** Number of terminal columns `text` occupies (ANSI escapes ignored, CJK counted as two). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Replaces line breaks, tabs and other control characters with a space so a value stays on one line. */
export function singleLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001F\u007F]/g, ' ');
}

/** Pads `text` with spaces to exactly `width` columns (text wider than `width` is returned unchanged). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, Math.floor(width) - displayWidth(text));
  const fill = ' '.repeat(gap);
  return align === 'right' ? fill + text : text + fill;
}

/** The marker in front of the selected item of a list. */
export const POINTER = '❯';
