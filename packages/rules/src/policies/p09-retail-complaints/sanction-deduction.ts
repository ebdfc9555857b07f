/**
 * 第二十四條: 行政罰扣折算: 1、警告一次，罰扣績效獎金100%; 2、小過一次，以每基數罰扣績效獎金30%; 3、大過以上者，當月效益獎金全額罰扣。
 * Read (Ambiguities 1): the seed's 100% for a warning is kept as the default although it exceeds a minor demerit's 30%;
 * the result warns. Read (Ambiguities 2): these deductions do not count against the 50% cap of 第二十一條 3 unless
 * `sharesLossCap` is set; then the excess over what the cap leaves this month carries to later months.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { percentText } from '../../kernel/helpers.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { share, yuan } from '../../kernel/schemas.js';
import { capFen, capShare } from './bonus-cap.js';

export interface SanctionDeductionValue {
  /** Share of the month's performance bonus (0–1). */
  readonly share: number;
  /** Yuan deducted this month, when `monthlyBonus` is given. */
  readonly amount?: number;
  /** Yuan carried to later months because of the shared cap (only with `sharesLossCap`). */
  readonly carried?: number;
}

const NAMES = {
  warning: { en: 'A warning', zh: '警告' },
  'minor-demerit': { en: 'A minor demerit', zh: '小过' },
  'major-demerit': { en: 'A major demerit', zh: '大过' },
  dismissal: { en: 'Dismissal (worse than a major demerit)', zh: '除名（大过以上）' },
} as const;

const CLAUSE = 'P09 第二十四條';

