/**
 * The worker thread one audit runs in (see worker-audits.ts for the protocol and why). It asks the main
 * thread for the body one chunk at a time (`pull`), so the log is never queued here whole, and hands back
 * NDJSON text (`records`), waiting for acknowledgements once a few batches are unread.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditInput, AuditOptions } from '@kefu/rules';
import { ndjsonAudit, reportAudit } from '../audit-runner.js';
import { AuditOverBudget, slicer } from '../audit-slices.js';
import type { FromMain, ToMain, WorkerJob } from './worker-protocol.js';

/**
 * On Linux, this thread alone runs at a lower priority (nice 10), so that on a busy machine the main
 * thread, which answers every request, gets the CPU first. `/proc/thread-self` names this thread's id;
 * elsewhere (or without permission) the worker keeps the normal priority.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isSafeInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the audit still runs in its own thread.
  }
}
lowerPriority();

const port = parentPort;
if (!port) throw new Error('audit-worker.js runs as a worker thread only');
const job = workerData as WorkerJob;

/** Batches sent but not yet taken by the HTTP response; past this the audit waits. */
const maxUnread = 4;
const batchBytes = 16 * 1024;

let unread = 0;
let onAck: (() => void) | undefined;
let onInput: ((m: FromMain) => void) | undefined;
port.on('message', (message: FromMain) => {
  if (message.type === 'ack') {
    unread = Math.max(0, unread - 1);
    onAck?.();
    return;
  }
  onInput?.(message);
});

const send = (message: ToMain) => port.postMessage(message);

const encoder = new TextEncoder();
let pending = '';
async function flush(): Promise<void> {
  if (pending.length === 0) return;
  // Encoded here and moved, not copied: the main thread only writes the bytes out.
  const bytes = encoder.encode(pending);
  port?.postMessage({ type: 'records', bytes } satisfies ToMain, [bytes.buffer]);
  pending = '';
  unread += 1;
  while (unread >= maxUnread) await new Promise<void>((resolve) => (onAck = resolve));
}

async function* chunks(): AsyncGenerator<Uint8Array, void, undefined> {
  for (;;) {
    // What the audit has decided goes out before it waits for more of the log.
    await flush();
    const next = new Promise<FromMain>((resolve) => (onInput = resolve));
    send({ type: 'pull' });
    const message = await next;
    if (message.type !== 'chunk') return;
    yield message.bytes;
  }
}

async function run(): Promise<void> {
  // Slices cost little here and carry the budget; the event loop they keep free is this worker's own.
  const slices = slicer({ budgetMs: job.budgetMs });
  const options = job.options as AuditOptions;
  if (job.kind === 'report') {
    send({ type: 'report', report: await reportAudit(job.items as readonly AuditInput[], options, slices) });
    return;
  }
  for await (const text of ndjsonAudit(chunks(), options, slices)) {
    pending += text;
    if (pending.length >= batchBytes) await flush();
  }
  await flush();
  send({ type: 'done' });
}

run().catch((e: unknown) => {
  send({ type: 'failed', overBudget: e instanceof AuditOverBudget, message: String(e) });
});
