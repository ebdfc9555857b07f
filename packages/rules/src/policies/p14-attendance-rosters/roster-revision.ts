/**
 * 1.1.7: 排班表如經修改，需通知并重新復印給相關部門及人員，并將舊表收回。
 * A revised roster: the people concerned are told, the new roster is copied again to the departments and
 * people concerned, and the old copies are taken back. All three are checked on the revision's record.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';
import { yearMonth } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const rosterRevision = defineRule({
  id: 'P14.roster-revision',
  policy: 'P14',
  clause: '1.1.7',
  seedLines: [479, 479],
  kind: 'check',
  title: {
    en: 'A revised roster: notice, copies re-issued, the old ones recalled',
    zh: '排班表修改后通知、重新复印发放并收回旧表',
  },
  facts: z
    .object({
      month: yearMonth.optional().meta({
        description: 'the month of the roster revised (for the explanation)',
        zh: '被修改排班表的月份（用于说明）',
      }),
      notified: z.boolean().meta({
        description: 'the departments and people concerned were told of the revision (需通知)',
        zh: '已通知相关部门及人员（需通知）',
      }),
      reissued: z.boolean().meta({
        description: 'the revised roster was copied again to the departments and people concerned (重新復印)',
        zh: '修改后的排班表已重新复印给相关部门及人员（重新复印）',
      }),
      oldRecalled: z.boolean().meta({
        description: 'the old roster copies were taken back (將舊表收回)',
        zh: '旧排班表已收回（将旧表收回）',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const conditions: Condition[] = [
      { ok: f.notified, fault: { en: 'notice of the revision', zh: '通知修改' } },
      { ok: f.reissued, fault: { en: 'the revised roster re-issued', zh: '重新复印发放' } },
      { ok: f.oldRecalled, fault: { en: 'the old copies recalled', zh: '收回旧表' } },
    ];
    const which = f.month === undefined ? { en: 'The', zh: '' } : { en: `The ${f.month}`, zh: `${f.month}的` };
    return faultsVerdict(conditions, {
      met: {
        en: `${which.en} roster's revision was notified, re-issued and the old copies recalled`,
        zh: `${which.zh}排班表修改后已通知、重新复印发放并收回旧表`,
      },
      breached: (faults) => ({
        en: `${which.en} roster was revised without ${faults.map((x) => x.en).join(', ')}: ${NO_PENALTY.en}`,
        zh: `${which.zh}排班表修改后未${faults.map((x) => x.zh).join('、')}：${NO_PENALTY.zh}`,
      }),
    });
  },
});
