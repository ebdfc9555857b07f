/**
 * 第五條: 客訴處理作業依客訴異常原因的不同區分為: (一)非質量異常客訴發生原因(指人為因素造成)。(二)質量異常客訴發生原因。
 * 第九條(六): …改善方法是否需列入追蹤(人為疏忽免列案追蹤)作明確的判定…
 * The seed names two classes only; the causes below are the reading chosen (human factors such as a wrong
 * shipment are non-quality; defects of the product itself are quality), and the list of human-factor causes
 * is a parameter. A non-quality (human negligence) case is exempt from improvement tracking; for a quality
 * case whether to track is a judgement the policy leaves to the handler.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';

/** The causes a complaint can be found to have (shared with P13.improvement-tracking). */
export const COMPLAINT_CAUSES = [
  'human-error',
  'wrong-item-shipped',
  'wrong-quantity',
  'wrong-documents',
  'handling-damage',
  'late-delivery',
  'quality-defect',
  'material',
  'process',
  'workmanship',
  'design',
  'out-of-specification',
] as const;

export const complaintCause = z.enum(COMPLAINT_CAUSES);

/** The causes read as human factors (非質量異常, 人為疏忽) by default. */
export const HUMAN_FACTORS = [
  'human-error',
  'wrong-item-shipped',
  'wrong-quantity',
  'wrong-documents',
  'handling-damage',
  'late-delivery',
] as const;

export interface Classification {
  readonly category: 'quality' | 'non-quality';
  /** Human negligence is exempt from improvement tracking (人為疏忽免列案追蹤). */
  readonly trackingExempt: boolean;
}

export const classify = defineRule({
  id: 'P13.classify',
  policy: 'P13',
  clause: '第五條',
  seedLines: [399, 402],
  kind: 'compute',
  title: { en: 'Quality or non-quality (human error) complaint', zh: '客诉分类：质量异常或非质量异常（人为因素）' },
  facts: z
    .object({
      cause: complaintCause.meta({ description: 'the cause found for the complaint', zh: '查明的投诉原因' }),
    })
    .strict(),
  params: z
    .object({
      humanFactorCauses: z
        .array(complaintCause)
        .max(12)
        .default([...HUMAN_FACTORS])
        .meta({
          description: 'causes counted as human factors (非質量異常); every other cause is a quality complaint',
          zh: '算作人为因素的原因（非质量异常）；其余原因均为质量投诉',
        }),
    })
    .strict(),
  evaluate(f, ctx) {
    const human = ctx.params.humanFactorCauses.includes(f.cause);
    const value: Classification = human
      ? { category: 'non-quality', trackingExempt: true }
      : { category: 'quality', trackingExempt: false };
    return {
      value,
      explanation: human
        ? {
            en: `The cause "${f.cause}" is a human factor, so this is a non-quality complaint, exempt from improvement tracking`,
            zh: `原因“${f.cause}”属人为因素，为非质量异常客诉，免列案追踪`,
          }
        : {
            en: `The cause "${f.cause}" lies in the product, so this is a quality complaint; whether to track its improvement must be decided`,
            zh: `原因“${f.cause}”属产品本身，为质量异常客诉，须判定改善方法是否列入追踪`,
          },
    };
  },
});
