/**
 * When the open obligations are judged again. The judgement is the audit's end-of-log pass over every open
 * case (as of `now`); made after every batch it cost what was open, again and again, and a bulk load slowed
 * as its open cases grew. So it is made when one of these holds, and otherwise left for later:
 *   - nothing is open yet, or the lines read since the last judgement are at least as many as what it found
 *     open: the pass is paid for by as many lines as it covers (its cost per line stays bounded);
 *   - `judgeEveryMs` has passed since the last judgement: a trickle of events is judged at once, and a
 *     batch left unjudged is judged by the next `tick` (the API's timer loop ticks at least every second),
 *     or by the next read of the open obligations (which judges first when anything is unjudged).
 * Alerts stay exact: a timer is judged at its own instant from the checkpoint, which every batch updates.
 */

/** Default `judgeEveryMs`: an obligation opened by an unjudged batch gets its timers within about 1 s. */
export const DEFAULT_JUDGE_EVERY_MS = 1000;

export interface Judged {
  /** Lines read in all (the checkpoint's). */
  readonly lines: number;
  /** Lines the last judgement covered. */
  readonly judgedLines: number;
  /** The `now` of the last judgement (null: never judged). */
  readonly judgedAt: Date | null;
  /** Open obligations the last judgement found. */
  readonly openCount: number;
}

/** Whether the organisation's open obligations should be judged at `now`, after `lines` were read in all. */
export function judgeDue(row: Judged, now: Date, judgeEveryMs: number): boolean {
  if (row.judgedLines >= row.lines) return false;
  if (row.judgedAt === null || now.getTime() - row.judgedAt.getTime() >= judgeEveryMs) return true;
  return row.lines - row.judgedLines >= row.openCount;
}
