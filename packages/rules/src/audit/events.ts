/**
 * Event validation. Every event type is a zod schema (`eventSchemas`, built from the vocabulary); its
 * TypeScript type is `z.infer` of it (`AuditEvent<'complaint-replied'>`). `checkEvent` is the hot path:
 * the type found by a few string comparisons, `at` parsed once for its instant, the required and unknown
 * fields named with "did you mean", then the type's schema compiled by zod (`z.compile`) checks the values.
 */
import * as z from 'zod';
import { closest, didYouMean, didYouMeanZh } from '../kernel/messages.js';
import { parseInstant } from '../kernel/time.js';
import { instantProblemWords } from '../kernel/time-problems.js';
import { fieldProblemZh } from './vocabulary/field-problem-zh.js';
import { commonFields, type EventTypeSpec, eventTypes, type FamilyName, rulesFed } from './vocabulary/index.js';

type Spec = (typeof eventTypes)[number];
export type AuditEventType = Spec['type'];
type SpecOf<T extends AuditEventType> = Extract<Spec, { readonly type: T }>;
type IdField = 'case' | 'employee' | 'department';
type Common = typeof commonFields;
type IdShape<S extends Spec> = {
  [K in IdField]: K extends S['ids'][number] ? (Common[K] extends z.ZodOptional<infer I> ? I : Common[K]) : Common[K];
};
type EventShape<S extends Spec> = Omit<Common, IdField | 'type'> &
  IdShape<S> &
  S['fields'] & { readonly type: z.ZodLiteral<S['type']> };

/** An event of one type, as read from a line (`AuditEvent<'complaint-replied'>`). */
type TypedEvent<T extends AuditEventType> = z.infer<
  z.ZodObject<Extract<EventShape<SpecOf<T>>, z.core.$ZodShape>, z.core.$strict>
>;

/** Any event, read by field name: what the families that are not yet typed per event take. */
interface LooseEvent {
  readonly type: string;
  readonly at: string;
  readonly case?: string;
  readonly employee?: string;
  readonly department?: string;
  readonly note?: string;
  readonly [field: string]: unknown;
}

/** `AuditEvent<'complaint-replied'>`: that type's event; `AuditEvent`: any event, read by field name. */
export type AuditEvent<T extends AuditEventType | undefined = undefined> = T extends AuditEventType
  ? TypedEvent<T>
  : LooseEvent;

/** The zod schema of one event type: the common fields (ids required as the type says) and its own. */
function schemaOf(spec: EventTypeSpec): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(commonFields)) {
    const id = spec.ids.some((i) => i === name);
    shape[name] = id && field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  }
  for (const [name, field] of Object.entries(spec.fields)) shape[name] = field;
  shape.type = z.literal(spec.type);
  return z.strictObject(shape).describe(spec.description);
}

/** Every event type's zod schema, by type. */
export const eventSchemas: ReadonlyMap<string, z.ZodObject> = new Map(
  eventTypes.map((spec) => [spec.type, schemaOf(spec)]),
);

interface Compiled {
  readonly type: string;
  readonly family: FamilyName;
  /** The schema compiled by zod: the same answers, generated code (speed: a million lines a run). */
  readonly parse: z.ZodObject;
  /** The fields' schemas, for wording a refused value in Chinese (`fieldProblemZh`). */
  readonly shape: Readonly<Record<string, z.ZodType>>;
  readonly fields: ReadonlySet<string>;
  readonly names: readonly string[];
  readonly required: readonly string[];
}

function compile(spec: EventTypeSpec, schema: z.ZodObject): Compiled {
  const names = Object.keys(schema.shape);
  return {
    type: spec.type,
    family: spec.family,
    parse: z.compile(schema),
    shape: schema.shape,
    fields: new Set(names),
    names,
    // `type` and `at` are checked before (the type to find the schema, `at` for its instant).
    required: names.filter((name) => name !== 'type' && name !== 'at' && !schema.shape[name]?.isOptional()),
  };
}

/**
 * The compiled types by name length, for `checkEvent`: a type read from a line is a fresh string, whose
 * hash a `Map` lookup has to compute first; a few same-length comparisons are cheaper.
 */
const byLength: Compiled[][] = [];
for (const spec of eventTypes) {
  const entry = compile(spec, eventSchemas.get(spec.type) ?? schemaOf(spec));
  const bucket = byLength[spec.type.length];
  if (bucket === undefined) byLength[spec.type.length] = [entry];
  else bucket.push(entry);
}

function compiledType(type: string): Compiled | undefined {
  const bucket = byLength[type.length];
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i += 1) {
    const entry = bucket[i] as Compiled;
    if (entry.type === type) return entry;
  }
  return undefined;
}

