/**
 * 4.2.1 1): 上班人員一律著工作服，佩戴工作證、領帶，缺一扣1分。
 * One check of one person: each missing item (uniform, work badge, tie) costs the same points.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { centi, pointsParam } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.1(1)';

const dressItem = z.enum(['uniform', 'badge', 'tie']);

const ITEM_TEXT = {
  uniform: { en: 'uniform', zh: '工作服' },
  badge: { en: 'work badge', zh: '工作证' },
  tie: { en: 'tie', zh: '领带' },
} as const;

export const dress = defineRule({
  id: 'P12.dress',
  policy: 'P12',
  clause: '4.2.1(1)',
  seedLines: [374, 374],
  kind: 'check',
  title: { en: 'Dress: uniform, work badge and tie, −1 point for each missing', zh: '着装：缺一项扣1分' },
  facts: z
    .object({
      missing: z.array(dressItem).max(3).meta({
        description: 'items missing at the check: uniform, badge, tie',
        zh: '检查时缺少的物品：工服、工牌、领带',
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
      pointsPerItem: pointsParam(-1, -1).meta({
        description: 'points for each missing item (缺一扣1分)',
        zh: '每缺一件扣的分数（缺一扣1分）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    // The same item cannot be missing twice at one check: a duplicate is a data error, not two deductions.
    f.missing.forEach((item, i) => {
      if (f.missing.indexOf(item) !== i) throw badFact(['missing', i], `${item} is listed twice`);
    });
    const n = f.missing.length;
    const points = (centi(ctx.params.pointsPerItem) * n) / 100;
    const sanctions: Sanction[] =
      n > 0 && points !== 0 ? [{ type: 'points', points, clause: CLAUSE, note: f.missing.join(', ') }] : [];
    const names = {
      en: f.missing.map((m) => ITEM_TEXT[m].en).join(', '),
      zh: f.missing.map((m) => ITEM_TEXT[m].zh).join('、'),
    };
    return itemVerdict({
      found: n,
      unit: 'item',
      sanctions,
      finding:
        n === 0
          ? { en: 'Uniform, work badge and tie all worn; 0 items missing', zh: '工作服、工作证、领带齐全，缺0项' }
          : { en: `${n} item(s) missing (${names.en})`, zh: `缺${n}项（${names.zh}）` },
    });
  },
});
