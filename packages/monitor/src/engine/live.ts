/**
 * The live audit: each organisation's audit state kept in memory between batches, so that a batch no longer
 * reads, parses, writes and stores the whole state (what made an ingestion cost what was open, #16). The
 * state is saved in `org_state` every so often (`saveDue`), and always when a batch rejected a line (so the
 * lines after a saved state are all accepted events, replayed exactly from `events`: checkpoint.ts); after a
 * restart, or when another process ingested, the state is the saved one with the events since replayed.
 * One object, created per monitor and passed down (`MonitorContext.live`); `live: false` turns it off: the
 * state is then read and saved with every batch, as before, and the tests hold both ways to the same output.
 */
import type { AuditState, LiveAudit } from '@kefu/rules';

export interface LiveSettings {
  /** Save the state once this many lines were read since the last save (default 50 000). */
  readonly saveEveryLines: number;
  /** …or once this long has passed since the last save, at the next batch (default 30 s). */
  readonly saveEveryMs: number;
}

export const DEFAULT_LIVE: LiveSettings = { saveEveryLines: 50_000, saveEveryMs: 30_000 };

/**
 * An organisation's audit in memory at its row's `lines` (for its `epoch`): the open audit (`audit`), or
 * its state (`state`), or both (the same lines).
 */
export interface Held {
  readonly epoch: string;
  readonly lines: number;
  readonly audit?: LiveAudit;
  readonly state?: AuditState;
  /** The lines of the state saved in the row, and when (this process's `now`) it was saved or loaded. */
  readonly savedLines: number;
  readonly savedAt: number;
}

/** A `Held` state's checkpoint, or `moved` when its audit has read lines not yet committed (an ingestion). */
export type Snapshot = { readonly state: AuditState | undefined } | 'moved';

export class LiveStates {
  private readonly held = new Map<string, Held>();
  /** Checkpoints taken of a held audit (for timers and reports), kept until it reads on. */
  private readonly snapshots = new WeakMap<Held, AuditState>();

  constructor(readonly settings: LiveSettings) {}

  /** The audit in memory, if it is the row's (`epoch`, `lines`): else the row moved on elsewhere. */
  get(org: string, epoch: string, lines: number): Held | undefined {
    const held = this.held.get(org);
    return held !== undefined && held.epoch === epoch && held.lines === lines ? held : undefined;
  }

  /** Keep `held` (never in place of a later one of the same epoch: an ingestion may have set it first). */
  set(org: string, held: Held): void {
    const now = this.held.get(org);
    if (now !== undefined && now.epoch === held.epoch && now.lines > held.lines) return;
    this.held.set(org, held);
  }

  /** An ingestion that read lines into this audit did not commit: the audit is not the row's any more. */
  forget(org: string, audit: LiveAudit): void {
    if (this.held.get(org)?.audit === audit) this.held.delete(org);
  }

  snapshot(held: Held): Snapshot {
    return snapshotOf(held, this.snapshots);
  }

  /** Organisations whose state in memory is ahead of the saved one (to save at shutdown). */
  unsaved(): [string, Held][] {
    return [...this.held].filter(([, h]) => h.lines > h.savedLines);
  }

  /** Whether a batch that left `held` (not rejecting any line) saves the state now. */
  saveDue(held: Pick<Held, 'lines' | 'savedLines' | 'savedAt'>, now: number): boolean {
    const { saveEveryLines, saveEveryMs } = this.settings;
    return held.lines - held.savedLines >= saveEveryLines || now - held.savedAt >= saveEveryMs;
  }
}

/** `held`'s state (a checkpoint of its audit, memoised in `memo` when given). */
export function snapshotOf(held: Held, memo?: WeakMap<Held, AuditState>): Snapshot {
  if (held.state !== undefined || held.lines === 0) return { state: held.state };
  const { audit } = held;
  if (audit === undefined || audit.lines !== held.lines) return 'moved';
  let state = memo?.get(held);
  if (state === undefined) {
    state = audit.checkpoint();
    memo?.set(held, state);
  }
  return { state };
}
