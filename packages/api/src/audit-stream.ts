/**
 * The streamed side of POST /v1/audit: request bytes → lines → `streamAudit` → NDJSON records, with
 * backpressure both ways and the body limit counted as the bytes arrive.
 */
import { type AuditInput, type AuditOptions, splitLines, streamAudit } from '@kefu/rules';
import type { Context } from 'hono';
import type { RouteDeps } from './context.js';
import { problemBody } from './problem.js';

/** A streamed body went over the size limit (the status is sent by then: it ends the stream instead). */
class TooLarge extends Error {}

/**
 * The bytes of the request body, counted against the limit as they arrive (a streamed audit is not
 * buffered first). `beforeWait` runs each time more input must be awaited: findings decided so far go out
 * then, instead of waiting for a full batch.
 */
async function* chunksOf(body: ReadableStream<Uint8Array>, limit: number, beforeWait: () => void) {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      beforeWait();
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > limit) throw new TooLarge(`the body is over ${limit} bytes`);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const encoder = new TextEncoder();
/** Records go out in batches of about this many bytes, or sooner when the audit waits for input. */
const batchBytes = 16 * 1024;

/** The records, then the summary and ledger as one last record. */
async function* ndjsonRecords(lines: AsyncIterable<AuditInput>, options: AuditOptions) {
  // yield* hands a cancel (return()) down to the audit, which closes its input in turn.
  const end = yield* streamAudit(lines, options);
  yield { type: 'summary' as const, ...end };
}

/** NDJSON out: pulled record by record, so a slow reader slows the audit instead of filling memory. */
export function ndjsonStream(
  c: Context,
  deps: RouteDeps,
  body: ReadableStream<Uint8Array> | null,
  options: AuditOptions,
) {
  let pending = '';
  let out: ReadableStreamDefaultController<Uint8Array> | undefined;
  const flush = () => {
    if (pending.length === 0 || !out) return;
    out.enqueue(encoder.encode(pending));
    pending = '';
  };
  const records = ndjsonRecords(splitLines(body ? chunksOf(body, deps.bodyLimit, flush) : []), options);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      out = controller;
    },
    async pull(controller) {
      try {
        while (pending.length < batchBytes) {
          const next = await records.next();
          if (next.done) {
            flush();
            controller.close();
            return;
          }
          pending += `${JSON.stringify(next.value)}\n`;
        }
        flush();
      } catch (e) {
        // The status is already sent: the failure becomes the stream's last record.
        const tooLarge = e instanceof TooLarge;
        if (!tooLarge) {
          deps.log({ level: 'error', msg: 'audit stream failed', requestId: c.get('requestId'), error: String(e) });
        }
        const detail = tooLarge ? e.message : String(e);
        const problem = problemBody(c, { code: tooLarge ? 'payload-too-large' : 'internal', detail });
        pending += `${JSON.stringify({ type: 'error', problem })}\n`;
        flush();
        controller.close();
      }
    },
    async cancel() {
      await records.return();
    },
  });
}
