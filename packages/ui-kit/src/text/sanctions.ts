/** Sanctions in plain text (no Ink): the lines the `SanctionList` component prints. */
import { formatMoney } from './numbers.js';

/** One sanction, structurally compatible with the rule engine's sanctions. */
export type SanctionItem = {
  /** Sanction kind, e.g. `'fine'`, `'points'`, `'warning'`; unknown kinds are shown as given. */
  readonly type: string;
  /** Amount in yuan. */
  readonly amount?: number;
  /** Signed points (a deduction is negative). */
  readonly points?: number;
  /** Share (0–1) of something, e.g. of the monthly bonus; shown as a percentage. */
  readonly share?: number;
  /** How many times the sanction applies (e.g. two warnings); shown when above 1. */
  readonly count?: number;
  /** The policy clause the sanction comes from, e.g. `'P10 (五)1'`. */
  readonly clause?: string;
};

/** Display language of sanctions. */
export type SanctionLang = 'en' | 'zh';

/** Options of {@link formatSanction}. */
export type FormatSanctionOptions = {
  /** Thousands separators in amounts (`1,000.00`); `false` prints `1000.00`. Defaults to `true`. */
  readonly grouping?: boolean;
};

/** Names of the known sanction types; other types are printed with hyphens turned into spaces. */
export const SANCTION_NAMES: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  fine: { en: 'fine', zh: '罚款' },
  'wage-deduction': { en: 'wage deduction', zh: '扣工资' },
  'bonus-deduction': { en: 'bonus deduction', zh: '扣绩效奖金' },
  points: { en: 'points', zh: '考绩分' },
  warning: { en: 'warning', zh: '警告' },
  'minor-demerit': { en: 'minor demerit', zh: '小过' },
  'major-demerit': { en: 'major demerit', zh: '大过' },
  dismissal: { en: 'dismissal', zh: '除名' },
  'deemed-resignation': { en: 'deemed resignation', zh: '自动离职' },
  'legal-referral': { en: 'referral to the authorities', zh: '移送司法机关' },
  charge: { en: 'charge', zh: '个人承担费用' },
};

/** `5` → `"+5"`, `-1` → `"−1"` (U+2212 minus sign), `0` → `"0"`. */
export function formatSignedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${-points}`;
  return '0';
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function percent(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

/**
 * One sanction as a line of text, e.g. `fine 100.00 yuan (P10 (五)1)`, `+5 points (P3 2)` or
 * `罚款 100.00 元（P10 (五)1）`. Non-finite numbers are left out.
 */
export function formatSanction(
  sanction: SanctionItem,
  lang: SanctionLang = 'en',
  options: FormatSanctionOptions = {},
): string {
  const known = SANCTION_NAMES[sanction.type];
  const name = known ? known[lang] : sanction.type.replace(/-/g, ' ');
  const { points, amount, share, count } = sanction;
  const pointsText = isFiniteNumber(points)
    ? `${formatSignedPoints(points)}${lang === 'zh' ? ' 分' : ' points'}`
    : undefined;
  // A points sanction reads "+5 points" in English ("考绩分 +5 分" in Chinese); others lead with their name.
  const leadWithPoints = sanction.type === 'points' && pointsText !== undefined && lang === 'en';
  const parts: string[] = leadWithPoints ? [pointsText] : [name];
  if (!leadWithPoints && pointsText !== undefined) parts.push(pointsText);
  if (isFiniteNumber(amount)) {
    parts.push(`${formatMoney(amount, options.grouping ?? true)} ${lang === 'zh' ? '元' : 'yuan'}`);
  }
  if (isFiniteNumber(share)) parts.push(percent(share));
  if (isFiniteNumber(count) && count > 1) parts.push(`×${count}`);
  const clause = sanction.clause?.trim();
  const text = parts.join(' ');
  if (!clause) return text;
  return lang === 'zh' ? `${text}（${clause}）` : `${text} (${clause})`;
}
