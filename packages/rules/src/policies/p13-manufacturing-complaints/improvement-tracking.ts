/**
 * 第九條(六): 判定發生單位，若屬我方質量問題應另擬定處理方式，改善方法是否需列入追蹤（人為疏忽免列案追蹤）作明確的
 * 判定，…
 * Once the unit at fault is found, whether the improvement is listed for tracking is decided explicitly —
 * except for human negligence, which is exempt (免列案追蹤). The class is P13.classify's (第五條), with the same
 * list of human-factor causes: a quality case needs a recorded decision (`tracking`), a human-negligence case
 * needs none. The loss and penalty amounts of the same item need annexes the seed lacks and are not judged.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { noPenalty } from '../../kernel/helpers.js';
import { COMPLAINT_CAUSES, complaintCause, HUMAN_FACTORS } from './classify.js';

const CONSEQUENCE = noPenalty('P13', { en: '第九條(六)', zh: '第九條(六)' }, true);

export const improvementTracking = defineRule({
  id: 'P13.improvement-tracking',
  policy: 'P13',
  clause: '第九條(六)',
  seedLines: [435, 435],
  kind: 'check',
  title: {
    en: 'Whether a quality complaint’s improvement is tracked is decided explicitly (human negligence exempt)',
    zh: '质量客诉须明确判定改善方法是否列入追踪（人为疏忽免列案追踪）',
  },
  facts: z
    .object({
      cause: complaintCause.meta({ description: 'the cause found for the complaint', zh: '查明的投诉原因' }),
      tracking: z.enum(['tracked', 'not-tracked']).optional().meta({
        description: 'the decision recorded: the improvement listed for tracking, or not',
        zh: '记录的判定：改善方法列入追踪或不列入',
      }),
    })
    .strict(),
  params: z
    .object({
      humanFactorCauses: z
        .array(complaintCause)
        .max(COMPLAINT_CAUSES.length)
        .default([...HUMAN_FACTORS])
        .meta({
          description: 'causes counted as human negligence, exempt from tracking (as P13.classify counts them)',
          zh: '算作人为疏忽、免列案追踪的原因（与 P13.classify 相同）',
        }),
    })
    .strict(),
  evaluate(f, ctx) {
    if (ctx.params.humanFactorCauses.includes(f.cause)) {
      return {
        status: 'not-applicable',
        explanation: {
          en: `The cause "${f.cause}" is human negligence: exempt from improvement tracking, no decision owed`,
          zh: `原因“${f.cause}”属人为疏忽，免列案追踪，无须判定`,
        },
      };
    }
    if (f.tracking !== undefined) {
      const listed = f.tracking === 'tracked';
      return {
        status: 'met',
        explanation: {
          en: `The quality complaint (cause "${f.cause}") was decided: improvement ${listed ? 'listed for tracking' : 'not tracked'}`,
          zh: `质量客诉（原因“${f.cause}”）已明确判定：改善方法${listed ? '列入追踪' : '不列入追踪'}`,
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `The quality complaint (cause "${f.cause}") has no decision whether its improvement is tracked: ${CONSEQUENCE.en}`,
        zh: `质量客诉（原因“${f.cause}”）未明确判定改善方法是否列入追踪：${CONSEQUENCE.zh}`,
      },
    };
  },
});
