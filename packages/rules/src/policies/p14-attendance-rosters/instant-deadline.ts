/**
 * A deadline at a given instant (the kernel's `fixedDeadline` ends at 23:59:59.999 local): "approved before
 * the shift changes" is due at that instant. Kind `fixed`, so the rule reports its own measure.
 */
import type { Deadline } from '../../kernel/deadline.js';
import type { Bilingual } from '../../kernel/result.js';

export function instantDeadline(dueAt: number, windowStart: number, describe: Bilingual): Deadline {
  return { kind: 'fixed', windowStart: Math.min(windowStart, dueAt), dueAt, skipped: [], describe };
}
