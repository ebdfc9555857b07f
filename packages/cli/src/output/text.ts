/**
 * Blocks as plain text, for pipes, files and CI logs: no colour, no cursor movement, and no React/Ink.
 * Tables are laid out by @kefu/ui-kit/text (the same layout the terminal draws): they fit the width by
 * wrapping cells, Chinese counted as two columns, and never cut text.
 */
import { calendarMonthText, statusLabel, TABLE_MIN_COLUMN_WIDTH, tableText, wrapText } from '@kefu/ui-kit/text';
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

function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function blockText(block: Block, lang: Lang, columns: number): string {
  switch (block.kind) {
    case 'heading':
      return block.subtitle ? `${block.title}\n${block.subtitle}` : block.title;
    case 'fields':
      return fields(block.entries, lang);
    case 'status':
      return fields([[block.label, statusLabel(block.status, lang)]], lang);
    case 'table': {
      const table = tableText(block.columns, block.rows, { maxWidth: columns, borderStyle: 'auto' });
      return block.title ? `${block.title}\n${table}` : table;
    }
    case 'text':
      // A long line (the carry-overs of a month) wraps like the tables do, Chinese between characters.
      return block.text
        .split('\n')
        .flatMap((line) => (line === '' ? [''] : wrapText(line, Math.max(TABLE_MIN_COLUMN_WIDTH, columns))))
        .join('\n');
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

/**
 * Blocks separated by blank lines; a second-level heading sticks to what follows it. Tables fit `columns`
 * (see ui-kit's `tableLayout`).
 */
export function blocksToText(blocks: readonly Block[], lang: Lang, columns: number): string {
  let out = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (i > 0) out += previous?.kind === 'heading' && previous.level === 2 ? '\n' : '\n\n';
    out += blockText(block, lang, columns);
  });
  return `${out}\n`;
}
