/**
 * Internal helpers shared by the components and the Ink-free text entry: terminal column widths (CJK
 * characters and emoji take two columns) and padding. Not part of the public API.
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
