/** Messages between the main thread and an audit worker (see worker-audits.ts). */
import type { AuditReport } from '@kefu/rules';

export type WorkerJob =
  | { readonly kind: 'ndjson'; readonly options: unknown; readonly budgetMs: number }
  | {
      readonly kind: 'report';
      readonly options: unknown;
      readonly budgetMs: number;
      readonly items: readonly unknown[];
    };

/** Main → worker: the next chunk of the body, its end, or an acknowledged batch of records. */
export type FromMain = { type: 'chunk'; bytes: Uint8Array } | { type: 'end' } | { type: 'ack' };

/** Worker → main. */
export type ToMain =
  | { type: 'pull' }
  | { type: 'records'; bytes: Uint8Array }
  | { type: 'done' }
  | { type: 'report'; report: AuditReport }
  | { type: 'failed'; overBudget: boolean; message: string };
