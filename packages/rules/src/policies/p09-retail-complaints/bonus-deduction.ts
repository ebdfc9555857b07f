/**
 * 第二十一條 3: 客戶投訴罰扣最高金額以全月績效獎金50%為準，該月份超過50%以上者逐月分期罰扣。
 * Each month deducts the lesser of what is still owed and its cap; the rest carries to the next month, capped again.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { yuan } from '../../kernel/schemas.js';
import { capFen, capShare } from './bonus-cap.js';

export interface BonusDeductionValue {
  /** Yuan deducted in each month given, in order. */
  readonly schedule: readonly number[];
  /** Yuan still owed after the months given. */
  readonly remaining: number;
}

const SHOWN = 12;

export const bonusDeduction = defineRule({
  id: 'P09.bonus-deduction',
  policy: 'P09',
  clause: '第二十一條 3',
  seedLines: [251, 251],
  kind: 'compute',
  title: { en: 'Complaint deductions capped at 50% of a month’s bonus', zh: '客诉罚扣每月以绩效奖金50%为限，逐月分期' },
  facts: z
    .object({
      owed: yuan.meta({
        description: 'the complaint deduction owed, in yuan (e.g. from P09.loss-share)',
        zh: '应扣的投诉扣款（元）（例如来自 P09.loss-share）',
      }),
      monthlyBonus: z.array(yuan).max(600).meta({
        description: 'the performance bonus of each month, in order, starting with the month the deduction begins',
        zh: '各月的绩效奖金，按顺序，从开始扣款的月份起',
      }),
    })
    .strict(),
  params: z
    .object({
      capShare: capShare.default(0.5).meta({
        description: "share of a month's performance bonus that may be deducted",
        zh: '每月绩效奖金中可扣除的比例',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const share = ctx.params.capShare;
    let remainingFen = yuanToFen(f.owed);
    const scheduleFen = f.monthlyBonus.map((bonus) => {
      const take = Math.min(remainingFen, capFen(yuanToFen(bonus), share));
      remainingFen -= take;
      return take;
    });
    const schedule = scheduleFen.map(fenToYuan);
    const remaining = fenToYuan(remainingFen);
    const sanctions: Sanction[] = schedule.flatMap((amount, i) =>
      amount > 0
        ? [{ type: 'bonus-deduction' as const, amount, clause: 'P09 第二十一條 3', note: `month ${i + 1}` }]
        : [],
    );
    const pct = Math.round(share * 10_000) / 100;
    const owed = ctx.words.yuan(f.owed);
    const left = ctx.words.yuan(remaining);
    const list = schedule.slice(0, SHOWN).map((a) => a.toFixed(2));
    const more = schedule.length > SHOWN ? ', …' : '';
    const months = f.monthlyBonus.length;
    const tail =
      remainingFen > 0
        ? {
            en: `${left.en} is still owed and carries into the following months`,
            zh: `尚欠${left.zh}，顺延至以后月份罚扣`,
          }
        : { en: 'nothing remains owed', zh: '已全部扣清' };
    return {
      value: { schedule, remaining } satisfies BonusDeductionValue,
      sanctions,
      explanation: {
        en: `Of ${owed.en} owed, at most ${pct}% of each month's bonus is deducted: [${list.join(', ')}${more}] over ${months} month(s); ${tail.en}`,
        zh: `应扣${owed.zh}，每月最多扣当月绩效奖金的${pct}%：${months}个月依次扣[${list.join('、')}${more}]元；${tail.zh}`,
      },
    };
  },
});
