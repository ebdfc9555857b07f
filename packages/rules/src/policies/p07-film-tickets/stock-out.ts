/**
 * 4: 電影票出現短缺時，前臺接待須及時通知影院人員送票，不得出現影票斷檔現象。
 * Read: stock at or under `threshold` (default 0, the catalogue's reading of "no stock-out") obliges the desk to ask
 * the cinema to deliver; an organisation sets a higher threshold so that the request comes before the desk runs dry.
 * At 0 with a request made the rule is met, with a warning that the desk has run out (断档).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION } from '../../kernel/helpers.js';
import type { Warning } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';

export const stockOut = defineRule({
  id: 'P07.stock-out',
  policy: 'P07',
  clause: '4',
  seedLines: [182, 182],
  kind: 'check',
  title: { en: 'Low ticket stock: ask the cinema to deliver', zh: '电影票短缺时及时通知影院送票' },
  facts: z
    .object({
      stock: count.max(1_000_000).meta({ description: 'tickets at the desk now', zh: '前台现有票数' }),
      requested: z.boolean().meta({ description: 'the cinema has been asked to deliver tickets', zh: '已请影院送票' }),
    })
    .strict(),
  params: z
    .object({
      threshold: count.max(10_000).default(0).meta({
        description: 'stock at or under which a delivery must be requested (seed: no stock-out, read as 0)',
        zh: '库存不高于此数时必须请求送票（原文：不得断票，按0理解）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const threshold = ctx.params.threshold;
    const measured = { value: f.stock, unit: 'count' as const };
    const target = { value: threshold, unit: 'count' as const, comparator: '>' as const };
    if (f.stock > threshold) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Stock ${f.stock} is above the threshold of ${threshold}: no delivery needs requesting yet`,
          zh: `库存${f.stock}张，高于阈值${threshold}张，暂无须通知送票`,
        },
      };
    }
    const warnings: Warning[] =
      f.stock === 0 ? [{ code: 'stock-out', en: 'The desk has no tickets left (断档)', zh: '前台电影票已断档' }] : [];
    if (f.requested) {
      return {
        status: 'met',
        measured,
        target,
        warnings,
        explanation: {
          en: `Stock ${f.stock} is at or under the threshold of ${threshold} and the cinema has been asked to deliver`,
          zh: `库存${f.stock}张，不高于阈值${threshold}张，已通知影院送票`,
        },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      warnings,
      explanation: {
        en: `Stock ${f.stock} is at or under the threshold of ${threshold} and the cinema has not been asked to deliver: the desk must notify the cinema at once (${NO_SANCTION.en})`,
        zh: `库存${f.stock}张，不高于阈值${threshold}张，却未通知影院送票；须立即通知，不得断档（${NO_SANCTION.zh}）`,
      },
    };
  },
});