/** Every event type's name, for "did you mean" on an unknown one. */
const typeNames: readonly string[] = eventTypes.map((spec) => spec.type);

interface FieldProblem {
  readonly path: readonly string[];
  readonly message: string;
  /** The same in simplified Chinese (`Rejection.reasonZh`). */
  readonly zh: string;
}

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
    const problem = { path: [], message: 'expected a JSON object', zh: '应为 JSON 对象' };
    return { ok: false, code: 'not-an-object', problem };
  }
  const obj = value as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string') {
    const problem = { path: ['type'], message: 'required: the event type', zh: '必填：事件类型' };
    return { ok: false, code: 'invalid-event', problem };
  }
  const entry = compiledType(type);
  if (entry === undefined) {
    const message = `unknown event type ${type}${didYouMean(type, typeNames)}`;
    const zh = `未知的事件类型 ${type}${didYouMeanZh(type, typeNames)}`;
    return { ok: false, code: 'unknown-type', problem: { path: ['type'], message, zh } };
  }
  const at = obj.at;
  const atMs = typeof at === 'string' ? parseInstant(at) : undefined;
  if (atMs === undefined) {
    const words =
      at === undefined
        ? { en: 'required', zh: '必填' }
        : typeof at === 'string'
          ? instantProblemWords(at)
          : { en: 'expected an ISO-8601 instant', zh: '应为 ISO-8601 时刻' };
    return { ok: false, code: 'invalid-event', problem: { path: ['at'], message: words.en, zh: words.zh } };
  }
  const problem = fieldProblem(obj, entry);
  if (problem !== undefined) return { ok: false, code: 'invalid-event', problem };
  return { ok: true, event: obj as AuditEvent, atMs, family: entry.family };
}

/**
 * What is wrong with an event's fields, first found: a required field missing (said to be misspelt when a
 * given name is close to it), a field the type does not have (with the closest it has: a typo such as
 * `repliedat` must not silently change a verdict), then a value the schema refuses.
 */
function fieldProblem(obj: Record<string, unknown>, entry: Compiled): FieldProblem | undefined {
  for (const name of entry.required) {
    if (obj[name] === undefined) {
      const typo = Object.keys(obj).find((key) => !entry.fields.has(key) && closest(key, [name]) === name);
      return typo === undefined
        ? { path: [name], message: 'required', zh: '必填' }
        : { path: [name], message: `required (given as "${typo}"?)`, zh: `必填（是否写成了 "${typo}"？）` };
    }
  }
  for (const name in obj) {
    if (!entry.fields.has(name)) {
      return {
        path: [name],
        message: `not a field of this event type${didYouMean(name, entry.names)}`,
        zh: `不是此类事件的字段${didYouMeanZh(name, entry.names)}`,
      };
    }
  }
  // Only whether the event passes: `z.validate` runs zod's compiled assert-only check, which builds no
  // output object and no result (the event read on is the line's own object). `safeParse` built both for
  // every line: garbage per event that drove the audit's peak RSS (#14). Only a refused event is parsed
  // again, for its issue.
  if (z.validate(entry.parse, obj)) return undefined;
  const parsed = entry.parse.safeParse(obj);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).map(String).slice(0, 1);
  const field = path[0] === undefined ? undefined : entry.shape[path[0]];
  // The field's value, not the issue's `input` (zod reports it only when asked to).
  const value = path[0] === undefined ? undefined : obj[path[0]];
  return { path, message: issue?.message ?? 'invalid', zh: fieldProblemZh(field, value) };
}

/** The vocabulary as one zod schema (a discriminated union on `type`), for the API and the docs. */
export const eventSchema = z.discriminatedUnion('type', [
  eventSchemas.get('facts') ?? z.object({ type: z.literal('facts') }),
  ...[...eventSchemas].filter(([type]) => type !== 'facts').map(([, schema]) => schema),
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

/** What a field holds, in a word, for the docs: `instant`, `light|medium|heavy`, `list`… */
function kindOf(schema: z.ZodType): string {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodEnum) return inner.options.join('|');
  const kind = (inner.meta() as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' ? kind : 'value';
}

/** Every event type with a one-line description, the rules it feeds and its fields. */
export const auditEventTypes: readonly AuditEventTypeInfo[] = eventTypes.map((spec) => ({
  type: spec.type,
  family: spec.family,
  description: spec.description,
  rules: rulesFed(spec),
  ids: spec.ids,
  fields: Object.entries(spec.fields as Record<string, z.ZodType>).map(([name, f]) => ({
    name,
    kind: kindOf(f),
    required: !f.isOptional(),
    doc: (f instanceof z.ZodOptional ? (f.unwrap() as z.ZodType) : f).description ?? '',
  })),
}));
