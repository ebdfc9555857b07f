/**
 * Limits the seed leaves open (及時, 立即, 迅速, 定期): a parameter with no default, which the organisation
 * must set. Until it does, a rule that needs it refuses with `not-configured`, naming the parameter, rather
 * than inventing a number the seed does not give. One helper declares such a limit once — its parameter's
 * schema and the read that refuses while it is unset — so every rule reads an unset limit the same way and
 * says so in the same words.
 */
import * as z from 'zod';
import { notConfigured } from './errors.js';
import { durationMs } from './schemas.js';

/** One limit the seed leaves open, as a rule declares it. */
export interface OpenLimitSpec {
  readonly ruleId: string;
  readonly param: string;
  /** The seed's word and its English gloss: "the seed says only 及時 (in time)". */
  readonly seedWord: string;
  readonly gloss: string;
  /** An ISO duration the refusal suggests, e.g. PT2H (a suggestion only: never used as a default). */
  readonly example: string;
  /** The range a configured value must fall in (ISO durations). */
  readonly min: string;
  readonly max: string;
  /** The parameter's description in the rule reference, English and simplified Chinese. */
  readonly description: string;
  readonly zh: string;
}

/** An open limit: `schema` for the rule's `params`, `required` to read it in `evaluate`. */
export interface OpenLimit {
  readonly schema: z.ZodOptional<z.ZodString>;
  /** The limit the organisation set, or the `not-configured` refusal naming the parameter. */
  required(value: string | undefined): string;
}

export function openLimit(spec: OpenLimitSpec): OpenLimit {
  const min = durationMs(spec.min) ?? 0;
  const max = durationMs(spec.max) ?? Number.POSITIVE_INFINITY;
  const schema = z
    .string()
    .refine((s) => durationMs(s) !== undefined, { message: 'expected an ISO-8601 duration such as PT2H' })
    .refine(
      (s) => {
        const ms = durationMs(s);
        return ms === undefined || (ms >= min && ms <= max);
      },
      { message: `must be between ${spec.min} and ${spec.max}` },
    )
    .optional()
    .meta({ description: spec.description, zh: spec.zh });
  const message = `the seed says only ${spec.seedWord} (${spec.gloss}): set ${spec.param}, an ISO duration such as ${spec.example}`;
  return {
    schema,
    required(value) {
      if (value !== undefined) return value;
      throw notConfigured(spec.ruleId, spec.param, message);
    },
  };
}
