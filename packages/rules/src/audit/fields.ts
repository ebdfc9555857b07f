/**
 * Event fields are declared once, as data (`FieldSpec`), and that one declaration gives three things: the
 * hot-path validator (a few `typeof` checks per field, no allocation), the exported zod schema (for the API,
 * docs and tests) and the docs table. A zod parse per line would work too, but the audit reads a million
 * lines a second budget-wise, and the hand validator is several times cheaper on that path.
 */
import * as z from 'zod';
import { closest, didYouMean } from '../kernel/messages.js';
import { instant, isoDate, yearMonth } from '../kernel/schemas.js';
import { parseDate, parseInstant, parseMonth } from '../kernel/time.js';

type FieldKind =
  | 'instant'
  | 'date'
  | 'month'
  | 'string'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'severity'
  | 'strings'
  | 'list'
  | 'object'
  | 'enum';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Allowed values for `enum`. */
  readonly values?: readonly string[];
  readonly doc: string;
}

/** A check the validator runs: `undefined` when the value is fine, else what is wrong. */
function checkValue(spec: FieldSpec, value: unknown): string | undefined {
  switch (spec.kind) {
    case 'instant':
      return typeof value === 'string' && parseInstant(value) !== undefined
        ? undefined
        : 'expected an ISO-8601 instant with an offset or Z';
    case 'date':
      return typeof value === 'string' && parseDate(value) !== undefined ? undefined : 'expected a date YYYY-MM-DD';
    case 'month':
      return typeof value === 'string' && parseMonth(value) !== undefined ? undefined : 'expected a month YYYY-MM';
    case 'string':
      return typeof value === 'string' && value.length > 0 ? undefined : 'expected a non-empty string';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'expected a finite number';
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : 'expected an integer';
    case 'severity':
      return value === 'light' || value === 'medium' || value === 'heavy' || typeof value === 'number'
        ? undefined
        : 'expected light, medium, heavy or a number of points';
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? undefined
        : 'expected a list of strings';
    case 'list':
      return Array.isArray(value) ? undefined : 'expected a list';
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : 'expected an object';
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
        ? undefined
        : `expected one of ${(spec.values ?? []).join(', ')}`;
  }
}

export interface FieldProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Validate an object against field specs: every required field present, every present field of its kind,
 * no field the specs do not name (a typo such as `repliedat` must not silently change a verdict).
 */
export function checkFields(
  obj: Readonly<Record<string, unknown>>,
  specs: ReadonlyMap<string, FieldSpec>,
  required: readonly string[],
): FieldProblem | undefined {
  for (const name of required) {
    if (obj[name] === undefined) {
      // A required field missing because it was misspelt (`repliedat`) says so (only on failure).
      const typo = Object.keys(obj).find((key) => !specs.has(key) && closest(key, [name]) === name);
      return { path: [name], message: typo === undefined ? 'required' : `required (given as "${typo}"?)` };
    }
  }
  for (const name in obj) {
    const spec = specs.get(name);
    if (spec === undefined) {
      return { path: [name], message: `not a field of this event type${didYouMean(name, [...specs.keys()])}` };
    }
    const value = obj[name];
    if (value === undefined) continue;
    const problem = checkValue(spec, value);
    if (problem !== undefined) return { path: [name], message: problem };
  }
  return undefined;
}

/** The zod schema of one field, for the exported `eventSchema`. */
export function zodField(spec: FieldSpec): z.ZodType {
  let schema: z.ZodType;
  switch (spec.kind) {
    case 'instant':
      schema = instant;
      break;
    case 'date':
      schema = isoDate;
      break;
    case 'month':
      schema = yearMonth;
      break;
    case 'string':
      schema = z.string().min(1);
      break;
    case 'boolean':
      schema = z.boolean();
      break;
    case 'number':
      schema = z.number();
      break;
    case 'integer':
      schema = z.number().int();
      break;
    case 'severity':
      schema = z.union([z.enum(['light', 'medium', 'heavy']), z.number()]);
      break;
    case 'strings':
      schema = z.array(z.string());
      break;
    case 'list':
      schema = z.array(z.unknown());
      break;
    case 'object':
      schema = z.record(z.string(), z.unknown());
      break;
    case 'enum': {
      const [first, ...rest] = spec.values ?? [];
      schema = first === undefined ? z.never() : z.enum([first, ...rest]);
      break;
    }
  }
  schema = schema.describe(spec.doc);
  return spec.required ? schema : schema.optional();
}
