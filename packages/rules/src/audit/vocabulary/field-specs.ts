/**
 * The event fields' zod schemas, and the enums several event families share. An event type is a zod
 * schema built from these (`defineEvent`); its TypeScript type is `z.infer` of it. Each field says what is
 * wrong in the user's words (the same words the audit used before events were zod schemas), and a `null`
 * is named as such: JSON's null is never a value of an event field, the field is left out instead.
 */
import * as z from 'zod';
import { parseDate, parseInstant, parseMonth } from '../../kernel/time.js';
import { instantProblem } from '../../kernel/time-problems.js';

/** Said of a `null` wherever an event field has one. */
const NULL_FIELD = 'null is not a value here: leave the field out when it does not apply';

/** A field's error: `null` named as such, anything else as `message` says. */
function says(message: string | ((input: unknown) => string)) {
  return {
    error: (issue: { readonly input?: unknown }) =>
      issue.input === null ? NULL_FIELD : typeof message === 'string' ? message : message(issue.input),
  };
}

const INSTANT = 'expected an ISO-8601 instant with an offset or Z';

const instantSchema = z
  .string(says(INSTANT))
  // An impossible date, a missing offset, a space for the T: said as such (only on failure).
  // (The years: `at` is the date window's to judge, as `out-of-range`; a fact's instant, its rule's.)
  .refine((s) => parseInstant(s) !== undefined, { ...says((input) => instantProblem(String(input))), abort: true })
  .meta({ kind: 'instant', format: 'date-time' });
const dateSchema = z
  .string(says('expected a date YYYY-MM-DD'))
  .refine((s) => parseDate(s) !== undefined, says('expected a date YYYY-MM-DD'))
  .meta({ kind: 'date', format: 'date' });
const monthSchema = z
  .string(says('expected a month YYYY-MM'))
  .refine((s) => parseMonth(s) !== undefined, says('expected a month YYYY-MM'))
  .meta({ kind: 'month' });
const textSchema = z
  .string(says('expected a non-empty string'))
  .min(1, says('expected a non-empty string'))
  .meta({ kind: 'string' });
const booleanSchema = z.boolean(says('expected true or false')).meta({ kind: 'boolean' });
const numberSchema = z.number(says('expected a finite number')).meta({ kind: 'number' });
const integerSchema = z
  .number(says('expected an integer'))
  .int(says('expected an integer'))
  .min(Number.MIN_SAFE_INTEGER, says('expected an integer'))
  .max(Number.MAX_SAFE_INTEGER, says('expected an integer'))
  .meta({ kind: 'integer' });
const severitySchema = z
  .union([z.enum(['light', 'medium', 'heavy']), z.number()], {
    ...says('expected light, medium, heavy or a number of points'),
  })
  .meta({ kind: 'severity' });
const stringsSchema = z.array(z.string(), says('expected a list of strings')).meta({ kind: 'strings' });
const listSchema = z.array(z.unknown(), says('expected a list')).meta({ kind: 'list' });
const objectSchema = z.record(z.string(), z.unknown(), says('expected an object')).meta({ kind: 'object' });

type Field<S extends z.ZodType, R extends boolean> = R extends true ? S : z.ZodOptional<S>;

/** The field, described, and optional unless `required`. */
function field<S extends z.ZodType, R extends boolean>(schema: S, doc: string, required: R): Field<S, R> {
  // The kind (for the docs) kept beside the description: `describe` alone would replace the metadata.
  const described = schema.meta({ ...schema.meta(), description: doc }) as S;
  return (required ? described : described.optional()) as Field<S, R>;
}

export const instant = <R extends boolean = false>(doc: string, required?: R) =>
  field(instantSchema, doc, (required ?? false) as R);
export const date = <R extends boolean = false>(doc: string, required?: R) =>
  field(dateSchema, doc, (required ?? false) as R);
export const month = <R extends boolean = false>(doc: string, required?: R) =>
  field(monthSchema, doc, (required ?? false) as R);
export const str = <R extends boolean = false>(doc: string, required?: R) =>
  field(textSchema, doc, (required ?? false) as R);
export const bool = <R extends boolean = false>(doc: string, required?: R) =>
  field(booleanSchema, doc, (required ?? false) as R);
export const num = <R extends boolean = false>(doc: string, required?: R) =>
  field(numberSchema, doc, (required ?? false) as R);
export const int = <R extends boolean = false>(doc: string, required?: R) =>
  field(integerSchema, doc, (required ?? false) as R);
export const severity = <R extends boolean = false>(doc: string, required?: R) =>
  field(severitySchema, doc, (required ?? false) as R);
export const strings = <R extends boolean = false>(doc: string, required?: R) =>
  field(stringsSchema, doc, (required ?? false) as R);
export const list = <R extends boolean = false>(doc: string, required?: R) =>
  field(listSchema, doc, (required ?? false) as R);
export const object = <R extends boolean = false>(doc: string, required?: R) =>
  field(objectSchema, doc, (required ?? false) as R);

/** One of `values`. */
export function oneOf<const V extends readonly [string, ...string[]], R extends boolean = false>(
  values: V,
  doc: string,
  required?: R,
) {
  return field(z.enum(values, says(`expected one of ${values.join(', ')}`)), doc, (required ?? false) as R);
}

export const scheme = oneOf(
  ['property', 'retail', 'manufacturing'],
  'which complaint procedure applies: property (P01, default), retail (P09) or manufacturing (P13)',
);
export const market = oneOf(
  ['domestic', 'foreign'],
  'P13: domestic (15 days) or foreign (20 days) customer; no default: a P13 case without it is rejected',
);
export const direction = oneOf(
  ['outside', 'inside'],
  'outside line or internal extension (P12 phone use); default outside',
);
