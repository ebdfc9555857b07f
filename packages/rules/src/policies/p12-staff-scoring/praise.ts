/**
 * 4.3 1): 工作認真、表現好的給予一定的加分，受業主表揚的給予5∽10分的加分。
 * One owner's praise: +5 … +10 merit points chosen by `severity` (here: how strong the praise is).
 * "一定的加分" for good work in general names no number, so only owners' praise is scored.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { describeSanctions } from '../../kernel/sanctions.js';
import { bandParam, pointsFor, rangeText, severity, severityText } from './severity.js';

const CLAUSE = 'P12 4.3(1)';

export const praise = defineRule({
  id: 'P12.praise',
  policy: 'P12',
  clause: '4.3',
  seedLines: [388, 388],
  kind: 'check',
  title: { en: 'Praised by an owner: +5 to +10 points', zh: '受业主表扬：加5至10分' },
  facts: z
    .object({
      severity: severity.meta({
        description: 'light / medium / heavy praise, or the points between +5 and +10',
        zh: '轻 / 中 / 重的表扬，或 +5 至 +10 之间的分数',
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
      points: bandParam(1, { light: 5, medium: 7.5, heavy: 10 }, { en: 'each praise', zh: '每次表扬' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const band = ctx.params.points;
    const points = pointsFor(f.severity, band, ['severity']);
    const sanctions: Sanction[] = points === 0 ? [] : [{ type: 'points', points, clause: CLAUSE }];
    const sev = severityText(f.severity);
    const range = rangeText(band);
    const what = describeSanctions(sanctions);
    // Praise is a merit, never a breach: the rule is met and returns the merit points.
    return {
      status: 'met',
      measured: { value: points, unit: 'point' },
      target: { value: band.light, unit: 'point', comparator: '>=' },
      sanctions,
      explanation: {
        en: `Praised by an owner (${sev.en}): ${what.en}, within the merit range ${range.en} chosen by how strong the praise is`,
        zh: `受业主表扬（${sev.zh}）：${what.zh}，加分幅度${range.zh}按表扬程度选定`,
      },
    };
  },
});
