/**
 * `AuditState`: a checkpoint of an audit — everything a later line can still need (open cases, month
 * tallies, the ledger's open months, the P10 ladder's window, the P09 carry-overs…), as one JSON document.
 * An audit resumed from it (`resumeFrom`) reads the next lines as if they had followed the earlier ones in
 * one log. What it holds is what is open, not the history: with `maxDelay`, cases and months the horizon
 * has settled leave it.
 *
 * A state is refused, never misread: from another state version, or saved with settings that shape the
 * state (the zone, `maxDelay`, `rules`) other than the resuming audit's.
 */
import * as z from 'zod';
import { KefuRuleError } from '../../kernel/errors.js';
import { type Json, jsonProblem } from './codec.js';

/** Bumped whenever what a state holds, or how, changes: an older or newer state is refused. */
export const AUDIT_STATE_VERSION = 1;

/** The settings a state was saved with that a resuming audit must share (they shape the state). */
export interface StateSettings {
  readonly zone: string;
  readonly maxDelay: string | null;
  readonly rules: readonly string[] | null;
}

export interface AuditState {
  readonly kefu: 'audit-state';
  readonly version: typeof AUDIT_STATE_VERSION;
  readonly settings: StateSettings;
  /** Lines read before this state, in every audit it continues: a resumed audit numbers its lines on. */
  readonly lines: number;
  /** The log's first and latest instants read so far (ISO), when any line was read. */
  readonly from?: string;
  readonly to?: string;
  /** The parts, as the codec writes them: the engine's clock and tallies, each family, the ledger. */
  readonly engine: Json;
  readonly families: Readonly<Record<string, Json>>;
  readonly ledger: Json;
  readonly reader: Json;
}

/** JSON data, checked by one walk (see `jsonProblem`), the path of what is not JSON reported under the part. */
const json: z.ZodType<Json> = z.unknown().superRefine((value, ctx) => {
  const problem = jsonProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
}) as z.ZodType<Json>;

const stateSchema = z.strictObject({
  kefu: z.literal('audit-state'),
  version: z.number(),
  settings: z.strictObject({
    zone: z.string(),
    maxDelay: z.string().nullable(),
    rules: z.array(z.string()).nullable(),
  }),
  lines: z.number().int().min(0),
  from: z.string().optional(),
  to: z.string().optional(),
  engine: json,
  families: z.record(z.string(), json),
  ledger: json,
  reader: json,
});

/** The refusal, said of `resumeFrom` (the CLI names it `--resume`). */
function refuse(detail: string): KefuRuleError {
  return new KefuRuleError('invalid-state', `resumeFrom: ${detail}`, [{ path: ['resumeFrom'], message: detail }]);
}

const same = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The state to resume from, checked: its version first (a state from another version is never read
 * further), then its form, then that it was saved with the same settings as the resuming audit.
 */
export function checkState(value: unknown, settings: StateSettings): AuditState {
  const head = value as { kefu?: unknown; version?: unknown } | null;
  if (head === null || typeof head !== 'object' || head.kefu !== 'audit-state') {
    throw refuse('not an audit state (a state file is what --save-state or `checkpoint` wrote)');
  }
  if (head.version !== AUDIT_STATE_VERSION) {
    throw refuse(
      `this state is version ${String(head.version)}, this Kefu reads version ${AUDIT_STATE_VERSION}: audit the log from its start again (or resume with the Kefu that saved it)`,
    );
  }
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(`damaged state at ${(issue?.path ?? []).join('.') || 'its top'}: ${issue?.message ?? ''}`);
  }
  const state = parsed.data as AuditState;
  const saved = state.settings;
  const differs = [
    saved.zone !== settings.zone && `zone ${saved.zone} (now ${settings.zone})`,
    saved.maxDelay !== settings.maxDelay &&
      `maxDelay ${saved.maxDelay ?? 'unset'} (now ${settings.maxDelay ?? 'unset'})`,
    !same(saved.rules, settings.rules) &&
      `rules ${saved.rules?.join(',') ?? 'all'} (now ${settings.rules?.join(',') ?? 'all'})`,
  ].filter((d): d is string => typeof d === 'string');
  if (differs.length > 0) {
    throw refuse(`the state was saved with ${differs.join(', ')}: resume with the same settings`);
  }
  return state;
}
