/**
 * A rule's facts and parameters as fields, read from their JSON Schema (see to-json-schema.ts), for
 * `kefu show` and the interactive facts form. Only the top level is broken into fields; anything nested
 * (arrays, objects, unions of shapes) is typed in as JSON. No zod here: this runs on the fast paths.
 */
import type { Lang } from '../context.js';

export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly description?: string;
  /** The description in Chinese, beside `description` (@kefu/rules declares both on every fact and parameter). */
  readonly zh?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
}

/** How a field is typed in: as text, a number, yes/no, JSON, or (for an unknown type) JSON if it parses. */
type InputKind = 'text' | 'number' | 'boolean' | 'json' | 'any';

export interface SchemaField {
  readonly name: string;
  /** Short human type, e.g. `instant`, `number`, `'H1' | 'H2'`, `array of instant`. */
  readonly type: string;
  readonly input: InputKind;
  readonly required: boolean;
  readonly description?: string;
  readonly zh?: string;
  readonly default?: unknown;
}

function types(schema: JsonSchema): readonly string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

/** The JSON Schema type names, and Kefu's own (instant, date, duration), as a supervisor reads them in Chinese. */
const TYPE_ZH: Readonly<Record<string, string>> = {
  any: '任意',
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空',
  instant: '时刻',
  date: '日期',
  duration: '时长',
};

function typeWord(name: string, lang: Lang): string {
  return lang === 'zh' ? (TYPE_ZH[name] ?? name) : name;
}

export function typeLabel(schema: JsonSchema, lang: Lang = 'en'): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map((a) => typeLabel(a, lang)))].join(' | ');
  const [first, ...rest] = types(schema);
  if (first === undefined) return typeWord('any', lang);
  if (rest.length > 0) return [first, ...rest].map((t) => typeWord(t, lang)).join(' | ');
  if (first === 'string' && schema.format === 'date-time') return typeWord('instant', lang);
  if (first === 'string' && schema.format === 'date') return typeWord('date', lang);
  if (first === 'string' && schema.format === 'duration') return typeWord('duration', lang);
  if (first === 'array') {
    if (!schema.items) return typeWord('array', lang);
    return lang === 'zh' ? `${typeLabel(schema.items, lang)}的列表` : `array of ${typeLabel(schema.items, lang)}`;
  }
  return typeWord(first, lang);
}

/** A field's description in `lang`: Chinese falls back to the English where a schema carries none. */
export function fieldDescription(field: Pick<SchemaField, 'description' | 'zh'>, lang: Lang): string | undefined {
  return lang === 'zh' ? (field.zh ?? field.description) : field.description;
}

function inputKind(schema: JsonSchema): InputKind {
  if (schema.enum?.every((v) => typeof v === 'string') || schema.anyOf || schema.oneOf) {
    const alternatives = schema.anyOf ?? schema.oneOf ?? [];
    return alternatives.every((a) => inputKind(a) === 'text') ? 'text' : 'json';
  }
  const kinds = types(schema);
  if (kinds.length === 0) return 'any';
  if (kinds.length !== 1) return 'json';
  if (kinds[0] === 'string') return 'text';
  if (kinds[0] === 'number' || kinds[0] === 'integer') return 'number';
  if (kinds[0] === 'boolean') return 'boolean';
  return 'json';
}

/** The top-level fields of an object schema, or undefined when the schema is not a plain object. */
export function fieldsOf(schema: JsonSchema, lang: Lang = 'en'): SchemaField[] | undefined {
  if (!schema.properties) return undefined;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    type: typeLabel(property, lang),
    input: inputKind(property),
    required: required.has(name),
    ...(property.description !== undefined && { description: property.description }),
    ...(property.zh !== undefined && { zh: property.zh }),
    ...(property.default !== undefined && { default: property.default }),
  }));
}

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const YES = new Set(['true', 'yes', 'y', '1', '是']);
const NO = new Set(['false', 'no', 'n', '0', '否']);

/**
 * What the user typed for a field, as the value to send. An empty entry is left out (undefined), so the
 * schema's default applies or the rule names the missing field.
 */
export function parseEntry(field: Pick<SchemaField, 'input' | 'name'>, raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (field.input) {
    case 'text':
      return { ok: true, value: text };
    case 'number': {
      const value = Number(text);
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `${field.name}: expected a number` };
    }
    case 'boolean':
      if (YES.has(text.toLowerCase())) return { ok: true, value: true };
      if (NO.has(text.toLowerCase())) return { ok: true, value: false };
      return { ok: false, message: `${field.name}: expected yes or no` };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, message: `${field.name}: expected JSON, e.g. [ … ] or { … }` };
      }
    case 'any':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: true, value: text };
      }
  }
}
