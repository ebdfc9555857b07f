/**
 * The facts form's logic, kept out of the components so it can be tested without a terminal: which fields a
 * rule's facts have (lists with the kind of their items), how local times are read in the organisation's
 * zone, and the facts object the entries make.
 */
import type { RuleInfo } from '@kefu/rules';
import { DateTime, IANAZone } from 'luxon';
import type { Lang } from '../context.js';
import { CliError } from '../errors.js';
import { fieldsOf, type JsonSchema, parseEntry, type SchemaField, typeLabel } from '../view/schema.js';
import { toJsonSchema } from '../view/to-json-schema.js';

/** The zone local times are read in when the organisation's configuration names none (the engine's default). */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** A field of the form: a top-level fact, with what its items are when it is a list. */
export interface FormField extends SchemaField {
  /** An instant: a local time is read in the organisation's zone. */
  readonly instant: boolean;
  /** A list: one input per item; `item` is how each item is typed in. */
  readonly item?: FormField;
}

/** What was typed: one text for a field, one text per item for a list. */
export type Entry = string | readonly string[];
export type Entries = Readonly<Record<string, Entry>>;

/** A facts schema that is not a plain object (a union, say) is typed in whole, as JSON. */
const WHOLE: FormField = { name: '(facts)', type: 'JSON', input: 'json', required: true, instant: false };

function isInstant(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'date-time';
}

function itemField(name: string, items: JsonSchema, lang: Lang): FormField {
  const [field] = fieldsOf({ properties: { item: items } }, lang) ?? [];
  return {
    name,
    type: typeLabel(items, lang),
    input: field?.input ?? 'json',
    required: true,
    instant: isInstant(items),
    ...(items.description !== undefined && { description: items.description }),
    ...(items.zh !== undefined && { zh: items.zh }),
  };
}

/** The form's fields, their types and descriptions in `lang`. */
export function formFields(rule: RuleInfo, lang: Lang = 'en'): readonly FormField[] {
  const schema = toJsonSchema(rule.facts);
  const fields = fieldsOf(schema, lang);
  if (!fields) return [WHOLE];
  return fields.map((field) => {
    const property = schema.properties?.[field.name];
    const items = property?.type === 'array' ? property.items : undefined;
    return {
      ...field,
      instant: isInstant(property),
      ...(items !== undefined && { item: itemField(field.name, items, lang) }),
    };
  });
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * A time as typed: with an offset (or Z) it is taken as it is; without one (`2026-11-27 15:00`,
 * `2026-11-27T15:00:05`) it is a wall-clock time in `zone`, sent with that zone's offset. An impossible
 * date (`2026-11-31 09:00`) is named as such.
 */
export function readInstant(name: string, text: string, zone: string): Parsed {
  if (OFFSET.test(text)) return { ok: true, value: text };
  const match = LOCAL.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `${name}: expected a local time like 2026-11-27 15:00 (${zone}), or one with an offset`,
    };
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const local = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!local.isValid) return { ok: false, message: `${name}: ${text} is not a real date and time` };
  // luxon moves a time that a clock change skips; say so rather than send a different time.
  if (local.hour !== hour || local.minute !== minute) {
    return { ok: false, message: `${name}: ${text} does not exist in ${zone} (the clocks skip it)` };
  }
  return { ok: true, value: local.toISO({ suppressMilliseconds: true }) ?? text };
}

function readValue(field: FormField, raw: string, zone: string): Parsed {
  const text = raw.trim();
  if (field.instant && text !== '') return readInstant(field.name, text, zone);
  return parseEntry(field, raw);
}

/** A list's items as values: empty items are left out; an empty list is omitted (the default applies). */
function readList(field: FormField, item: FormField, raw: readonly string[], zone: string): Parsed {
  const values: unknown[] = [];
  for (const [i, text] of raw.entries()) {
    if (text.trim() === '') continue;
    const parsed = readValue({ ...item, name: `${field.name}[${i + 1}]` }, text, zone);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values.length > 0 ? values : undefined };
}

interface EntryError {
  readonly field: string;
  readonly message: string;
}

export type Built =
  | { readonly ok: true; readonly facts: unknown }
  | { readonly ok: false; readonly errors: readonly EntryError[] };

function read(field: FormField, entry: Entry | undefined, zone: string): Parsed {
  if (field.item) return readList(field, field.item, typeof entry === 'string' ? [entry] : (entry ?? []), zone);
  return readValue(field, typeof entry === 'string' ? entry : (entry ?? []).join(''), zone);
}

/** The facts the entries make, local times read in `zone`; or every entry that cannot be read. */
export function buildFacts(fields: readonly FormField[], entries: Entries, zone: string = DEFAULT_ZONE): Built {
  const facts: Record<string, unknown> = {};
  const errors: EntryError[] = [];
  for (const field of fields) {
    const parsed = read(field, entries[field.name], zone);
    if (!parsed.ok) errors.push({ field: field.name, message: parsed.message });
    else if (field === WHOLE)
      return errors.length > 0 ? { ok: false, errors } : { ok: true, facts: parsed.value ?? {} };
    else if (parsed.value !== undefined) facts[field.name] = parsed.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, facts };
}

/** The zone's current offset, e.g. `UTC+8`, to say on screen how local times are read. */
export function zoneLabel(zone: string): string {
  const offset = DateTime.now().setZone(zone).toFormat('ZZ');
  return `${zone}, UTC${offset.replace(/:00$/, '').replace(/^([+-])0/, '$1')}`;
}

/** The configuration's zone, checked before the browser opens (a wrong zone would misread every time). */
export function zoneOf(config: unknown): string {
  if (typeof config !== 'object' || config === null || !('zone' in config)) return DEFAULT_ZONE;
  const { zone } = config;
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new CliError(`--config zone: ${JSON.stringify(zone)} is not a time zone (e.g. "Asia/Shanghai")`);
  }
  return zone;
}
