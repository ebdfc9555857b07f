/**
 * 4.2.1 4): 上班人員應坐姿大方，站姿端莊，勿趴在辦公桌上或靠在墻壁上，違者扣1分/次。
 * `times` counts the incidents being scored (one by default), each costing the same points.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { count } from '../../kernel/schemas.js';
import { centi, pointsParam } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.1(4)';

export const posture = defineRule({
  id: 'P12.posture',
  policy: 'P12',
  clause: '4.2.1(4)',
  seedLines: [377, 377],
  kind: 'check',
  title: { en: 'Posture: slouching on the desk or leaning on the wall, −1 point each time', zh: '坐姿站姿：每次扣1分' },
  facts: z
    .object({
      times: count.max(1000).default(1).meta({
        description: 'incidents of slouching on the desk or leaning on the wall',
        zh: '趴在台上或倚靠墙壁的次数',
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
      pointsPerTime: pointsParam(-1, -1).meta({
        description: 'points for each incident (扣1分/次)',
        zh: '每次扣的分数（扣1分/次）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const points = (centi(ctx.params.pointsPerTime) * f.times) / 100;
    const sanctions: Sanction[] = f.times > 0 && points !== 0 ? [{ type: 'points', points, clause: CLAUSE }] : [];
    return itemVerdict({
      found: f.times,
      unit: 'count',
      sanctions,
      finding: {
        en: `${f.times} incident(s) of slouching or leaning`,
        zh: `趴桌或靠墙${f.times}次`,
      },
    });
  },
});
