/**
 * Blocks as plain text, for pipes, files and CI logs: no colour, no cursor movement, and no React/Ink.
 * Tables come from cli-table3, which measures Chinese characters as two columns.
 */
import { calendarMonthText, statusLabel } from '@kefu/ui-kit/text';
import Table from 'cli-table3';
import type { Lang } from '../context.js';
import type { Block, FieldValue } from '../view/blocks.js';
import { sanctionText, word } from '../view/labels.js';

function fieldText(value: FieldValue, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return word(value ? 'yes' : 'no', lang);
  return String(value);
}

/** Key/value lines with the values aligned, drawn as a borderless table so wide characters line up. */
function fields(entries: readonly (readonly [string, FieldValue])[], lang: Lang): string {
  const table = new Table({
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '  ',
    },
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
  });
  for (const [key, value] of entries) table.push([key, fieldText(value, lang)]);
  return trimLines(table.toString());
}

/** Terminal columns: Chinese and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** The width to fit tables into: the terminal's, else COLUMNS, else 120 (pipes and CI logs). */
function outputWidth(): number {
  const columns = process.stdout.columns ?? Number(process.env.COLUMNS);
  return Number.isFinite(columns) && columns >= 40 ? columns : 120;
}

/**
 * Column widths that fit `limit` by wrapping the widest column (an explanation, usually) instead of
 * letting one long cell push the table off the screen; `undefined` when the table already fits.
 */
function fitColumns(head: readonly string[], rows: readonly string[][], limit: number): number[] | undefined {
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))) + 2);
  const total = natural.reduce((a, b) => a + b, 0) + natural.length + 1;
  if (total <= limit) return undefined;
  const widest = natural.indexOf(Math.max(...natural));
  const others = total - (natural[widest] ?? 0);
  const room = limit - others;
  if (room < 20) return undefined;
  return natural.map((w, i) => (i === widest ? room : w));
}

function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function blockText(block: Block, lang: Lang): string {
  switch (block.kind) {
    case 'heading':
      return block.subtitle ? `${block.title}\n${block.subtitle}` : block.title;
    case 'fields':
      return fields(block.entries, lang);
    case 'status':
      return fields([[block.label, statusLabel(block.status, lang)]], lang);
    case 'table': {
      const rows = block.rows.map((row) => block.columns.map((c) => String(row[c.key] ?? '')));
      const widths = fitColumns(
        block.columns.map((c) => c.header),
        rows,
        outputWidth(),
      );
      const table = new Table({
        head: block.columns.map((c) => c.header),
        colAligns: block.columns.map((c) => c.align ?? 'left'),
        style: { head: [], border: [], compact: true },
        ...(widths && { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true }),
      });
      for (const row of rows) table.push(row);
      return block.title ? `${block.title}\n${table.toString()}` : table.toString();
    }
    case 'text':
      return block.text;
    case 'explanation':
      return block[lang];
    case 'sanctions':
      return [
        block.title,
        ...(block.sanctions.length === 0
          ? [`  ${word('none', lang)}`]
          : block.sanctions.map((s) => `  • ${sanctionText(s, lang)}`)),
      ].join('\n');
    case 'calendar':
      return calendarMonthText(block.year, block.month, block.days, lang);
  }
}

/** Blocks separated by blank lines; a second-level heading sticks to what follows it. */
export function blocksToText(blocks: readonly Block[], lang: Lang): string {
  let out = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (i > 0) out += previous?.kind === 'heading' && previous.level === 2 ? '\n' : '\n\n';
    out += blockText(block, lang);
  });
  return `${out}\n`;
}
