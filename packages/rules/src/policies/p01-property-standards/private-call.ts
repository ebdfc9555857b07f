/**
 * 行為 9: 上班期間不接打私人電話。
 * A private call made or taken at work is breached whatever its length (P12.phone-use judges only the length
 * of calls); a work call is met.
 */
import * as z from 'zod';
import { banBreached, employeeFact } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const privateCall = defineRule({
  id: 'P01.private-call',
  policy: 'P01',
  clause: '行為 9',
  seedLines: [29, 29],
  kind: 'check',
  title: { en: 'No private calls at work, of any length', zh: '上班期间不接打私人电话' },
  facts: z
    .object({
      private: z.boolean().meta({
        description: 'the call was private, not work (any length)',
        zh: '该通电话为私人电话而非工作电话（不论时长）',
      }),
      employee: employeeFact,
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (!f.private) {
      return { status: 'met', explanation: { en: 'A work call', zh: '工作电话' } };
    }
    return banBreached(
      { en: 'A private call was made or taken', zh: '接打私人电话' },
      { en: '行為 9 (no private calls at work)', zh: '行为9（上班期间不接打私人电话）' },
      NO_SANCTION_TO_CORRECT,
    );
  },
});
