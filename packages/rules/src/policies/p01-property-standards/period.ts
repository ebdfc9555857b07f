/**
 * Helpers shared by P01's ratio and period rules: a count that must reach a share by the end of a period,
 * and P01's way of wording several obligations together (the kernel has the month, the percentage and the
 * worst of several statuses).
 */
import { type Deadline, judgeTimed } from '../../kernel/deadline.js';
import { joinClauses, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';

/**
 * Ratios are reported to four decimals so that 4.9% never shows as 5%. Given the ratio's `target`, a ratio
 * short of it (or of 1) never rounds up to it either: 19999 of 20000 is 0.9999, not a breached 1.
 */
export function round4(x: number, target?: number): number {
  return tenThousandths(x, target) / 10_000;
}

/** `share` in ten-thousandths, rounded, but kept below `target` and below 1 when it is below them. */
function tenThousandths(share: number, target: number | undefined): number {
  let units = Math.round(share * 10_000);
  for (const bound of target === undefined ? [1] : [target, 1]) {
    const boundUnits = Math.round(bound * 10_000);
    if (share < bound && units >= boundUnits) units = boundUnits - 1;
  }
  return units;
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

/**
 * A measured share as a percentage for an explanation (two decimals, as the kernel's `percentText`), except
 * that a share below its target, or below 100%, never rounds up to it: 19999 of 20000 reads 99.99%, not a
 * breached "100%; 100% required".
 */
export function shareText(share: number, min: number): string {
  return `${tenThousandths(share, min) / 100}%`;
}

/** The words for a combined status, to open an explanation. */
const STATUS_WORDS: Readonly<Record<Status, Bilingual>> = {
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
    en: `${head.en}: ${joinClauses(parts).en}${tail.en}`,
    zh: `${head.zh}：${joinClauses(parts).zh}${tail.zh}`,
  };
}

/** The consequence to state for a combined status (P01 prescribes no sanction). */
export function consequenceOf(status: Status): Bilingual | undefined {
  if (status === 'breached') return NO_SANCTION_TO_CORRECT;
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
