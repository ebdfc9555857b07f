/**
 * 4.12: 定期對業戶寄存及未領取的空房鑰匙進行核對，并定期更新鑰匙明細。
 * The keys residents left and the unclaimed keys of empty units are reconciled every period, and the key list
 * updated at each reconciliation. The period (定期) the seed leaves open: a parameter with no default, and the
 * rule answers `not-configured` until the organisation sets it.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { judgeRound, roundFacts, roundLimit } from '../../kernel/rounds.js';
import { NO_PENALTY } from './consequence.js';

const EVERY = roundLimit('P08.key-reconciliation', 'every', { en: 'keys reconciled', zh: '钥匙核对' });

export const keyReconciliation = defineRule({
  id: 'P08.key-reconciliation',
  policy: 'P08',
  clause: '4.12',
  seedLines: [220, 220],
  kind: 'check',
  title: {
    en: 'Keys left with the desk reconciled every period, and the key list updated',
    zh: '定期核对业户寄存及未领取的空房钥匙，并更新钥匙明细',
  },
  facts: z
    .object({
      ...roundFacts,
      listUpdated: z.boolean().meta({ description: 'the key list (鑰匙明細) was updated', zh: '已更新钥匙明细' }),
    })
    .strict(),
  params: z.object({ every: EVERY.schema }).strict(),
  startOf: (f) => at(f.previousAt ?? f.doneAt),
  evaluate(f, ctx) {
    return judgeRound({
      facts: f,
      limit: EVERY,
      every: ctx.params.every,
      action: { en: 'key reconciliation', zh: '钥匙核对' },
      missing: f.listUpdated ? [] : [{ en: 'the key list updated', zh: '更新钥匙明细' }],
      clause: '4.12',
      consequence: NO_PENALTY,
      ctx,
    });
  },
});
