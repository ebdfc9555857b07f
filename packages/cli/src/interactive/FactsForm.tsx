/**
 * One input per top-level fact, one per item for a list (plus an empty line that adds the next item), then
 * an Evaluate button. ↑/↓ (or Tab) move between rows, Enter moves on or evaluates, Esc goes back; q quits
 * only from the button, since on a field it is a letter being typed.
 *
 * The inputs are @inkjs/ui's TextInput, which keeps its own text (a reducer), so keys typed faster than the
 * screen redraws all land; the form only listens to what they report.
 */

import { TextInput } from '@inkjs/ui';
import type { RuleInfo } from '@kefu/rules';
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Lang } from '../context.js';
import { fieldDescription } from '../view/schema.js';
import { type Entries, type Entry, type FormField, zoneLabel } from './form.js';

export interface FormProps {
  readonly rule: RuleInfo;
  readonly fields: readonly FormField[];
  readonly lang: Lang;
  /** The zone local times are read in (the organisation's), said on screen. */
  readonly zone: string;
  readonly entries: Entries;
  /** Problems from the last try (unparseable entries, or the rule's own error naming a field). */
  readonly errors: readonly string[];
  /** Field to start on (its index): a field an error names; past the last field, the Evaluate button. */
  readonly initialFocus?: number;
  readonly onChange: (name: string, value: Entry) => void;
  /** Evaluate these entries (what the inputs hold now, whatever has been drawn). */
  readonly onSubmit: (entries: Entries) => void;
  readonly onBack: () => void;
  readonly onQuit: () => void;
}

/** A row of the form: a field, an item of a list, the empty line that adds an item, or the button. */
type Row =
  | { readonly kind: 'field'; readonly field: FormField }
  | { readonly kind: 'item'; readonly field: FormField; readonly index: number }
  | { readonly kind: 'add'; readonly field: FormField; readonly index: number }
  | { readonly kind: 'button' };

function itemsOf(entry: Entry | undefined): readonly string[] {
  if (entry === undefined) return [];
  return typeof entry === 'string' ? (entry === '' ? [] : [entry]) : entry;
}

function rowsOf(fields: readonly FormField[], entries: Entries): Row[] {
  const rows: Row[] = [];
  for (const field of fields) {
    if (!field.item) {
      rows.push({ kind: 'field', field });
      continue;
    }
    const items = itemsOf(entries[field.name]);
    items.forEach((_, index) => {
      rows.push({ kind: 'item', field, index });
    });
    rows.push({ kind: 'add', field, index: items.length });
  }
  rows.push({ kind: 'button' });
  return rows;
}

/** The row a field starts on (its first item, for a list). */
function rowOfField(rows: readonly Row[], fields: readonly FormField[], index: number): number {
  const field = fields[index];
  const at = rows.findIndex((row) => row.kind !== 'button' && row.field === field);
  return at < 0 ? rows.length - 1 : at;
}

