/**
 * 1.6: 接待服務人員應堅持文明用語，做到無投訴、無違紀、無責任事故。
 * Read: judged over a period the caller names (a month, a review period); each count's ceiling is a parameter, 0 by
 * default as the seed's 無 ("none") says.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';

const KINDS = ['complaints', 'violations', 'accidents'] as const;
type Kind = (typeof KINDS)[number];

const NAMES: Readonly<Record<Kind, Bilingual>> = {
  complaints: { en: 'complaint(s)', zh: '投诉' },
  violations: { en: 'rule violation(s)', zh: '违纪' },
  accidents: { en: 'liability accident(s)', zh: '责任事故' },
};

const ceiling = (what: Bilingual) =>
  count
    .max(1000)
    .default(0)
    .meta({ description: `${what.en} allowed in the period (seed: none)`, zh: `期内允许的${what.zh}（原文：零）` });

export const zeroIncidents = defineRule({
  id: 'P04.zero-incidents',
  policy: 'P04',
  clause: '1.6',
  seedLines: [125, 125],
  kind: 'check',
  title: { en: 'No complaints, no violations, no liability accidents', zh: '无投诉、无违纪、无责任事故' },
  facts: z
    .object({
      complaints: count.meta({
        description: 'complaints against the receptionist in the period',
        zh: '期内针对该接待人员的投诉数',
      }),
      violations: count.meta({ description: 'breaches of discipline in the period', zh: '期内违反纪律的次数' }),
      accidents: count.meta({
        description: 'accidents the receptionist is liable for in the period',
        zh: '期内该接待人员负有责任的事故数',
      }),
      period: z.string().trim().min(1).max(40).optional().meta({
        description: 'the period judged, e.g. 2026-11 (for the explanation)',
        zh: '判断的期间，例如 2026-11（用于说明）',
      }),
    })
    .strict(),
  params: z
    .object({
      maxComplaints: ceiling({ en: 'complaints', zh: '投诉数' }),
      maxViolations: ceiling({ en: 'rule violations', zh: '违纪次数' }),
      maxAccidents: ceiling({ en: 'liability accidents', zh: '责任事故数' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const max: Readonly<Record<Kind, number>> = {
      complaints: ctx.params.maxComplaints,
      violations: ctx.params.maxViolations,
      accidents: ctx.params.maxAccidents,
    };
    const total = f.complaints + f.violations + f.accidents;
    const allowed = max.complaints + max.violations + max.accidents;
    const measured = { value: total, unit: 'count' as const };
    const target = { value: allowed, unit: 'count' as const, comparator: '<=' as const };
    const over = KINDS.filter((k) => f[k] > max[k]);
    const counts: Bilingual = {
      en: KINDS.map((k) => `${f[k]} ${NAMES[k].en}`).join(', '),
      zh: KINDS.map((k) => `${NAMES[k].zh}${f[k]}起`).join('，'),
    };
    const period: Bilingual = f.period ? { en: ` in ${f.period}`, zh: `${f.period}` } : { en: '', zh: '' };
    if (over.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `${counts.en}${period.en}: within the standard of none (${allowed} allowed in all)`,
          zh: `${period.zh}${counts.zh}：达到“三无”标准（合计允许${allowed}起）`,
        },
      };
    }
    const which: Bilingual = {
      en: over.map((k) => `${NAMES[k].en} ${f[k]} > ${max[k]}`).join(', '),
      zh: over.map((k) => `${NAMES[k].zh}${f[k]}起，超过${max[k]}起`).join('；'),
    };
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `${counts.en}${period.en}: the standard of no complaints, violations or liability accidents is not met (${which.en}); ${NO_SANCTION.en}`,
        zh: `${period.zh}${counts.zh}：未达到无投诉、无违纪、无责任事故的要求（${which.zh}）；${NO_SANCTION.zh}`,
      },
    };
  },
});
