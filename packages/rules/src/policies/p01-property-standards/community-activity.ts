/**
 * 社區文化 2: 按社區文化方案或經確認后的改進方案組織實施。
 * 社區文化 4: 有效果評估。
 * Each community-culture activity held is one of the year's plan (or of the improved plan once confirmed),
 * and its effect is evaluated. Judged per activity: whether every planned activity was held is not (the
 * plan's list of activities is not in the log).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';

export const communityActivity = defineRule({
  id: 'P01.community-activity',
  policy: 'P01',
  clause: '社區文化 2,4',
  seedLines: [33, 35],
  kind: 'check',
  title: {
    en: 'A community-culture activity follows the plan and has its effect evaluated',
    zh: '社区文化活动按方案实施并有效果评估',
  },
  facts: z
    .object({
      inPlan: z.boolean().meta({
        description: "the activity is one of the year's plan, or of the improved plan once confirmed (社區文化 2)",
        zh: '该活动属于年度社区文化方案或经确认后的改进方案（社区文化 2）',
      }),
      evaluated: z.boolean().meta({
        description: "the activity's effect was evaluated (有效果評估, 社區文化 4)",
        zh: '已对活动进行效果评估（有效果评估，社区文化 4）',
      }),
      activity: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the activity (for the explanation)', zh: '活动名称（用于说明）' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const name =
      f.activity === undefined
        ? { en: 'The activity', zh: '该活动' }
        : { en: `The activity ${f.activity}`, zh: `活动“${f.activity}”` };
    const conditions: Condition[] = [
      { ok: f.inPlan, fault: { en: 'in the plan or the confirmed improved plan', zh: '按方案或经确认的改进方案实施' } },
      { ok: f.evaluated, fault: { en: 'its effect evaluated', zh: '效果评估' } },
    ];
    return faultsVerdict(conditions, {
      met: {
        en: `${name.en} follows the plan and its effect was evaluated`,
        zh: `${name.zh}按方案实施，并有效果评估`,
      },
      breached: (faults) => ({
        en: `${name.en} lacks: ${faults.map((x) => x.en).join(', ')} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${name.zh}缺少：${faults.map((x) => x.zh).join('、')}（${NO_SANCTION_TO_CORRECT.zh}）`,
      }),
    });
  },
});
