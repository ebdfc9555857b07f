/**
 * 保密 (三)責任與處罰: 1、泄露客戶資料，客戶發展跟蹤記錄，來訪、來電記錄，交接記錄，工作日記簿內容，經發現給予相關責任者1000元/次罰款處理。
 * 2、泄露客戶資料秘密，給公司帶來嚴重後果或經濟損失，給予相關責任者10000--100000元罰款處理，予以除名，并視情節輕重提交相關執法部門處理。
 * 3、利用職權強制他人違反客服資料保密規定，給予相關責任者50000――150000元罰款處理，予以除名，并視情節輕重提交相關執法部門處理。
 * Readings: both ranged kinds say 「視情節輕重」, so referral is possible for both (the catalogue calls coercion's
 * certain; the seed's words are followed): flagged unless the fact `referral` records the decision. The amount of a
 * ranged kind is decided by the firm; outside its range it is refused. Without it, by default the range's minimum
 * is used with a warning (`missingAmount: 'refuse'` makes it an error naming `amount` instead).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact, refuse } from '../../kernel/errors.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { yuan } from '../../kernel/schemas.js';

export interface LeakValue {
  /** Yuan. */
  readonly fine: number;
  readonly dismissal: boolean;
  /** `possible` until the facts record the decision on referral. */
  readonly legalReferral: 'none' | 'possible' | 'decided';
  /** The fine range of a ranged kind, in yuan. */
  readonly range?: { readonly min: number; readonly max: number };
}

const KIND: Readonly<Record<'leak' | 'serious-leak' | 'coercion', Bilingual & { clause: string }>> = {
  leak: { en: 'A leak of customer-service records', zh: '泄露客服资料', clause: 'P10 保密(三)1' },
  'serious-leak': {
    en: 'A leak with serious consequences or loss',
    zh: '泄露客户资料秘密造成严重后果或经济损失',
    clause: 'P10 保密(三)2',
  },
  coercion: {
    en: 'Forcing others to breach secrecy by abuse of position',
    zh: '利用职权强制他人违反保密规定',
    clause: 'P10 保密(三)3',
  },
};

const amountYuan = yuan.max(10_000_000);

