/**
 * Event validation. `checkEvent` is the hot path: one `Map` lookup for the type, `typeof` checks per
 * field, one instant parse for `at`. `eventSchema` is the same vocabulary as a zod discriminated union,
 * exported for the API and for documentation; a test checks that the two agree.
 */
import * as z from 'zod';
import { didYouMean } from '../kernel/messages.js';
import { parseInstant } from '../kernel/time.js';
import { instantProblem } from '../kernel/time-problems.js';
import { checkFields, type FieldProblem, type FieldSpec, zodField } from './fields.js';
import { commonFields, type EventTypeSpec, eventTypes, type FamilyName } from './vocabulary/index.js';

/** An event as read from a line: the common fields plus the type's payload. */
export interface AuditEvent {
  readonly type: string;
  readonly at: string;
  readonly case?: string;
  readonly employee?: string;
  readonly department?: string;
  readonly note?: string;
  readonly [field: string]: unknown;
}

export type AuditEventType = (typeof eventTypes)[number]['type'];

interface Compiled {
  readonly spec: EventTypeSpec;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  readonly required: readonly string[];
}

const compiled = new Map<string, Compiled>(
  eventTypes.map((spec) => {
    const fields = new Map<string, FieldSpec>([...Object.entries(commonFields), ...Object.entries(spec.fields)]);
    const required = [
      ...spec.ids,
      ...Object.entries(spec.fields)
        .filter(([, f]) => f.required)
        .map(([name]) => name),
    ].filter((name) => name !== 'type' && name !== 'at');
    return [spec.type, { spec, fields, required }];
  }),
);

/**
 * The compiled types by name length, for `checkEvent`: a type read from a line is a fresh string, whose
 * hash a `Map` lookup has to compute first; a few same-length comparisons are cheaper.
 */
const byLength: Compiled[][] = [];
for (const entry of compiled.values()) {
  const bucket = byLength[entry.spec.type.length];
  if (bucket === undefined) byLength[entry.spec.type.length] = [entry];
  else bucket.push(entry);
}

function compiledType(type: string): Compiled | undefined {
  const bucket = byLength[type.length];
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i += 1) {
    const entry = bucket[i] as Compiled;
    if (entry.spec.type === type) return entry;
  }
  return undefined;
}

/** Every event type's name, for "did you mean" on an unknown one. */
const typeNames: readonly string[] = eventTypes.map((spec) => spec.type);

export type EventCheck =
  | { readonly ok: true; readonly event: AuditEvent; readonly atMs: number; readonly family: FamilyName }
  | {
      readonly ok: false;
      readonly code: 'not-an-object' | 'unknown-type' | 'invalid-event';
      readonly problem: FieldProblem;
    };

/** Validate a parsed line. Never throws. */
export function checkEvent(value: unknown): EventCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, code: 'not-an-object', problem: { path: [], message: 'expected a JSON object' } };
  }
  const obj = value as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string') {
    return { ok: false, code: 'invalid-event', problem: { path: ['type'], message: 'required: the event type' } };
  }
  const entry = compiledType(type);
  if (entry === undefined) {
    const message = `unknown event type ${type}${didYouMean(type, typeNames)}`;
    return { ok: false, code: 'unknown-type', problem: { path: ['type'], message } };
  }
  const at = obj.at;
  const atMs = typeof at === 'string' ? parseInstant(at) : undefined;
  if (atMs === undefined) {
    const message =
      at === undefined ? 'required' : typeof at === 'string' ? instantProblem(at) : 'expected an ISO-8601 instant';
    return { ok: false, code: 'invalid-event', problem: { path: ['at'], message } };
  }
  const problem = checkFields(obj, entry.fields, entry.required);
  if (problem !== undefined) return { ok: false, code: 'invalid-event', problem };
  return { ok: true, event: obj as AuditEvent, atMs, family: entry.spec.family };
}

const variants = eventTypes.map((spec) => {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(commonFields)) {
    const required = field.required || spec.ids.some((id) => id === name);
    shape[name] = zodField({ ...field, required });
  }
  for (const [name, field] of Object.entries(spec.fields)) shape[name] = zodField(field);
  shape.type = z.literal(spec.type);
  return z.object(shape).strict().describe(spec.description);
});

const [firstVariant, ...otherVariants] = variants;

/** The event vocabulary as a zod schema (a discriminated union on `type`). */
export const eventSchema = z.discriminatedUnion('type', [
  firstVariant ?? z.object({ type: z.literal('facts') }),
  ...otherVariants,
]);

export interface AuditEventTypeInfo {
  readonly type: string;
  readonly family: FamilyName;
  readonly description: string;
  readonly rules: readonly string[];
  readonly ids: readonly string[];
  readonly fields: readonly {
    readonly name: string;
    readonly kind: string;
    readonly required: boolean;
    readonly doc: string;
  }[];
}

/** Every event type with a one-line description, the rules it feeds and its fields. */
export const auditEventTypes: readonly AuditEventTypeInfo[] = eventTypes.map((spec) => ({
  type: spec.type,
  family: spec.family,
  description: spec.description,
  rules: spec.rules,
  ids: spec.ids,
  fields: Object.entries(spec.fields).map(([name, f]) => ({
    name,
    kind: f.kind === 'enum' ? (f.values ?? []).join('|') : f.kind,
    required: f.required === true,
    doc: f.doc,
  })),
}));
