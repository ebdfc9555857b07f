/** Zod schemas of the live monitor's answers (issue #16), for the OpenAPI document and the typed client. */
import { z } from '@hono/zod-openapi';
import { list } from '../schemas.js';
import { finding, ledgerEntry } from './audit.js';

const lineFate = z
  .object({
    line: z.number().int().openapi({ description: '1-based line (NDJSON) or array element of the request' }),
    id: z.string().optional().openapi({ description: 'The event id: its own `id`, else `sha256:` of its content' }),
    fate: z.enum(['accepted', 'duplicate', 'rejected']),
    code: z.string().optional().openapi({ description: 'Why it was rejected: the audit’s reason code' }),
    reason: z.string().optional(),
  })
  .openapi('LineFate');

export const ingestResult = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    lines: list(lineFate),
    findings: z.number().int().openapi({ description: 'Findings the audit decided from these events' }),
    warnings: list(z.object({ code: z.string(), message: z.string() }).catchall(z.unknown())).optional(),
  })
  .openapi('IngestResult', { description: 'Every line’s fate, in input order: nothing is dropped in silence' });

export const openObligation = z
  .object({
    id: z.string(),
    org: z.string(),
    ruleId: z.string(),
    status: z.enum(['pending', 'at-risk']),
    atRiskAt: z.string().optional().openapi({ description: 'When it turns at-risk; absent once at-risk' }),
    dueAt: z.string(),
    finding,
  })
  .openapi('OpenObligation');

export const alert = z
  .object({
    id: z.string().openapi({ description: 'Stable: the same alert always carries the same id (de-duplicate by it)' }),
    org: z.string(),
    kind: z.enum(['at-risk', 'breached']),
    at: z.string().openapi({ description: 'The at-risk or due instant the alert stands for' }),
    seq: z.number().int().openapi({ description: 'Cursor for `after=` and the stream’s `id:`' }),
    finding,
  })
  .openapi('Alert');

export const monthReport = z
  .object({
    month: z.string(),
    findings: list(finding),
    ledger: list(ledgerEntry),
    closed: z.boolean().openapi({ description: 'Whether the month was closed (its ledger and checkpoint written)' }),
  })
  .openapi('MonthReport');

/** An optional organisation id in the query: only confirms the token's own (another is a 403). */
export const orgQuery = z
  .string()
  .optional()
  .openapi({ description: 'The organisation meant; must be the token’s own (else 403). Default: the token’s' });

/** A whole number from the query, within bounds. */
export const queryWhole = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'expected a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a whole number from ${min} to ${max}`)
    .optional()
    .openapi({ description });

export const monthParam = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, e.g. 2026-11')
    .openapi({ param: { name: 'month', in: 'path' }, example: '2026-11' }),
});
