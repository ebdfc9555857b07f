/** An escalated question (P10): asked on a call, owed an answer within 30 min (and by any time promised). */
import type { CaseBase } from '../../cases.js';

export interface Question extends CaseBase {
  asked?: string;
  askedMs: number;
  /** The reply time promised to the caller (P10 (二) line 292), if the desk promised one. */
  promisedBy?: string;
  answered?: string;
  answeredOnCall?: boolean | undefined;
}

export function createQuestion(key: string): Question {
  return { key, lines: [], last: Number.NEGATIVE_INFINITY, decided: [], askedMs: 0 };
}

export const orphan = (c: Question) =>
  c.asked === undefined
    ? { en: `no question ${c.key} was escalated in the log`, zh: `日志中没有问题 ${c.key} 的上报记录` }
    : undefined;
