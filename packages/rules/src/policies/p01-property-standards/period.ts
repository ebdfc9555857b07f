/**
 * Helpers shared by P01's ratio and period rules. Kept in this folder because the kernel has no helper
 * for "a count that must reach a share by the end of a period" or for combining several obligations.
 */
import { type Deadline, fixedDeadline, judgeTimed, type TimeContext } from '../../kernel/deadline.js';
import { KefuRuleError } from '../../kernel/errors.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { firstDayOfMonth, lastDayOfMonth, parseMonth, startOfLocalDay, type YearMonth } from '../../kernel/time.js';

/** The seed prescribes no sanction for any P01 standard: a breach is a finding to correct. */
export const NO_SANCTION: Bilingual = {
  en: 'to be corrected; the policy prescribes no sanction',
  zh: '须整改，本制度未规定处罚',
};

/** `0.049` → `4.9%` for explanations. */
export function pct(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

/** Ratios are reported to four decimals so that 4.9% never shows as 5%. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A `YYYY-MM` that its schema already validated. */
export function monthOf(text: string): YearMonth {
  const m = parseMonth(text);
  if (!m) throw new KefuRuleError('internal', `unvalidated month ${text}`);
  return m;
}

/** The whole month as a window: opens at its first local midnight, due at the end of its last day. */
export function monthDeadline(month: YearMonth, ctx: TimeContext): Deadline {
  return fixedDeadline(lastDayOfMonth(month), startOfLocalDay(firstDayOfMonth(month), ctx.zone), ctx);
}

/**
 * A count that must reach its target by the end of a period. Reached: met. Not reached and `asOf` inside
 * the period: still open (pending or at-risk). Not reached and no `asOf`: the counts are read as the
 * period's final figures, so breached.
 */
export function periodStatus(
  reached: boolean,
  deadline: Deadline,
  asOf: number | undefined,
  warningShare: number,
): Exclude<Status, 'not-applicable'> {
  if (reached) return 'met';
  if (asOf === undefined) return 'breached';
  return judgeTimed(deadline, undefined, asOf, warningShare).status;
}

const SEVERITY: Readonly<Record<Status, number>> = {
  'not-applicable': 0,
  met: 1,
  pending: 2,
  'at-risk': 3,
  breached: 4,
};

/** The status of several obligations together: the worst one wins. */
export function worst(statuses: readonly Status[]): Status {
  let result: Status = 'not-applicable';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[result]) result = s;
  return result;
}

/** The words for a combined status, to open an explanation. */
export const STATUS_WORDS: Readonly<Record<Status, Bilingual>> = {
  met: { en: 'Met', zh: '达标' },
  breached: { en: 'Breached', zh: '违规' },
  pending: { en: 'Pending', zh: '待完成' },
  'at-risk': { en: 'At risk', zh: '有逾期风险' },
  'not-applicable': { en: 'Not applicable', zh: '不适用' },
};

/** Join explanation parts: `Breached: a; b (consequence)`. */
export function joinParts(status: Status, parts: readonly Bilingual[], consequence?: Bilingual): Bilingual {
  const head = STATUS_WORDS[status];
  const tail = consequence ? { en: ` — ${consequence.en}`, zh: `——${consequence.zh}` } : { en: '', zh: '' };
  return {
    en: `${head.en}: ${parts.map((p) => p.en).join('; ')}${tail.en}`,
    zh: `${head.zh}：${parts.map((p) => p.zh).join('；')}${tail.zh}`,
  };
}

/** The consequence to state for a combined status (P01 prescribes no sanction). */
export function consequenceOf(status: Status): Bilingual | undefined {
  if (status === 'breached') return NO_SANCTION;
  if (status === 'pending' || status === 'at-risk') {
    return { en: 'still open, to be completed by the due time', zh: '尚未到期，须在截止前完成' };
  }
  return undefined;
}

/** The least count out of `total` whose share reaches `min` (0.07 × 100 is 7, not the float's 8 after ceil). */
export function leastCount(min: number, total: number): number {
  let n = Math.ceil(min * total);
  while (n > 0 && (n - 1) / total >= min) n -= 1;
  while (n < total && n / total < min) n += 1;
  return n;
}
