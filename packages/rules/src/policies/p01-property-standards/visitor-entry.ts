/**
 * 放行 4: 非業主進入責任區須經業戶認可后放行。
 * A non-owner (a visitor, a worker, a courier…) is let into the area only once the resident they come to
 * has agreed. The catalogue read the clause as consent for a non-owner taking goods out (P01.goods-release
 * keeps that reading); the seed's words are about entering (進入責任區). Consent not recorded counts as not
 * given, as for goods.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const visitorEntry = defineRule({
  id: 'P01.visitor-entry',
  policy: 'P01',
  clause: '放行 4',
  seedLines: [6, 6],
  kind: 'check',
  title: {
    en: "A non-owner enters the area only with the resident's consent",
    zh: '非业主进入责任区须经业户认可后放行',
  },
  facts: z
    .object({
      residentConsent: z.boolean().optional().meta({
        description: 'the resident visited agreed before the non-owner was let in; absent means not given',
        zh: '放行前被访业户已认可；缺省即未认可',
      }),
      household: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the household visited (for the explanation)', zh: '被访住户（用于说明）' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const consented = f.residentConsent === true;
    const where =
      f.household === undefined ? { en: '', zh: '' } : { en: ` to ${f.household}`, zh: `（${f.household}）` };
    const measured = { value: consented ? 1 : 0, unit: 'item' as const };
    const target = { value: 1, unit: 'item' as const, comparator: '=' as const };
    if (consented) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `A non-owner was let in${where.en} with the resident's consent`,
          zh: `非业主经业户认可后放行${where.zh}`,
        },
      };
    }
    const why =
      f.residentConsent === false
        ? { en: 'the resident did not agree', zh: '业户未认可' }
        : { en: "no consent of the resident's was recorded", zh: '未记录业户认可' };
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `A non-owner was let in${where.en} but ${why.en}; entry needs the resident's consent (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `非业主进入责任区${where.zh}，但${why.zh}；须经业户认可后放行（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
