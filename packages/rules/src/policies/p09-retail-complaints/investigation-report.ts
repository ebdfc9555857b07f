/**
 * 第十七條: 調查報告內容包括發生原因、具體經過、具體責任者、結論、對策和防范措施。
 * The 投訴調查報告 of 第十一條 gives six items; a report that leaves one blank is incomplete.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { itemsVerdict } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';

const FIELDS = ['cause', 'course', 'responsible', 'conclusion', 'countermeasures', 'prevention'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  cause: { en: 'cause', zh: '发生原因' },
  course: { en: 'course of events', zh: '具体经过' },
  responsible: { en: 'person responsible', zh: '具体责任者' },
  conclusion: { en: 'conclusion', zh: '结论' },
  countermeasures: { en: 'countermeasures', zh: '对策' },
  prevention: { en: 'prevention', zh: '防范措施' },
};

// Optional text fields, so a report with a gap is judged (breached) rather than rejected; blank counts as missing.
const text = z.string().max(10_000).optional();

export const investigationReport = defineRule({
  id: 'P09.investigation-report',
  policy: 'P09',
  clause: '第十七條',
  seedLines: [247, 247],
  kind: 'check',
  title: { en: 'A complaint investigation report gives its six items', zh: '投诉调查报告载明六项内容' },
  facts: z
    .object({
      cause: text.meta({ description: 'how it came about (發生原因)', zh: '发生原因' }),
      course: text.meta({ description: 'what happened, step by step (具體經過)', zh: '具体经过' }),
      responsible: text.meta({
        description: 'who is responsible, by name or unit (具體責任者)',
        zh: '具体责任者（人员或单位）',
      }),
      conclusion: text.meta({ description: 'the conclusion (結論)', zh: '结论' }),
      countermeasures: text.meta({ description: 'the countermeasures (對策)', zh: '对策' }),
      prevention: text.meta({ description: 'how a recurrence is prevented (防范措施)', zh: '防范措施' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    return itemsVerdict(f, FIELDS, NAMES, {
      met: (total) => ({
        en: `The investigation report gives all ${total} required items`,
        zh: `调查报告已载明全部${total}项内容`,
      }),
      breached: (given, total, missing) => ({
        en: `The investigation report gives ${given} of ${total} required items; missing: ${missing.en}; it must be completed`,
        zh: `调查报告仅载明${given}/${total}项，缺少：${missing.zh}，须补全`,
      }),
    });
  },
});
