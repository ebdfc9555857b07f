/**
 * Audits in worker threads, for the Node entry (#13 "The API keeps its event loop free"). The app's own
 * slices keep the event loop free between the library's steps, but one step of the end-of-log settlement
 * (a family judging all its open cases at once) took 2.6–7.5 s on the 10 MB example log, and nothing can
 * preempt it from outside. In a worker it blocks only that worker: /health, other requests and SIGTERM
 * are served on time, and an abort or the shutdown stops the audit at once (`terminate`).
 *
 * One worker per audit, started for the request and ended with it. The worker pulls the body a chunk at a
 * time (the main thread reads the request, with its size limit and timeout) and sends NDJSON text back in
 * batches it waits to have acknowledged once a few are unread: backpressure both ways, as in-process.
 */
import { Worker } from 'node:worker_threads';
import type { AuditReport } from '@kefu/rules';
import type { AuditRunner } from '../audit-runner.js';
import { AuditOverBudget } from '../audit-slices.js';
import type { ToMain, WorkerJob } from './worker-protocol.js';

/** The worker's messages as a queue to await, its error or early exit as a rejection. */
function inbox(worker: Worker): () => Promise<ToMain> {
  const queue: ToMain[] = [];
  let failure: Error | undefined;
  let waiting: { resolve: (m: ToMain) => void; reject: (e: Error) => void } | undefined;
  const fail = (e: Error) => {
    failure ??= e;
    waiting?.reject(failure);
    waiting = undefined;
  };
  worker.on('message', (message: ToMain) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = undefined;
    } else queue.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the audit worker exited (${code})`)));
  return () => {
    const next = queue.shift();
    if (next) return Promise.resolve(next);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };
}

function failed(message: Extract<ToMain, { type: 'failed' }>): Error {
  return message.overBudget ? new AuditOverBudget(message.message) : new Error(message.message);
}

export function workerAudits(script: URL): AuditRunner {
  const start = (job: WorkerJob) => new Worker(script, { workerData: job });
  return {
    async *ndjson(chunks, options, slices, budgetMs) {
      const worker = start({ kind: 'ndjson', options, budgetMs });
      const next = inbox(worker);
      const input = chunks[Symbol.asyncIterator]();
      try {
        for (;;) {
          const message = await slices.wait(next());
          if (message.type === 'pull') {
            const chunk = await input.next();
            if (chunk.done) worker.postMessage({ type: 'end' });
            else {
              // A copy of the view only (a subarray would clone its whole underlying buffer), moved, not cloned.
              const bytes = chunk.value.slice();
              worker.postMessage({ type: 'chunk', bytes }, [bytes.buffer]);
            }
          } else if (message.type === 'records') {
            yield message.bytes;
            worker.postMessage({ type: 'ack' });
          } else if (message.type === 'failed') {
            throw failed(message);
          } else return;
        }
      } finally {
        void worker.terminate();
        await input.return?.();
      }
    },
    async report(items, options, slices, budgetMs): Promise<AuditReport> {
      const worker = start({ kind: 'report', options, budgetMs, items });
      const next = inbox(worker);
      try {
        const message = await slices.wait(next());
        if (message.type === 'report') return message.report;
        throw message.type === 'failed'
          ? failed(message)
          : new Error(`unexpected ${message.type} from the audit worker`);
      } finally {
        void worker.terminate();
      }
    },
  };
}
