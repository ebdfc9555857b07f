/**
 * 2.3.1: 公司內部一般性業務往來文件(包括聯絡單)，由各部起草，部門經理簽閱。
 * An ordinary internal document or liaison slip (內部聯絡單) leaves its department only once the
 * department's manager has signed it: a signature at or before the sending, none after it.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';

export const internalSignoff = defineRule({
  id: 'P02.internal-signoff',
  policy: 'P02',
  clause: '2.3.1',
  seedLines: [77, 77],
  kind: 'check',
  title: {
    en: 'An internal document goes out only signed by the department manager',
    zh: '内部文件须经部门经理签阅后发出',
  },
  facts: z
    .object({
      sentAt: instant.meta({ description: 'when the document or liaison slip was sent', zh: '文件或联络单发出的时间' }),
      managerSignedAt: instant.optional().meta({
        description: "when the drafting department's manager signed it (部門經理簽閱); absent: not signed",
        zh: '起草部门经理签阅的时间；缺省即未签阅',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.sentAt),
  evaluate(f, ctx) {
    const sent = at(f.sentAt);
    const signed = atOpt(f.managerSignedAt);
    const measured = { value: signed !== undefined && signed <= sent ? 1 : 0, unit: 'item' as const };
    const target = { value: 1, unit: 'item' as const, comparator: '=' as const };
    if (signed !== undefined && signed <= sent) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: 'The internal document was signed by the department manager before it went out',
          zh: '内部文件已经部门经理签阅后发出',
        },
      };
    }
    const why =
      signed === undefined
        ? { en: 'without the department manager’s signature', zh: '未经部门经理签阅' }
        : {
            en: `before the department manager signed it (at ${ctx.time.localText(signed, ctx.zone)})`,
            zh: `早于部门经理签阅（${ctx.time.localText(signed, ctx.zone)}）`,
          };
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `The internal document went out ${why.en}; it must be signed first (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `内部文件${why.zh}即发出；须先经部门经理签阅（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
