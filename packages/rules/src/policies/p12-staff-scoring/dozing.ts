/**
 * 4.2.2 4): 上班嚴禁打瞌睡、睡覺，輕者扣1分，視情況嚴重扣3∽5分。
 * Two tiers: dozing (輕者) −1; sleeping or a serious case −3 … −5 (視情況). `severity` light is the first
 * tier; medium and heavy are the mild and severe ends of the second; an explicit value must be the light
 * points or lie inside the serious range (−2 is neither, so it is refused as a bad fact).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { bandRange, pointsParam, severity, severityText } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.2(4)';

export const dozing = defineRule({
  id: 'P12.dozing',
  policy: 'P12',
  clause: '4.2.2(4)',
  seedLines: [383, 383],
  kind: 'check',
  title: { en: 'Dozing on duty −1 point; sleeping −3 to −5', zh: '上班打瞌睡扣1分，睡觉扣3至5分' },
  facts: z
    .object({
      severity: severity.meta({
        description: 'light (dozing), medium / heavy (sleeping: mild / severe end), or signed points',
        zh: '轻（打瞌睡）、中 / 重（睡觉：较轻 / 较重一端），或带符号分数',
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
      lightPoints: pointsParam(-1, -1).meta({
        description: 'dozing, the light case (輕者扣1分)',
        zh: '打瞌睡，轻者（轻者扣1分）',
      }),
      seriousMildPoints: pointsParam(-1, -3).meta({
        description: 'sleeping or serious: the mild end (扣3分)',
        zh: '睡觉或情节严重：较轻一端（扣3分）',
      }),
      seriousSeverePoints: pointsParam(-1, -5).meta({
        description: 'sleeping or serious: the severe end (扣5分)',
        zh: '睡觉或情节严重：较重一端（扣5分）',
      }),
    })
    .strict()
    .refine((p) => p.seriousMildPoints <= p.lightPoints, {
      message: 'the serious tier must cost at least the light points',
      path: ['seriousMildPoints'],
    })
    .refine((p) => p.seriousSeverePoints <= p.seriousMildPoints, {
      message: 'the severe end must cost at least the mild end',
      path: ['seriousSeverePoints'],
    }),
  evaluate(f, ctx) {
    const p = ctx.params;
    const serious = { light: p.seriousMildPoints, medium: p.seriousMildPoints, heavy: p.seriousSeverePoints };
    const [low, high] = bandRange(serious);
    let points: number;
    if (f.severity === 'light') points = p.lightPoints;
    else if (f.severity === 'medium') points = p.seriousMildPoints;
    else if (f.severity === 'heavy') points = p.seriousSeverePoints;
    else if (f.severity === p.lightPoints || (f.severity >= low && f.severity <= high)) points = f.severity;
    else {
      throw badFact(
        ['severity'],
        `${f.severity} points is neither ${p.lightPoints} (dozing) nor within ${low} to ${high}`,
      );
    }
    const isLight = points === p.lightPoints && f.severity !== 'medium' && f.severity !== 'heavy';
    const tier = isLight
      ? { en: 'dozing (light case)', zh: '打瞌睡（轻者）' }
      : { en: 'sleeping or a serious case', zh: '睡觉或情节严重' };
    const sanctions: Sanction[] = points === 0 ? [] : [{ type: 'points', points, clause: CLAUSE }];
    const sev = severityText(f.severity);
    return itemVerdict({
      found: 1,
      unit: 'count',
      sanctions,
      finding: { en: `1 incident of ${tier.en} (${sev.en})`, zh: `${tier.zh}1次（${sev.zh}）` },
      reading: {
        en: `light is dozing (${p.lightPoints}); medium and heavy are the ends of the serious range ${high} to ${low}`,
        zh: `轻者为打瞌睡（${p.lightPoints}分），一般与严重分别取严重情节${high}至${low}分的两端`,
      },
    });
  },
});
