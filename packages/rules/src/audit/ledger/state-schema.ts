/**
 * The ledger's state as a checkpoint file holds it, checked before a ledger is rebuilt from it: a state
 * edited by hand or cut short is refused with the path of what is wrong, never misread. The audit's state
 * (which carries the version) composes this schema.
 */
import * as z from 'zod';
import type { LedgerState } from './state.js';

const fen = z.number().int();
const month = z
  .number()
  .int()
  .min(1970 * 12)
  .max(2101 * 12);
const instant = z.number();
const severity = z.union([z.string(), z.number()]);
const debt = z.object({ from: month, fen: fen.min(0), clause: z.string() }).strict();

const note = z.string().optional();
const sanction = z.discriminatedUnion('type', [
  z
    .object({ type: z.enum(['fine', 'wage-deduction', 'charge']), amount: z.number(), clause: z.string(), note })
    .strict(),
  z
    .object({
      type: z.literal('bonus-deduction'),
      amount: z.number().optional(),
      share: z.number().optional(),
      clause: z.string(),
      note,
    })
    .strict(),
  z.object({ type: z.literal('points'), points: z.number(), clause: z.string(), note }).strict(),
  z
    .object({
      type: z.enum(['warning', 'minor-demerit', 'major-demerit', 'dismissal', 'deemed-resignation', 'legal-referral']),
      clause: z.string(),
      count: z.number().optional(),
      note,
    })
    .strict(),
]);

const packed = <T extends z.ZodType>(texts: T) =>
  z
    .object({ packed: z.array(z.number().nullable()), odd: z.array(z.tuple([z.number().int().min(0), texts])) })
    .strict();

const tally = z
  .object({
    lateness: packed(z.object({ shiftStart: z.string().optional(), arrivedAt: z.string().optional() }).strict()),
    absentDays: z.array(z.string()),
    calls: packed(z.object({ start: z.string().optional(), end: z.string().optional() }).strict()),
    chats: z.array(z.object({ at: instant, severity: severity.optional() }).strict()),
    readings: z.array(z.object({ at: instant, severity: severity.optional() }).strict()),
    dress: z.array(z.object({ missing: z.array(z.string()), employee: z.string() }).strict()),
    grooming: z.array(z.object({ severity, aspect: z.string().optional(), employee: z.string() }).strict()),
    posture: z.number(),
    dozing: z.array(z.object({ severity, employee: z.string() }).strict()),
    serviceComplaints: z.array(z.object({ severity, employee: z.string() }).strict()),
    praise: z.array(z.object({ severity, employee: z.string() }).strict()),
    goodWork: z.number().optional(),
    dayWage: z.number().optional(),
    lines: z.array(z.number().int()),
  })
  .strict();

const row = z
  .object({
    employee: z.string().min(1),
    month,
    department: z.string().optional(),
    finesFen: fen,
    finesByDepartment: z.array(z.tuple([z.string(), fen])),
    jointFen: fen,
    wageFen: fen,
    chargesFen: fen,
    cappedOwedFen: fen,
    uncappedFen: fen,
    takenFen: fen,
    bonusFrom: z.array(debt),
    imposed: z.array(
      z
        .object({
          at: instant,
          line: z.number().int(),
          key: z.string().optional(),
          sanction: z.string(),
          bases: z.number().optional(),
          cause: z.string().optional(),
        })
        .strict(),
    ),
    score: z.number().optional(),
    centiPoints: z.number().int(),
    centiAdded: z.number().int().min(0),
    centiDeducted: z.number().int().min(0),
    sanctions: z.array(sanction),
    breaches: z.array(
      z
        .object({
          rule: z.string(),
          at: instant,
          lines: z.array(z.number().int()),
          key: z.string().optional(),
          department: z.string().optional(),
        })
        .strict(),
    ),
    scoring: tally.optional(),
  })
  .strict();

const carried = z.array(z.object({ employee: z.string().min(1), debts: z.array(debt) }).strict());

const ledgerStateSchema = z
  .object({
    months: z.array(z.object({ month, rows: z.array(row) }).strict()),
    ladder: z.array(z.object({ employee: z.string(), rule: z.string(), times: z.array(instant) }).strict()),
    carriedUnderCap: carried,
    carriedOutside: carried,
  })
  .strict()
  .superRefine((state, ctx) => {
    // Rows sit in their own month, months in order and once each: what `save` writes.
    state.months.forEach((m, i) => {
      if (i > 0 && (state.months[i - 1]?.month ?? Number.NEGATIVE_INFINITY) >= m.month) {
        ctx.addIssue({ code: 'custom', path: ['months', i, 'month'], message: 'months must be in order, each once' });
      }
      m.rows.forEach((r, j) => {
        if (r.month !== m.month) {
          ctx.addIssue({
            code: 'custom',
            path: ['months', i, 'rows', j, 'month'],
            message: `a row of month ${m.month} says ${r.month}`,
          });
        }
      });
    });
  });

/** A ledger state read from a checkpoint: the state, or the first problem with its path. */
export function parseLedgerState(input: unknown): { ok: true; state: LedgerState } | { ok: false; message: string } {
  const parsed = ledgerStateSchema.safeParse(input);
  if (parsed.success) return { ok: true, state: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  return { ok: false, message: `ledger state${path === '' ? '' : ` at ${path}`}: ${issue?.message ?? 'invalid'}` };
}
