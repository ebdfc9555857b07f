/**
 * 2: 前臺電話不得外借他人員使用，每月電話費保持在部門定額標準內，超出的話費由前臺接待員承擔。
 * The ban of the clause's first half: the desk phone lent to anyone else is breached (P11 sets no penalty of
 * its own for it). The bill's overage is P11.phone-bill's, which also warns `phone-lent`.
 */
import * as z from 'zod';
import { banBreached, employeeFact } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { noPenalty } from '../../kernel/helpers.js';

const NO_PENALTY = noPenalty('P11', { en: 'the front-desk handover rules', zh: '前台交接班制度' });

export const phoneLending = defineRule({
  id: 'P11.phone-lending',
  policy: 'P11',
  clause: '2',
  seedLines: [358, 358],
  kind: 'check',
  title: { en: 'The desk phone is never lent to anyone else', zh: '前台电话不得外借他人使用' },
  facts: z
    .object({
      lentOut: z.boolean().meta({ description: 'the desk phone was lent to someone else', zh: '前台电话借给他人使用' }),
      employee: employeeFact,
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (!f.lentOut) {
      return {
        status: 'met',
        explanation: { en: 'The desk phone was not lent to anyone', zh: '前台电话未外借他人' },
      };
    }
    return banBreached(
      { en: 'The desk phone was lent to someone else', zh: '前台电话外借他人使用' },
      { en: '2 (the desk phone is not lent out)', zh: '2（前台电话不得外借）' },
      NO_PENALTY,
    );
  },
});
