/**
 * 1.3: …工作中要互相合作，嚴于律己，正確處理當班所發生的各類事宜，并做好記錄與報告。
 * Read: each matter that happens on a shift is written down (記錄) and reported (報告) — to the one the role
 * answers to (P04.escalation computes who). Both are asked; a matter missing either is breached, naming it.
 * Whether it was handled "correctly" (正確處理) is a judgement of the matter, not of a record: not judged here.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const shiftMatter = defineRule({
  id: 'P04.shift-matter',
  policy: 'P04',
  clause: '1.3',
  seedLines: [119, 119],
  kind: 'check',
  title: { en: "A shift's matters recorded and reported", zh: '当班所发生的事宜做好记录与报告' },
  facts: z
    .object({
      recorded: z.boolean().meta({ description: 'the matter was written down (記錄)', zh: '该事宜已记录' }),
      reported: z.boolean().meta({ description: 'the matter was reported up (報告)', zh: '该事宜已报告' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.recorded && f.reported) {
      return {
        status: 'met',
        explanation: { en: 'The shift’s matter was recorded and reported', zh: '当班事宜已记录并报告' },
      };
    }
    const missing = [
      ...(f.recorded ? [] : [{ en: 'not recorded', zh: '未记录' }]),
      ...(f.reported ? [] : [{ en: 'not reported', zh: '未报告' }]),
    ];
    return {
      status: 'breached',
      explanation: {
        en: `A matter of the shift was ${missing.map((m) => m.en).join(' and ')} (1.3: 做好記錄與報告) (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `当班事宜${missing.map((m) => m.zh).join('、')}（1.3：做好记录与报告）（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