export const leak = defineRule({
  id: 'P10.leak',
  policy: 'P10',
  clause: '保密(三)',
  seedLines: [349, 352],
  kind: 'compute',
  title: { en: 'Penalties for a breach of secrecy', zh: '泄密的责任与处罚' },
  facts: z
    .object({
      kind: z
        .enum(['leak', 'serious-leak', 'coercion'])
        .meta({ description: 'which clause of 保密(三) the breach falls under', zh: '违规属于保密（三）的哪一款' }),
      amount: yuan.optional().meta({
        description: 'the fine decided, in yuan (ranged kinds; a plain leak is fixed)',
        zh: '决定的罚款金额（元）（有幅度的种类；一般泄露为定额）',
      }),
      count: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .default(1)
        .meta({ description: 'times leaked (a plain leak is fined per time)', zh: '泄露次数（一般泄露按次罚款）' }),
      referral: z.boolean().optional().meta({
        description: 'whether the case is referred to the authorities, once decided (ranged kinds only)',
        zh: '一经决定，案件是否移送有关部门（仅有幅度的种类）',
      }),
    })
    .strict(),
  params: z
    .object({
      leakFine: amountYuan.default(1000).meta({ description: 'fine per plain leak', zh: '一般泄露每次的罚款' }),
      seriousMin: amountYuan.default(10_000),
      seriousMax: amountYuan.default(100_000),
      coercionMin: amountYuan.default(50_000),
      coercionMax: amountYuan.default(150_000),
      missingAmount: z.enum(['minimum', 'refuse']).default('minimum').meta({
        description: "a ranged kind without an amount: the range's minimum with a warning, or an error",
        zh: '有幅度的种类未给金额时：取幅度下限并警告，或报错',
      }),
    })
    .strict()
    .refine((p) => p.seriousMin <= p.seriousMax, { message: 'must not exceed seriousMax', path: ['seriousMin'] })
    .refine((p) => p.coercionMin <= p.coercionMax, { message: 'must not exceed coercionMax', path: ['coercionMin'] }),
  evaluate(f, ctx) {
    const p = ctx.params;
    const kind = KIND[f.kind];
    const warnings: Warning[] = [];
    if (f.kind === 'leak') {
      if (f.referral !== undefined) throw badFact(['referral'], 'a plain leak carries no referral; use serious-leak');
      const fineFen = yuanToFen(p.leakFine) * f.count;
      if (f.amount !== undefined && yuanToFen(f.amount) !== fineFen) {
        throw refuse(`the fine for a plain leak is fixed at ${ctx.words.yuan(fenToYuan(fineFen)).en}`, ['amount']);
      }
      const fine = fenToYuan(fineFen);
      const value: LeakValue = { fine, dismissal: false, legalReferral: 'none' };
      return {
        value,
        sanctions: [{ type: 'fine', amount: fine, clause: kind.clause, note: `${f.count} × ${p.leakFine}` }],
        explanation: {
          en: `${kind.en}, ${f.count} time(s) at ${ctx.words.yuan(p.leakFine).en} each: a fine of ${ctx.words.yuan(fine).en}`,
          zh: `${kind.zh}${f.count}次，每次${ctx.words.yuan(p.leakFine).zh}：罚款${ctx.words.yuan(fine).zh}`,
        },
      };
    }
    if (f.count !== 1) throw badFact(['count'], 'only a plain leak is fined per time; give the decided amount');
    const [min, max] = f.kind === 'serious-leak' ? [p.seriousMin, p.seriousMax] : [p.coercionMin, p.coercionMax];
    const range = `${ctx.words.yuan(min).en}–${ctx.words.yuan(max).en}`;
    const rangeZh = `${ctx.words.yuan(min).zh}至${ctx.words.yuan(max).zh}`;
    let fine: number;
    if (f.amount === undefined) {
      if (p.missingAmount === 'refuse') throw refuse(`an amount within ${range} is required for ${f.kind}`, ['amount']);
      fine = min;
      warnings.push({
        code: 'amount-not-decided',
        en: `no amount given: the range's minimum ${ctx.words.yuan(min).en} is used; the firm decides within ${range}`,
        zh: `未给出罚款金额：暂按下限${ctx.words.yuan(min).zh}计，由公司在${rangeZh}内确定`,
      });
    } else {
      if (f.amount < min || f.amount > max) {
        throw refuse(`${ctx.words.yuan(f.amount).en} is outside ${range} for ${f.kind}`, ['amount']);
      }
      fine = f.amount;
    }
    const sanctions: Sanction[] = [
      { type: 'fine', amount: fine, clause: kind.clause },
      { type: 'dismissal', clause: kind.clause },
    ];
    let legalReferral: LeakValue['legalReferral'] = 'possible';
    let referral: Bilingual;
    if (f.referral === undefined) {
      sanctions.push({ type: 'legal-referral', clause: kind.clause, note: 'possible, by severity (視情節輕重)' });
      warnings.push({
        code: 'referral-possible',
        en: 'referral to the authorities depends on the severity (視情節輕重): it is possible, not yet decided',
        zh: '是否移送执法部门视情节轻重而定：尚未决定',
      });
      referral = { en: 'possible referral to the authorities, by severity', zh: '视情节轻重移送执法部门' };
    } else if (f.referral) {
      legalReferral = 'decided';
      sanctions.push({ type: 'legal-referral', clause: kind.clause });
      referral = { en: 'referral to the authorities', zh: '移送执法部门处理' };
    } else {
      legalReferral = 'none';
      referral = { en: 'no referral (decided on severity)', zh: '经视情节不移送执法部门' };
    }
    const value: LeakValue = { fine, dismissal: true, legalReferral, range: { min, max } };
    return {
      value,
      sanctions,
      warnings,
      explanation: {
        en: `${kind.en}: a fine of ${ctx.words.yuan(fine).en} (range ${range}), dismissal and ${referral.en}`,
        zh: `${kind.zh}：罚款${ctx.words.yuan(fine).zh}（幅度${rangeZh}），予以除名，${referral.zh}`,
      },
    };
  },
});
