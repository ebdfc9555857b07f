/**
 * 1.1.5: 排好的班次不可隨意改變或更換，如需要調整班次，需提前報告上級主管批準。如遇特殊情況而無法上崗，需提前報告
 * 上級主管，以便其重新布置安排工作。
 * Reading: a shift change (`kind: 'change'`) is approved by the supervisor no later than the changed shift
 * starts (`changeAt`); not coming (`kind: 'absence'`) is reported (`reportedAt`, else an approval) no later
 * than the shift starts. 提前 sets no length: `minLead` defaults to 0, inclusive. The at-risk window opens at
 * `requestedAt` when given, else `watchWindow` (1 day, not from the seed) before the due time.
 */
import * as z from 'zod';
import { instantDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, round2, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDuration } from '../../kernel/schemas.js';
import { MINUTE } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const shiftChange = defineRule({
  id: 'P14.shift-change',
  policy: 'P14',
  clause: '1.1.5',
  seedLines: [477, 477],
  kind: 'check',
  title: {
    en: 'Shift changes approved, absences reported, in advance',
    zh: '调班须提前经主管批准，无法上岗须提前报告',
  },
  facts: z
    .object({
      changeAt: instant.meta({
        description: 'when the changed (or missed) shift starts',
        zh: '变更（或缺勤）班次的开始时间',
      }),
      approvedAt: instant
        .optional()
        .meta({ description: 'when the supervisor approved the change', zh: '主管批准变更的时间' }),
      kind: z
        .enum(['change', 'absence'])
        .default('change')
        .meta({ description: 'a shift change, or not coming to a shift', zh: '调班，或不上班' }),
      reportedAt: instant
        .optional()
        .meta({ description: 'absence: when the supervisor was told', zh: '缺勤：告知主管的时间' }),
      requestedAt: instant.optional().meta({
        description: 'when the change was asked for (opens the at-risk window)',
        zh: '申请变更的时间（开启临近超时的时段）',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      minLead: isoDuration('PT0S', { min: 'PT0S', max: 'P30D' }).meta({
        description: 'approval at least this long before',
        zh: '至少提前多久批准',
      }),
      watchWindow: isoDuration('P1D', { min: 'PT1H', max: 'P30D' }).meta({
        description: 'without requestedAt, the at-risk window opens this long before the due time (not from the seed)',
        zh: '没有 requestedAt 时，临近超时的时段在期限前多久开始（非原文）',
      }),
    })
    .strict(),
  startOf: (f) => at(f.changeAt),
  evaluate(f, ctx) {
    const change = at(f.changeAt);
    const requested = atOpt(f.requestedAt);
    const approved = atOpt(f.approvedAt);
    const reported = atOpt(f.reportedAt);
    if (requested !== undefined) {
      notBefore(approved, requested, 'approvedAt', 'requestedAt');
      notBefore(reported, requested, 'reportedAt', 'requestedAt');
    }
    const absence = f.kind === 'absence';
    const done = absence ? (reported ?? approved) : approved;
    const lead = ctx.words.ms(ctx.params.minLead);
    const dueAt = change - lead;
    const shift = ctx.time.localText(change, ctx.zone);
    const leadText = ctx.words.duration(lead);
    const deadline = instantDeadline(dueAt, requested ?? dueAt - ctx.words.ms(ctx.params.watchWindow), {
      en: lead === 0 ? `no later than the shift at ${shift}` : `${leadText.en} before the shift at ${shift}`,
      zh: lead === 0 ? `班次（${shift}）开始前` : `班次（${shift}）开始前${leadText.zh}`,
    });
    const action = absence
      ? { en: 'report of the absence to the supervisor', zh: '向主管报告无法上岗' }
      : { en: "supervisor's approval of the change", zh: '主管批准调班' };
    const verdict = timedVerdict({
      deadline,
      doneAt: done,
      ctx,
      action,
      ...(done !== undefined && { measured: { value: round2((change - done) / MINUTE), unit: 'minute' as const } }),
      target: { value: round2(lead / MINUTE), unit: 'minute', comparator: '>=' },
    });
    return withConsequence(verdict, NO_PENALTY);
  },
});
