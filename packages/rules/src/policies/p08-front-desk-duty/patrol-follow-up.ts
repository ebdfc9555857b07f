/**
 * 4.13: 根據每天的巡視工作記錄，及時督促有關責任部門及時整改、辦理，并對處理結果進行跟進。
 * Each finding of the daily patrol record is sent to the responsible department for rectification, and its
 * result followed up (recorded). A finding with either missing is breached. How soon (及時) the seed leaves
 * open and is not judged here.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinList, withConsequence } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { NO_PENALTY } from './consequence.js';

const REQUEST: Bilingual = { en: 'a rectification request to the responsible department', zh: '督促责任部门整改' };
const RESULT: Bilingual = { en: 'the result followed up and recorded', zh: '跟进并记录处理结果' };

export const patrolFollowUp = defineRule({
  id: 'P08.patrol-follow-up',
  policy: 'P08',
  clause: '4.13',
  seedLines: [221, 221],
  kind: 'check',
  title: {
    en: 'Each patrol finding: the responsible department asked to rectify, and the result followed up',
    zh: '巡视发现的问题督促责任部门整改，并跟进处理结果',
  },
  facts: z
    .object({
      finding: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the finding (for the explanation)', zh: '发现的问题（用于说明）' }),
      rectificationRequested: z.boolean().meta({
        description: 'the responsible department was asked to rectify it',
        zh: '已督促责任部门整改',
      }),
      resultRecorded: z.boolean().meta({
        description: 'the result was followed up and recorded',
        zh: '已跟进并记录处理结果',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const what =
      f.finding === undefined
        ? { en: 'A patrol finding', zh: '巡视发现的问题' }
        : { en: `Patrol finding "${f.finding}"`, zh: `巡视发现的问题“${f.finding}”` };
    const missing = [...(f.rectificationRequested ? [] : [REQUEST]), ...(f.resultRecorded ? [] : [RESULT])];
    if (missing.length === 0) {
      return {
        status: 'met',
        explanation: {
          en: `${what.en}: rectification requested and the result recorded`,
          zh: `${what.zh}：已督促整改并记录结果`,
        },
      };
    }
    const owed = joinList(missing);
    return withConsequence(
      { status: 'breached', explanation: { en: `${what.en} without ${owed.en}`, zh: `${what.zh}未${owed.zh}` } },
      NO_PENALTY,
    );
  },
});
