/**
 * 4.2.2 2): 主動服務意識，包括主動向業主打招呼、問好、道謝、道別，幫助需要幫忙的業主…被業主投訴者，視情況扣5∽10分。
 * One owner's complaint about a lack of service: −5 … −10 points chosen by `severity` (視情況).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { bandParam, pointsFor, rangeText, severity, severityText } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.2(2)';

export const serviceComplaint = defineRule({
  id: 'P12.service-complaint',
  policy: 'P12',
  clause: '4.2.2(2)',
  seedLines: [381, 381],
  kind: 'check',
  title: {
    en: 'Complained about by an owner for lack of service: −5 to −10 points',
    zh: '被业主投诉服务不主动：扣5至10分',
  },
  facts: z
    .object({
      severity: severity.meta({
        description: 'light / medium / heavy, or the signed points between −10 and −5',
        zh: '轻 / 中 / 重，或 −10 至 −5 之间的带符号分数',
      }),
      employee: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      points: bandParam(-1, { light: -5, medium: -7.5, heavy: -10 }, { en: 'each complaint', zh: '每宗投诉' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const band = ctx.params.points;
    const points = pointsFor(f.severity, band, ['severity']);
    const sanctions: Sanction[] = points === 0 ? [] : [{ type: 'points', points, clause: CLAUSE }];
    const sev = severityText(f.severity);
    const range = rangeText(band);
    return itemVerdict({
      found: 1,
      unit: 'count',
      sanctions,
      finding: { en: `1 owner complaint about service (${sev.en})`, zh: `被业主投诉1次（${sev.zh}）` },
      reading: {
        en: `the range ${range.en} is chosen by severity, medium being its middle (視情況)`,
        zh: `扣分幅度${range.zh}按情节轻重选定，一般取中间值（视情况）`,
      },
    });
  },
});
