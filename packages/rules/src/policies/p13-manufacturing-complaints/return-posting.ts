/**
 * 第十三條(二)1: 實退量小于核定量或實退量大于核定量于必須比率(即以該客戶訂制時注明的「超量允收比率」，若客戶未注明時依本公司
 * 規定)以內時，應依「成品退貨單」的實退數量開立「傳票」辦理轉帳。
 * Post by the actual quantity when it is at most the approved quantity, or over it by no more than the
 * customer's over-delivery tolerance (else the firm's, default 0: the seed names none). Beyond that the
 * seed gives no posting: read as needing a new approval (cf. 第十三條(二)2 「得請示后」).
 * Quantities and shares are compared exactly, scaled to integers.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { share } from '../../kernel/schemas.js';

const SCALE = 10_000;

function fourDecimals(v: number): boolean {
  return Math.abs(Math.round(v * SCALE) - v * SCALE) < 1e-6;
}

const quantity = z.number().min(0).max(1e12).refine(fourDecimals, { message: 'at most four decimals' }).meta({
  description: 'a quantity (pieces, kilograms …) with at most four decimals',
  zh: '数量（件、千克……），最多四位小数',
});

const tolerance = share.refine(fourDecimals, { message: 'at most four decimals' });

const scaled = (v: number) => BigInt(Math.round(v * SCALE));

export interface ReturnPosting {
  readonly action: 'post-actual' | 'new-approval';
  /** The quantity to post, when it may be posted. */
  readonly postQuantity?: number;
  /** The approved quantity plus the tolerance: the most that may be posted without a new approval. */
  readonly limit: number;
  readonly tolerance: number;
  readonly toleranceFrom: 'customer' | 'firm';
}

export const returnPosting = defineRule({
  id: 'P13.return-posting',
  policy: 'P13',
  clause: '第十三條(二)',
  seedLines: [456, 457],
  kind: 'compute',
  title: {
    en: 'Posting a return: by the actual quantity, within tolerance',
    zh: '成品退货账务：实退量在允收比率内按实退量转账',
  },
  facts: z
    .object({
      approved: quantity.meta({
        description: 'the return quantity approved on the complaint form (核定量)',
        zh: '投诉单上核定的退货数量（核定量）',
      }),
      actual: quantity.meta({ description: 'the quantity actually returned (實退量)', zh: '实际退货数量（实退量）' }),
      tolerance: tolerance.optional().meta({
        description: "the customer's over-delivery tolerance (超量允收比率) as a share, e.g. 0.05",
        zh: '客户的超量允收比率，以比例表示，例如 0.05',
      }),
    })
    .strict(),
  params: z
    .object({
      firmTolerance: tolerance.default(0).meta({
        description: "the firm's own over-delivery tolerance, used when the customer gave none",
        zh: '本公司自己的超量允收比率，客户未给出时使用',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const fromCustomer = f.tolerance !== undefined;
    const tol = f.tolerance ?? ctx.params.firmTolerance;
    // actual ≤ approved × (1 + tol), exactly: actual·S·S ≤ approved·S · (S + tol·S)
    const limitScaled = scaled(f.approved) * (BigInt(SCALE) + scaled(tol));
    const within = scaled(f.actual) * BigInt(SCALE) <= limitScaled;
    const limit = Number(limitScaled) / SCALE / SCALE;
    const pct = `${Math.round(tol * 1_000_000) / 10_000}%`;
    const whose = fromCustomer ? { en: "the customer's", zh: '客户注明的' } : { en: "the firm's", zh: '本公司规定的' };
    const value: ReturnPosting = {
      action: within ? 'post-actual' : 'new-approval',
      ...(within && { postQuantity: f.actual }),
      limit,
      tolerance: tol,
      toleranceFrom: fromCustomer ? 'customer' : 'firm',
    };
    const measured = { value: f.actual, unit: 'item' as const };
    const target = { value: limit, unit: 'item' as const, comparator: '<=' as const };
    const compared = f.actual <= f.approved ? { en: 'at most', zh: '不超过' } : { en: 'over', zh: '超过' };
    if (within) {
      return {
        value,
        measured,
        target,
        explanation: {
          en: `Actual ${f.actual} is ${compared.en} the approved ${f.approved} and within ${whose.en} tolerance ${pct} (limit ${limit}): post the actual ${f.actual}`,
          zh: `实退量${f.actual}${compared.zh}核定量${f.approved}，在${whose.zh}超量允收比率${pct}以内（上限${limit}）：按实退量${f.actual}开立传票转账`,
        },
      };
    }
    return {
      value,
      measured,
      target,
      explanation: {
        en: `Actual ${f.actual} is over the approved ${f.approved} beyond ${whose.en} tolerance ${pct} (limit ${limit}): a new approval is needed before posting (the seed gives no posting beyond the tolerance)`,
        zh: `实退量${f.actual}超过核定量${f.approved}，超出${whose.zh}超量允收比率${pct}（上限${limit}）：须重新呈核后方可转账（原文未规定超出比率时的处理）`,
      },
    };
  },
});
