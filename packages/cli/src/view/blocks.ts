/**
 * What a command shows, as data. Each command builds blocks once; `output/text.ts` prints them as plain
 * text (pipes, files, CI) and `output/ink.tsx` draws them with @kefu/ui-kit on a terminal. The interactive
 * browser draws the same blocks, so `kefu evaluate` and the browser's result screen cannot drift apart.
 */
import type { Sanction, Status } from '@kefu/rules';
import type { CalendarDay, CalendarDayKind } from '@kefu/ui-kit/text';

export type Cell = string | number;

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly align?: 'left' | 'right';
}

export type FieldValue = string | number | boolean | undefined;

/** A day of a calendar block: ui-kit's calendar types, which both the text grid and the Ink one draw. */
export type DayKind = CalendarDayKind;
export type Day = CalendarDay;

export type Block =
  | { readonly kind: 'heading'; readonly title: string; readonly subtitle?: string; readonly level?: 1 | 2 }
  | { readonly kind: 'fields'; readonly entries: readonly (readonly [string, FieldValue])[] }
  | { readonly kind: 'status'; readonly label: string; readonly status: Status }
  | {
      readonly kind: 'table';
      readonly title?: string;
      readonly columns: readonly Column[];
      readonly rows: readonly Readonly<Record<string, Cell>>[];
    }
  | { readonly kind: 'text'; readonly text: string; readonly tone?: 'plain' | 'dim' | 'warn' }
  | { readonly kind: 'explanation'; readonly en: string; readonly zh: string }
  | { readonly kind: 'sanctions'; readonly title: string; readonly sanctions: readonly Sanction[] }
  | { readonly kind: 'calendar'; readonly year: number; readonly month: number; readonly days: readonly Day[] };

/** A section: a second-level heading followed by its content. */
export function section(title: string, ...content: Block[]): Block[] {
  return [{ kind: 'heading', title, level: 2 }, ...content];
}
