/**
 * 應急方案: 遇緊急叫修通知，維修技術人員都不在公司時，可經部門經理同意，派外協廠家或其他部門人員協助。
 * Read: sending an external partner or another department's staff is allowed only when all three hold: the call is
 * urgent, no repair technician is in the office (`maxTechniciansIn`, default 0), and the department manager agreed.
 * Sending the division's own technician is the ordinary case and not governed here.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinClauses, onBreach } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';

const SENT: Readonly<Record<'external-partner' | 'other-department' | 'technician', Bilingual>> = {
  'external-partner': { en: 'an external partner', zh: '外协厂家' },
  'other-department': { en: "another department's staff", zh: '其他部门人员' },
  technician: { en: 'a repair technician', zh: '本部门维修技术人员' },
};

export const emergencyDispatch = defineRule({
  id: 'P03.emergency-dispatch',
  policy: 'P03',
  clause: '應急方案',
  seedLines: [110, 112],
  kind: 'check',
  title: {
    en: 'Outside help is sent only with the manager’s approval when no technician is in',
    zh: '技术人员均不在时经部门经理同意方可派外协或他部门人员',
  },
  facts: z
    .object({
      techniciansAvailable: count.meta({
        description: 'repair technicians in the office when the call came',
        zh: '来电时在公司的维修技术员人数',
      }),
      managerApproved: z
        .boolean()
        .meta({ description: 'the department manager agreed to the dispatch', zh: '部门经理已同意派遣' }),
      sent: z.enum(['external-partner', 'other-department', 'technician']).default('external-partner').meta({
        description: 'who was sent; a technician of the division: not applicable',
        zh: '派遣的人员；事业部的技术员：不适用',
      }),
      urgent: z
        .boolean()
        .default(true)
        .meta({ description: 'an urgent repair call (緊急叫修通知)', zh: '紧急叫修（紧急叫修通知）' }),
    })
    .strict(),
  params: z
    .object({
      maxTechniciansIn: count.max(50).default(0).meta({
        description: 'outside help is allowed when at most this many technicians are in (seed: none, 都不在公司)',
        zh: '在公司的技术员不超过此数时允许外派他人（原文未给数字，都不在公司）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const who = SENT[f.sent];
    if (f.sent === 'technician') {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'A repair technician of the division was sent: the emergency plan does not apply',
          zh: '派出本部门维修技术人员，不适用应急方案',
        },
      };
    }
    const max = ctx.params.maxTechniciansIn;
    const measured = { value: f.techniciansAvailable, unit: 'count' as const };
    const target = { value: max, unit: 'count' as const, comparator: '<=' as const };
    const failures: Bilingual[] = [];
    if (!f.urgent) failures.push({ en: 'the call was not urgent', zh: '并非紧急叫修' });
    if (f.techniciansAvailable > max) {
      failures.push({
        en: `${f.techniciansAvailable} technician(s) were in (allowed at most ${max})`,
        zh: `有${f.techniciansAvailable}名技术人员在公司（最多允许${max}名）`,
      });
    }
    if (!f.managerApproved) failures.push({ en: 'the department manager did not agree', zh: '未经部门经理同意' });
    if (failures.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Sending ${who.en} was allowed: an urgent call, ${f.techniciansAvailable} technician(s) in (at most ${max}), approved by the department manager`,
          zh: `紧急叫修，在公司技术人员${f.techniciansAvailable}名（最多${max}名），经部门经理同意，可派${who.zh}协助`,
        },
      };
    }
    return onBreach({
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `Sending ${who.en} was not allowed: ${joinClauses(failures).en}`,
        zh: `不得派${who.zh}协助：${joinClauses(failures).zh}`,
      },
    });
  },
});
