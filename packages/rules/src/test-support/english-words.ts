/**
 * The check behind #15's "no English word outside ids" for the audit's Chinese reasons: the Latin words a
 * Chinese text still holds once ids (event types, field names, option names, format names), quoted values,
 * code spans, JSON shapes, instants, rule ids and file paths are taken out. Shared by the audit's Chinese wording tests.
 */
import * as z from 'zod';
import { auditEventTypes } from '../audit/events.js';
import { rules } from '../registry.js';

/**
 * Names a Chinese reason may show as they are: event types, their fields and the values a field chooses
 * from (`kind` dress|posture|…), what the user sets, and formats by their names.
 */
const ALLOWED_IDS: ReadonlySet<string> = new Set<string>([
  ...auditEventTypes.flatMap((t) => [t.type, ...t.fields.map((f) => f.name), ...t.ids]),
  ...auditEventTypes.flatMap((t) => t.fields.flatMap((f) => (f.kind.includes('|') ? f.kind.split('|') : []))),
  ...['type', 'at', 'case', 'employee', 'department', 'id', 'facts', 'rule'],
  ...['maxDelay', 'maxLineBytes', 'maxMonths', 'maxFuture', 'asOf', 'now', 'lenientIds', 'log', 'basePoints'],
  ...['JSON', 'UTF', 'ISO', 'YYYY', 'MM', 'DD', 'HH', 'T', 'Z', 'null', 'true', 'false', 'Kefu', 'README'],
  ...['light', 'medium', 'heavy'],
]);

/** The Latin words left in `text` once ids, the line's own names (`given`), quoted values and instants are out. */
export function englishIn(text: string, given: readonly string[] = []): string[] {
  const bare = text
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    // JSON shapes (`{ price, zh }`): the field names of a value the user writes.
    .replace(/\{[^{}\u4e00-\u9fff]*\}/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?/g, ' ')
    .replace(/[\w.-]*\/[\w./-]+/g, ' ')
    .replace(/[A-Za-z][\w.-]*/g, (word) =>
      ALLOWED_IDS.has(word) || given.includes(word) || /[\d-]|\.[a-z]/.test(word) ? ' ' : word,
    );
  return bare.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Field names and choice values anywhere in a schema: the names a user types into facts or parameters. */
function namesIn(schema: z.ZodType, depth = 0): string[] {
  if (depth > 8) return [];
  const inner = (s: unknown) => namesIn(s as z.ZodType, depth + 1);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [k, ...inner(v)]);
  }
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodLiteral) return schema.values.size > 0 ? [...schema.values].map(String) : [];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return inner(schema.unwrap());
  }
  if (schema instanceof z.ZodPipe) return [...inner(schema.in), ...inner(schema.out)];
  if (schema instanceof z.ZodArray) return inner(schema.element);
  if (schema instanceof z.ZodRecord) return inner(schema.valueType);
  if (schema instanceof z.ZodUnion) return (schema.options as readonly z.ZodType[]).flatMap(inner);
  return [];
}

/** Rule ids, and every rule's fact and parameter names and choices: ids a reason names (`onSiteWithin`). */
export const RULE_NAMES: readonly string[] = [
  ...new Set(rules.flatMap((r) => [r.id, ...namesIn(r.params), ...namesIn(r.facts)])),
];
