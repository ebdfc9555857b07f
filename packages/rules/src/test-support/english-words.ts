/**
 * The check behind #15's "no English word outside ids" for the audit's Chinese reasons: the Latin words a
 * Chinese text still holds once ids (event types, field names, option names, format names), quoted values,
 * code spans, JSON shapes, instants, rule ids and file paths are taken out. Shared by the audit's Chinese wording tests.
 */
import { auditEventTypes } from '../audit/events.js';

/**
 * Names a Chinese reason may show as they are: event types, their fields and the values a field chooses
 * from (`kind` dress|posture|…), what the user sets, and formats by their names.
 */
export const ALLOWED_IDS: ReadonlySet<string> = new Set<string>([
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
    .replace(/"[^"]*"/g, ' ')
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
