/**
 * JSON Schema of a rule's zod schemas (facts, parameters), generated once per schema. The input side is
 * what a caller sends, so defaults make a field optional.
 */
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

const cache = new WeakMap<z.ZodType, JsonSchema>();

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const hit = cache.get(schema);
  if (hit) return hit;
  let generated: JsonSchema;
  try {
    generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    // A schema zod cannot express (e.g. a cycle through a transform) is documented as "anything";
    // the rule still validates its input when evaluated.
    generated = { description: 'not expressible as JSON Schema; see the rule catalogue' };
  }
  cache.set(schema, generated);
  return generated;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A schema to embed in the OpenAPI document at `#/components/schemas/<name>`: without `$schema`, and with
 * its local `#/$defs/…` references rewritten to resolve from the document's root.
 */
export function embeddable(schema: JsonSchema, name: string): JsonSchema {
  const base = `#/components/schemas/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && (v === '#' || v.startsWith('#/')))
        out[key] = `${base}${v.slice(1)}`;
      else out[key] = rewrite(v);
    }
    return out;
  };
  const { $schema: _dropped, ...rest } = schema;
  return rewrite(rest) as JsonSchema;
}
