/**
 * Internal helpers shared by the components: terminal column widths (CJK characters take two columns),
 * truncation with an ellipsis and padding. Not part of the public API. (Number formatting is in
 * text/numbers.ts, which the Ink-free `@kefu/ui-kit/text` entry shares.)
 */
import stringWidth from 'string-width';

/** The ellipsis appended to truncated text (one terminal column). */
const ELLIPSIS = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Number of terminal columns `text` occupies (ANSI escapes ignored, CJK counted as two). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Replaces line breaks, tabs and other control characters with a space so a value stays on one line. */
export function singleLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001F\u007F]/g, ' ');
}

/**
 * Cuts `text` so that it fits in `width` columns, ending with an ellipsis when anything was cut.
 * Never splits a grapheme; a double-width character that would straddle the limit is dropped.
 */
export function truncateToWidth(text: string, width: number): string {
  const max = Math.max(0, Math.floor(width));
  if (displayWidth(text) <= max) return text;
  if (max === 0) return '';
  const budget = max - displayWidth(ELLIPSIS);
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > budget) break;
    out += segment;
    used += w;
  }
  return out + ELLIPSIS;
}

/** Pads `text` with spaces to exactly `width` columns (text wider than `width` is returned unchanged). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, Math.floor(width) - displayWidth(text));
  const fill = ' '.repeat(gap);
  return align === 'right' ? fill + text : text + fill;
}

/** The marker in front of the selected item of a list. */
export const POINTER = '❯';
