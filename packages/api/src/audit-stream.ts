/**
 * The streamed side of POST /v1/audit: request bytes → lines → `streamAudit` → NDJSON records, with
 * backpressure both ways, the body limit counted as the bytes arrive, and the work in slices (see
 * audit-slices.ts). However the stream stops early (body too large, upload too slow, audit over its time
 * budget), its last record says why: `{"type":"error","problem":{…}}` (the 200 status is sent by then).
 */
import type { AuditOptions } from '@kefu/rules';
import type { Context } from 'hono';
import type { AuditRunner } from './audit-runner.js';
import { AuditAborted, AuditOverBudget, type Slicer, slicer, UploadTimedOut } from './audit-slices.js';
import type { AppEnv, RouteDeps } from './context.js';
import { type ProblemInput, problemBody } from './problem.js';

/** A streamed body went over the size limit. */
class TooLarge extends Error {}

/**
 * Chunks are handed on at most this big: a body handed over in one piece (or a large network read) is
 * still audited a slice at a time, and no line is waited for as one huge piece.
 */
const maxChunk = 64 * 1024;

/** Rejects when the upload has taken `ms` (0: never); `clear` stops the timer. */
function uploadDeadline(ms: number): { readonly expired: Promise<never>; clear(): void } {
  if (ms <= 0) return { expired: new Promise<never>(() => {}), clear() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UploadTimedOut(`the body took over ${ms} ms to arrive (KEFU_API_REQUEST_TIMEOUT_MS)`)),
      ms,
    );
  });
  expired.catch(() => {});
  return { expired, clear: () => clearTimeout(timer) };
}

/**
 * The bytes of the request body, counted against the limit as they arrive (a streamed audit is not
 * buffered first). `beforeWait` runs each time more input must be awaited: findings decided so far go out
 * then, instead of waiting for a full batch.
 */
async function* chunksOf(
  body: ReadableStream<Uint8Array>,
  deps: RouteDeps,
  slices: Slicer,
  beforeWait: () => void,
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = body.getReader();
  const deadline = uploadDeadline(deps.requestTimeoutMs);
  let size = 0;
  try {
    for (;;) {
      beforeWait();
      const { done, value } = await slices.wait(Promise.race([reader.read(), deadline.expired]));
      if (done) return;
      size += value.length;
      if (size > deps.bodyLimit) throw new TooLarge(`the body is over ${deps.bodyLimit} bytes`);
      for (let at = 0; at < value.length; at += maxChunk) {
        await slices.checkpoint();
        yield value.subarray(at, at + maxChunk);
      }
    }
  } finally {
    deadline.clear();
    // Stop reading: on a timeout, an abort or an audit over budget the rest of the body is not wanted.
    reader.cancel().catch(() => {});
  }
}

const encoder = new TextEncoder();
/** Records go out in batches of about this many bytes, or sooner when the audit waits for input. */
const batchBytes = 16 * 1024;

/** Why a stream stopped early, as the problem of its last record. */
export function stopProblem(e: unknown): ProblemInput {
  if (e instanceof TooLarge) return { code: 'payload-too-large', detail: e.message };
  if (e instanceof UploadTimedOut) return { code: 'request-timeout', detail: e.message };
  if (e instanceof AuditOverBudget) return { code: 'audit-timeout', detail: e.message };
  return { code: 'internal', detail: String(e) };
}

/** NDJSON out: pulled record by record, so a slow reader slows the audit instead of filling memory. */
export function ndjsonStream(
  c: Context<AppEnv>,
  deps: RouteDeps & { readonly audits: AuditRunner },
  body: ReadableStream<Uint8Array> | null,
  options: AuditOptions,
  /** Frees the audit's slot; called once the stream ends, however it ends. */
  release: () => void,
) {
  const slices = slicer({ budgetMs: deps.auditTimeoutMs, signal: c.req.raw.signal });
  let pending = '';
  let stopped = false;
  const aborted = () => {
    if (stopped) return;
    stopped = true;
    deps.log({ level: 'info', msg: 'request aborted', requestId: c.get('requestId'), ...where(c) });
  };
  let out: ReadableStreamDefaultController<Uint8Array> | undefined;
  const flush = () => {
    if (pending.length === 0 || !out) return;
    out.enqueue(encoder.encode(pending));
    pending = '';
  };
  const chunks = body ? chunksOf(body, deps, slices, flush) : emptyBody();
  const records = deps.audits.ndjson(chunks, options, slices, deps.auditTimeoutMs);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      out = controller;
    },
    async pull(controller) {
      try {
        while (pending.length < batchBytes) {
          const next = await records.next();
          if (next.done) {
            release();
            flush();
            controller.close();
            return;
          }
          if (typeof next.value === 'string') pending += next.value;
          else {
            flush();
            controller.enqueue(next.value);
            return;
          }
        }
        flush();
      } catch (e) {
        release();
        await records.return(undefined).catch(() => {});
        if (e instanceof AuditAborted) {
          aborted();
          controller.error(e);
          return;
        }
        const problem = stopProblem(e);
        if (problem.code === 'internal') {
          deps.log({ level: 'error', msg: 'audit stream failed', requestId: c.get('requestId'), error: String(e) });
        } else {
          deps.log({ level: 'warn', msg: 'audit stream stopped', requestId: c.get('requestId'), code: problem.code });
        }
        // The status is already sent: the failure becomes the stream's last record.
        pending += `${JSON.stringify({ type: 'error', problem: problemBody(c, problem) })}\n`;
        flush();
        controller.close();
      }
    },
    // The client stopped reading (it went away): stop the audit, say so once.
    async cancel() {
      release();
      aborted();
      await records.return(undefined);
    },
  });
}

async function* emptyBody(): AsyncGenerator<Uint8Array, void, undefined> {}

function where(c: Context<AppEnv>) {
  return { method: c.req.method, path: c.req.path, client: c.get('clientAddress') };
}
