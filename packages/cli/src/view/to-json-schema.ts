/** zod 4 schemas as JSON Schema. Kept apart from schema.ts so that only its users load zod. */
import { z } from 'zod';
import type { JsonSchema } from './schema.js';

/** The input-side JSON Schema of a zod schema; `{}` (anything) if zod cannot express it. */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return {};
  }
}
