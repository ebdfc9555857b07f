/**
 * 1.9: 文件一經領導簽發，任何人不得擅自更改。
 * A change after the leader signed is a breach unless it was authorised (擅自 = on one's own authority;
 * a change the signing leader approves, e.g. a re-issue, is not). A change at or before signing is a draft.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';

export const signedImmutable = defineRule({
  id: 'P02.signed-immutable',
  policy: 'P02',
  clause: '1.9',
  seedLines: [60, 60],
  kind: 'check',
  title: { en: 'A document signed by a leader is not changed afterwards', zh: '文件经领导签发后不得擅自更改' },
  facts: z
    .object({
      signedAt: instant.meta({ description: 'when the leader signed the document', zh: '领导签发文件的时间' }),
      modifiedAt: instant
        .optional()
        .meta({ description: 'the last change to the document, if any', zh: '文件的最后一次改动（如有）' }),
      changeAuthorised: z.boolean().default(false).meta({
        description: 'the change after signing was approved by the signing leader (not 擅自)',
        zh: '签发后的改动经签发领导批准（非擅自）',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.signedAt),
  evaluate(f, ctx) {
    const signed = at(f.signedAt);
    const modified = atOpt(f.modifiedAt);
    const signedText = ctx.time.localText(signed, ctx.zone);
    if (modified === undefined || modified <= signed) {
      return {
        status: 'met',
        explanation: {
          en: `No change after the leader signed at ${signedText}`,
          zh: `领导于${signedText}签发后未作更改`,
        },
      };
    }
    const after = ctx.words.duration(modified - signed);
    const when = ctx.time.localText(modified, ctx.zone);
    if (f.changeAuthorised) {
      return {
        status: 'met',
        explanation: {
          en: `Changed at ${when}, ${after.en} after signing, with the signing leader's approval (read: only an unauthorised change is barred)`,
          zh: `于${when}（签发后${after.zh}）更改，已经签发领导同意（理解为：仅禁止擅自更改）`,
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `Changed at ${when}, ${after.en} after the leader signed at ${signedText}, without approval (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `领导于${signedText}签发后，于${when}（${after.zh}后）被擅自更改（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
