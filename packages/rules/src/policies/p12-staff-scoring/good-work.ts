/**
 * 4.3 1): 工作認真、表現好的給予一定的加分，受業主表揚的給予5∽10分的加分。
 * Good work (工作認真、表現好) earns merit points, the amount left open (一定的加分): the organisation sets
 * `pointsPerTime`, and until it does the rule answers `not-configured`, naming the parameter — Kefu invents
 * no number, as for the limits the seed leaves open. `times` counts the merits being scored (one by default).
 * Owners' praise, the clause's second half, is P12.praise.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { notConfigured } from '../../kernel/errors.js';
import { describeSanctions, type Sanction } from '../../kernel/sanctions.js';
import { count } from '../../kernel/schemas.js';
import { centi } from './severity.js';

const ID = 'P12.good-work';
const CLAUSE = 'P12 4.3(1)';

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

export const goodWork = defineRule({
  id: ID,
  policy: 'P12',
  clause: '4.3',
  seedLines: [388, 388],
  kind: 'check',
  title: {
    en: 'Good work: merit points (amount set by the organisation)',
    zh: '工作认真、表现好：给予一定的加分（分值由本单位规定）',
  },
  facts: z
    .object({
      times: count.min(1).max(1000).default(1).meta({
        description: 'merits for good work being scored (工作認真、表現好)',
        zh: '因工作认真、表现好而加分的次数',
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
      // No default: the seed's 一定的加分 has no number (the README's "Limits the seed leaves open").
      pointsPerTime: z
        .number()
        .min(0.01)
        .max(100)
        .refine(twoDecimals, { message: 'points take at most two decimals' })
        .optional()
        .meta({
          description:
            'merit points for each good work (一定的加分; the seed sets no amount, so none by default), 0.01–100',
          zh: '每次工作认真、表现好的加分（一定的加分；原文未规定分值，故无默认值），0.01–100',
        }),
    })
    .strict(),
  evaluate(f, ctx) {
    const per = ctx.params.pointsPerTime;
    if (per === undefined) {
      throw notConfigured(
        ID,
        'pointsPerTime',
        'the seed says only 一定的加分 (some merit points): set pointsPerTime, a number of points such as 2',
      );
    }
    const points = (centi(per) * f.times) / 100;
    const sanctions: Sanction[] = [{ type: 'points', points, clause: CLAUSE }];
    const what = describeSanctions(sanctions);
    // A merit, never a breach: the rule is met and returns the merit points.
    return {
      status: 'met',
      measured: { value: points, unit: 'point' },
      target: { value: 0, unit: 'point', comparator: '>=' },
      sanctions,
      explanation: {
        en: `Good work noted ${f.times} time(s): ${what.en} (the organisation's amount for 一定的加分)`,
        zh: `工作认真、表现好${f.times}次：${what.zh}（本单位对“一定的加分”的规定）`,
      },
    };
  },
});
