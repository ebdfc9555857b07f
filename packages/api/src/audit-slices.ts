/**
 * An audit's work in slices, so one request never holds the event loop (#13 "The API keeps its event loop
 * free"). The audit is CPU work inside @kefu/rules' async generators; when its input is already buffered (a
 * JSON body, or an upload faster than the audit), every await resolves as a microtask and the event loop
 * never gets a turn: /health waited for the whole audit. Here the audit's input and output pass
 * `checkpoint()`, which yields a macrotask (`setImmediate`) once `sliceMs` of work have gone by, and stops
 * the audit when its client has gone or its time budget is spent.
 *
 * Slices, not a worker thread: the app factory runs unchanged on Workers, Bun and Deno (no common worker
 * API to rely on); the audit streams records out as it reads lines in, which a worker would turn into a
 * message protocol both ways; and the server's configuration and organisation objects are used as they are,
 * not cloned per request. The cost is one macrotask every few milliseconds of work.
 */

/** The client went away: stop reading and auditing (logged as aborted, never as an error). */
export class AuditAborted extends Error {}

/** The audit's own work took longer than its budget. */
export class AuditOverBudget extends Error {}

/** The streamed body took longer than the request timeout to arrive. */
export class UploadTimedOut extends Error {}

export interface Slicer {
  /** Between two pieces of work: yields to the event loop when the slice is spent; throws when it must stop. */
  checkpoint(): Promise<void>;
  /** Await input: the time spent waiting is not work, and it ends when the client goes away. */
  wait<T>(input: Promise<T>): Promise<T>;
  /** Work time so far, in ms. */
  readonly spentMs: number;
}

export interface SlicerOptions {
  readonly budgetMs: number;
  readonly signal?: AbortSignal;
  /** Work between two yields; a request waiting behind an audit waits about this long. */
  readonly sliceMs?: number;
  readonly now?: () => number;
}

/** `setImmediate` where the runtime has it (Node, Bun, Deno), else a zero timer (Workers, browsers). */
function macrotask(): Promise<void> {
  const immediate: unknown = Reflect.get(globalThis, 'setImmediate');
  return new Promise((resolve) => {
    if (typeof immediate === 'function') immediate(resolve);
    else setTimeout(resolve, 0);
  });
}

export function slicer({ budgetMs, signal, sliceMs = 4, now = () => performance.now() }: SlicerOptions): Slicer {
  let spent = 0;
  let workSince = now();
  let lastYield = workSince;
  const stopIfAborted = () => {
    if (signal?.aborted) throw new AuditAborted('the client closed the connection');
  };
  const aborted =
    signal &&
    new Promise<never>((_, reject) => {
      const abort = () => reject(new AuditAborted('the client closed the connection'));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
  // Nobody may be waiting when the client goes: the rejection is seen by the next wait or checkpoint.
  aborted?.catch(() => {});
  return {
    async checkpoint() {
      stopIfAborted();
      const t = now();
      if (spent + (t - workSince) > budgetMs) {
        throw new AuditOverBudget(`the audit took over its time budget of ${budgetMs} ms (KEFU_API_AUDIT_TIMEOUT_MS)`);
      }
      if (t - lastYield < sliceMs) return;
      spent += t - workSince;
      await macrotask();
      stopIfAborted();
      workSince = now();
      lastYield = workSince;
    },
    async wait(input) {
      spent += now() - workSince;
      try {
        return await (aborted ? Promise.race([input, aborted]) : input);
      } finally {
        workSince = now();
      }
    },
    get spentMs() {
      return spent + (now() - workSince);
    },
  };
}

/** In-memory input (a JSON body's events) handed to the audit one item at a time, through checkpoints. */
export async function* slicedItems<T>(items: readonly T[], slices: Slicer): AsyncGenerator<T, void, undefined> {
  for (const item of items) {
    await slices.checkpoint();
    yield item;
  }
}
