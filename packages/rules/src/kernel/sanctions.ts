/**
 * Sanctions a rule can prescribe. Amounts are yuan (two decimals at most); points are signed
 * (a deduction is negative). Each carries the clause it comes from.
 */

type MoneySanctionType = 'fine' | 'wage-deduction' | 'charge';
type MarkSanctionType =
  | 'warning'
  | 'minor-demerit'
  | 'major-demerit'
  | 'dismissal'
  | 'deemed-resignation'
  | 'legal-referral';

export type Sanction =
  | { readonly type: MoneySanctionType; readonly amount: number; readonly clause: string; readonly note?: string }
  | {
      readonly type: 'bonus-deduction';
      /** Yuan, when the amount is known. */
      readonly amount?: number;
      /** Share of the monthly performance bonus (0–1), when the bonus is not given. */
      readonly share?: number;
      readonly clause: string;
      readonly note?: string;
    }
  | { readonly type: 'points'; readonly points: number; readonly clause: string; readonly note?: string }
  | { readonly type: MarkSanctionType; readonly clause: string; readonly count?: number; readonly note?: string };

export type SanctionType = Sanction['type'];

export const sanctionTypes: readonly SanctionType[] = [
  'fine',
  'wage-deduction',
  'bonus-deduction',
  'points',
  'warning',
  'minor-demerit',
  'major-demerit',
  'dismissal',
  'deemed-resignation',
  'legal-referral',
  'charge',
];

const NAMES: Readonly<Record<SanctionType, { en: string; zh: string }>> = {
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

/** "fine 100.00 yuan; −1 points" / "罚款100.00元；扣1分" for explanations. */
export function describeSanctions(sanctions: readonly Sanction[]): { en: string; zh: string } {
  if (sanctions.length === 0) return { en: 'no sanction', zh: '无处罚' };
  const en: string[] = [];
  const zh: string[] = [];
  for (const s of sanctions) {
    const name = NAMES[s.type];
    if (s.type === 'points') {
      en.push(`${s.points > 0 ? '+' : ''}${s.points} points`);
      zh.push(s.points < 0 ? `扣${-s.points}分` : `加${s.points}分`);
    } else if ('amount' in s && s.amount !== undefined) {
      en.push(`${name.en} ${s.amount.toFixed(2)} yuan`);
      zh.push(`${name.zh}${s.amount.toFixed(2)}元`);
    } else if (s.type === 'bonus-deduction' && s.share !== undefined) {
      en.push(`${name.en} ${Math.round(s.share * 10000) / 100}% of the monthly bonus`);
      zh.push(`${name.zh}（当月绩效奖金的${Math.round(s.share * 10000) / 100}%）`);
    } else {
      en.push(name.en);
      zh.push(name.zh);
    }
  }
  return { en: en.join('; '), zh: zh.join('；') };
}