function sameEntry(a: Entry | undefined, b: Entry): boolean {
  if (typeof a === 'string' || typeof b === 'string' || a === undefined) return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Row keys stay put when an item is added (the add line's key becomes the new item's), and all change when
 * one is removed (`generation`), so that every input after it starts again from its own text.
 */
function rowKey(row: Row, generation: number): string {
  if (row.kind === 'button') return '(button)';
  return row.kind === 'field' ? row.field.name : `${row.field.name}#${generation}#${row.index}`;
}

const TEXT = {
  en: {
    title: 'Facts (leave empty to omit)',
    times: (zone: string) => `Times are local to ${zone}: type 2026-11-27 15:00 (an offset such as +08:00 also works)`,
    list: 'list: type on the empty line to add an item; empty an item to remove it',
    evaluate: 'Evaluate',
    hint: '↑↓ move · Enter next / evaluate · Esc back · q quits (on Evaluate)',
    add: '+ add',
  },
  zh: {
    title: '填写事实（留空即省略）',
    times: (zone: string) => `时间按 ${zone} 当地时间填写，如 2026-11-27 15:00（也可带偏移，如 +08:00）`,
    list: '列表：在空行输入即新增一项；清空某项即删除',
    evaluate: '评估',
    hint: '↑↓ 移动 · Enter 下一项 / 评估 · Esc 返回 · q 退出（在“评估”上）',
    add: '+ 新增',
  },
} as const;

export function FactsForm(props: FormProps) {
  const { fields, lang } = props;
  const text = TEXT[lang];
  const describe = (field: FormField) => {
    const description = fieldDescription(field, lang);
    return description ? ` — ${description}` : '';
  };
  // What the inputs hold, kept here synchronously too, so Enter on Evaluate sends the latest text.
  const [entries, setEntriesState] = useState<Entries>(props.entries);
  const entriesRef = useRef(entries);
  const setEntry = (name: string, value: Entry) => {
    // The inputs report their text again whenever the form redraws; only a real change is news.
    if (sameEntry(entriesRef.current[name], value)) return;
    entriesRef.current = { ...entriesRef.current, [name]: value };
    setEntriesState(entriesRef.current);
    props.onChange(name, value);
  };

  const [generation, setGeneration] = useState(0);
  const rows = rowsOf(fields, entries);
  const [focus, setFocusState] = useState(() =>
    rowOfField(rows, fields, Math.min(Math.max(0, props.initialFocus ?? 0), fields.length)),
  );
  // Mirrors `focus` synchronously, so keys arriving before the next render see where the focus really is.
  const focusRef = useRef(focus);
  const moveFocus = (step: number) => {
    let current = rowsOf(fields, entriesRef.current);
    let at = Math.min(focusRef.current, current.length - 1);
    const row = current[at];
    // Leaving an item that was emptied removes it from the list.
    if (row?.kind === 'item' && (itemsOf(entriesRef.current[row.field.name])[row.index] ?? '').trim() === '') {
      const items = itemsOf(entriesRef.current[row.field.name]).filter((_, i) => i !== row.index);
      setGeneration((g) => g + 1);
      setEntry(row.field.name, items);
      current = rowsOf(fields, entriesRef.current);
      if (step > 0) at -= 1;
    }
    const count = current.length;
    focusRef.current = (((at + step) % count) + count) % count;
    setFocusState(focusRef.current);
  };

  useInput((input, key) => {
    const row = rowsOf(fields, entriesRef.current)[focusRef.current];
    if (key.escape) props.onBack();
    else if (key.upArrow || (key.shift && key.tab)) moveFocus(-1);
    else if (key.downArrow || key.tab) moveFocus(1);
    else if (row?.kind === 'button' && key.return) props.onSubmit(entriesRef.current);
    else if (row?.kind === 'button' && input === 'q') props.onQuit();
  });

  const changeRow = (row: Row, value: string) => {
    if (row.kind === 'button') return;
    if (row.kind === 'field') {
      setEntry(row.field.name, value);
      return;
    }
    const items = [...itemsOf(entriesRef.current[row.field.name])];
    if (row.kind === 'add' && value === '') return;
    items[row.index] = value;
    setEntry(row.field.name, items);
  };

  // A list's name labels its first line only; its other items line up beneath.
  const labelOf = (row: Row): string => {
    if (row.kind === 'button' || (row.kind !== 'field' && row.index > 0)) return '';
    return `${row.field.name}${row.field.required ? '*' : ''}`;
  };
  const width = Math.max(0, ...rows.map((row) => labelOf(row).length));
  const focused = rows[focus];
  const focusedField = focused && focused.kind !== 'button' ? focused.field : undefined;
  const anyInstant = fields.some((f) => f.instant || f.item?.instant);
  return (
    <Box flexDirection="column">
      <Text dimColor>{text.title}</Text>
      {anyInstant ? <Text dimColor>{text.times(zoneLabel(props.zone))}</Text> : null}
      {rows.map((row, i) => {
        if (row.kind === 'button') {
          const on = i === focus;
          return (
            <Text key={rowKey(row, generation)} color={on ? 'cyan' : undefined} bold={on}>
              {`${on ? '❯' : ' '} [ ${text.evaluate} ]`}
            </Text>
          );
        }
        const on = i === focus;
        const item = row.kind === 'field' ? undefined : `${row.kind === 'add' ? ' ' : '•'} `;
        const typed = row.field.item ?? row.field;
        const placeholder = row.kind === 'add' ? text.add : typed.instant ? 'YYYY-MM-DD HH:mm' : typed.type;
        const entry = entries[row.field.name];
        const value =
          row.kind === 'field' ? (typeof entry === 'string' ? entry : '') : (itemsOf(entry)[row.index] ?? '');
        return (
          <Box key={rowKey(row, generation)}>
            <Text color={on ? 'cyan' : undefined} bold={on}>
              {`${on ? '❯' : ' '} ${labelOf(row).padEnd(width)}  ${item ?? ''}`}
            </Text>
            <TextInput
              isDisabled={!on}
              defaultValue={value}
              placeholder={placeholder}
              onChange={(next) => changeRow(row, next)}
              onSubmit={() => moveFocus(1)}
            />
          </Box>
        );
      })}
      {focusedField ? (
        <Text dimColor>{`${focusedField.name}: ${focusedField.type}${describe(focusedField)}`}</Text>
      ) : null}
      {focusedField?.item ? <Text dimColor>{text.list}</Text> : null}
      {props.errors.map((error) => (
        <Text key={error} color="red">
          {error}
        </Text>
      ))}
      <Text dimColor>{text.hint}</Text>
    </Box>
  );
}
