/**
 * The facts form's logic, kept out of the components so it can be tested without a terminal: which fields a
 * rule's facts have, and the facts object the entries make.
 */
import type { RuleInfo } from '@kefu/rules';
import { fieldsOf, parseEntry, type SchemaField } from '../view/schema.js';
import { toJsonSchema } from '../view/to-json-schema.js';

/** A facts schema that is not a plain object (a union, say) is typed in whole, as JSON. */
const WHOLE: SchemaField = { name: '(facts)', type: 'JSON', input: 'json', required: true };

export function formFields(rule: RuleInfo): readonly SchemaField[] {
  return fieldsOf(toJsonSchema(rule.facts)) ?? [WHOLE];
}

interface EntryError {
  readonly field: string;
  readonly message: string;
}

export type Built =
  | { readonly ok: true; readonly facts: unknown }
  | { readonly ok: false; readonly errors: readonly EntryError[] };

export function buildFacts(fields: readonly SchemaField[], entries: Readonly<Record<string, string>>): Built {
  const facts: Record<string, unknown> = {};
  const errors: EntryError[] = [];
  for (const field of fields) {
    const parsed = parseEntry(field, entries[field.name] ?? '');
    if (!parsed.ok) errors.push({ field: field.name, message: parsed.message });
    else if (field === WHOLE)
      return errors.length > 0 ? { ok: false, errors } : { ok: true, facts: parsed.value ?? {} };
    else if (parsed.value !== undefined) facts[field.name] = parsed.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, facts };
}