export const sanctionDeduction = defineRule({
  id: 'P09.sanction-deduction',
  policy: 'P09',
  clause: '第二十四條',
  seedLines: [254, 254],
  kind: 'compute',
  title: { en: 'Administrative sanctions in bonus terms', zh: '行政处分折算罚扣绩效奖金' },
  facts: z
    .object({
      sanction: z
        .enum(['warning', 'minor-demerit', 'major-demerit', 'dismissal'])
        .meta({ description: 'the administrative sanction', zh: '行政处分' }),
      monthlyBonus: yuan.optional().meta({
        description: "the month's performance bonus in yuan; without it only the share is given",
        zh: '当月绩效奖金（元）；没有时只给出比例',
      }),
      bases: z
        .number()
        .int()
        .min(1)
        .max(100)
        .optional()
        .meta({ description: 'bases (基數) of a minor demerit; default 1', zh: '小过的基数；默认1' }),
      alreadyDeducted: yuan.optional().meta({
        description: "complaint-loss deductions already taken from this month's bonus (matters with sharesLossCap)",
        zh: '本月奖金中已扣的投诉损失扣款（sharesLossCap 时有用）',
      }),
    })
    .strict(),
  params: z
    .object({
      warningShare: share.default(1).meta({
        description: 'share of the bonus a warning costs (seed: 100%, sic)',
        zh: '警告扣除的奖金比例（原文：100%，照录）',
      }),
      minorDemeritShare: share
        .default(0.3)
        .meta({ description: 'share of the bonus per base of a minor demerit', zh: '小过每个基数扣除的奖金比例' }),
      majorDemeritShare: share
        .default(1)
        .meta({ description: 'share of the bonus a major demerit or worse costs', zh: '大过及以上扣除的奖金比例' }),
      sharesLossCap: z.boolean().default(false).meta({
        description: 'whether these deductions share the 50% cap of 第二十一條 3',
        zh: '这些扣款是否与第二十一条3共用50%的上限',
      }),
      capShare: capShare.default(0.5).meta({
        description: 'the cap of 第二十一條 3, used when sharesLossCap is set',
        zh: '第二十一条3的上限，设置 sharesLossCap 时使用',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const p = ctx.params;
    const warnings: Warning[] = [];
    const bases = f.bases ?? 1;
    if (f.bases !== undefined && f.sanction !== 'minor-demerit') {
      warnings.push({
        code: 'bases-ignored',
        en: 'bases apply only to a minor demerit and were ignored',
        zh: '基数仅适用于小过，已忽略',
      });
    }
    if (f.sanction === 'warning' && p.warningShare > p.minorDemeritShare) {
      warnings.push({
        code: 'warning-exceeds-minor-demerit',
        en: `The seed's warning costs ${percentText(p.warningShare)} of the bonus, more than a minor demerit's ${percentText(p.minorDemeritShare)} per base (Ambiguities 1); the seed's text is kept, an organisation may set its own share`,
        zh: `原文警告罚扣绩效奖金${percentText(p.warningShare)}，高于小过每基数${percentText(p.minorDemeritShare)}（歧义1）；默认保留原文，组织可另行设定`,
      });
    }
    // A minor demerit's share × bases (rounded to 6 decimals against float noise), at most the whole bonus.
    const raw =
      f.sanction === 'warning'
        ? p.warningShare
        : f.sanction === 'minor-demerit'
          ? Math.round(p.minorDemeritShare * bases * 1e6) / 1e6
          : p.majorDemeritShare;
    const shareOfBonus = Math.min(1, raw);
    if (raw > 1) {
      warnings.push({
        code: 'capped-at-bonus',
        en: `${bases} bases come to ${percentText(raw)}; no more than the whole bonus is deducted`,
        zh: `${bases}个基数合计${percentText(raw)}，最多扣除当月全部奖金`,
      });
    }
    const name = NAMES[f.sanction];
    const capReading: Bilingual = p.sharesLossCap
      ? { en: `counted against the ${percentText(p.capShare)} cap`, zh: `计入${percentText(p.capShare)}罚扣上限` }
      : {
          en: `not counted against the ${percentText(p.capShare)} complaint cap`,
          zh: `不计入客诉${percentText(p.capShare)}罚扣上限`,
        };
    if (f.monthlyBonus === undefined) {
      const value: SanctionDeductionValue = { share: shareOfBonus };
      return {
        value,
        warnings,
        sanctions: [{ type: 'bonus-deduction', share: shareOfBonus, clause: CLAUSE }],
        explanation: {
          en: `${name.en} costs ${percentText(shareOfBonus)} of the month's performance bonus (${capReading.en})`,
          zh: `${name.zh}：罚扣当月绩效奖金的${percentText(shareOfBonus)}（${capReading.zh}）`,
        },
      };
    }
    const bonusFen = yuanToFen(f.monthlyBonus);
    const alreadyFen = yuanToFen(f.alreadyDeducted ?? 0);
    if (alreadyFen > bonusFen) throw badFact(['alreadyDeducted'], "must not exceed the month's bonus");
    const dueFen = mulDivFen(bonusFen, shareOfBonus, 1);
    // Without the shared cap only the bonus itself limits the deduction: whatever earlier deductions left of it.
    const roomFen = p.sharesLossCap ? Math.max(0, capFen(bonusFen, p.capShare) - alreadyFen) : bonusFen - alreadyFen;
    const nowFen = Math.min(dueFen, roomFen);
    const carriedFen = dueFen - nowFen;
    const amount = fenToYuan(nowFen);
    const value: SanctionDeductionValue = { share: shareOfBonus, amount, carried: fenToYuan(carriedFen) };
    const sanctions: Sanction[] = amount > 0 ? [{ type: 'bonus-deduction', amount, clause: CLAUSE }] : [];
    const bonus = ctx.words.yuan(f.monthlyBonus);
    const now = ctx.words.yuan(amount);
    const carried = ctx.words.yuan(fenToYuan(carriedFen));
    const tail: Bilingual =
      carriedFen > 0
        ? { en: `; ${carried.en} carries into later months`, zh: `；其余${carried.zh}顺延以后月份` }
        : { en: '', zh: '' };
    return {
      value,
      warnings,
      sanctions,
      explanation: {
        en: `${name.en} costs ${percentText(shareOfBonus)} of a ${bonus.en} bonus: ${now.en} deducted this month (${capReading.en})${tail.en}`,
        zh: `${name.zh}：按当月绩效奖金${bonus.zh}的${percentText(shareOfBonus)}罚扣，本月扣${now.zh}（${capReading.zh}）${tail.zh}`,
      },
    };
  },
});
