/**
 * When the open obligations are judged again. The judgement is the audit's end-of-log pass over every open
 * case (as of `now`); made after every batch it cost what was open, again and again, and a bulk load slowed
 * as its open cases grew. So an ingestion makes it only when nothing was judged yet, or when the lines read
 * since the last judgement are at least as many as what it found open: the pass is paid for by as many
 * lines as it covers, so its cost per line stays bounded however much is open (`ingestionJudges`). What an
 * ingestion leaves is judged by `tick` once `judgeEveryMs` has passed since the last judgement (the API's
 * timer loop ticks at least every second: at most one such pass a second however fast events come), or by
 * the next read of the open obligations (which judges first when anything is unjudged). Not by the clock in
 * the ingestion itself: a bulk load's batches are each more than a second apart when the machine is busy,
 * and would all pay for the pass again.
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

/** Whether an ingestion that brought the organisation to `row.lines` lines judges what is open. */
export function ingestionJudges(row: Judged): boolean {
  if (row.judgedLines >= row.lines) return false;
  return row.judgedAt === null || row.lines - row.judgedLines >= row.openCount;
}

/** Whether `tick` at `now` judges an organisation's lines left unjudged. */
export function tickJudges(row: Judged, now: Date, judgeEveryMs: number): boolean {
  if (row.judgedLines >= row.lines) return false;
  return row.judgedAt === null || now.getTime() - row.judgedAt.getTime() >= judgeEveryMs;
}
