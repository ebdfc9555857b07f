/**
 * 1.2: 第二級為各業務部，負責為現場編制賬目，對現場物資管理實施監督、檢查，保證本業務部所屬現場賬實相符；
 * 第三級為現場，做好現場物資的保管工作，及時、準確反饋現場庫存，做到按需使用，杜絕浪費。
 * A stocktake at a site: every item counted agrees with the books the business department keeps for it
 * (賬實相符). A shortfall or a surplus is named per item. How often stock is reported (及時) is not judged:
 * the seed gives no period.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { count } from '../../kernel/schemas.js';

const quantity = count.max(1_000_000_000);

const line = z
  .object({
    item: z.string().trim().min(1).max(200).meta({ description: 'the material', zh: '物资名称' }),
    booked: quantity.meta({ description: 'the quantity on the books', zh: '账面数量' }),
    counted: quantity.meta({ description: 'the quantity counted on site', zh: '现场实盘数量' }),
  })
  .strict();

export const siteStock = defineRule({
  id: 'P06.site-stock',
  policy: 'P06',
  clause: '1.2',
  seedLines: [151, 151],
  kind: 'check',
  title: { en: "A site's stock agrees with its books", zh: '现场物资账实相符' },
  facts: z
    .object({
      items: z.array(line).min(1).max(10_000).meta({
        description: 'the stocktake: each item with its booked and counted quantity',
        zh: '盘点结果：每项物资的账面数量与实盘数量',
      }),
      site: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .meta({ description: 'the site (for the explanation)', zh: '现场（用于说明）' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const seen = new Set<string>();
    f.items.forEach((it, i) => {
      if (seen.has(it.item)) throw badFact(['items', i, 'item'], `${it.item} is counted twice in one stocktake`);
      seen.add(it.item);
    });
    const off = f.items.filter((it) => it.booked !== it.counted);
    // The site apart from the count ("S：4项", not "S4项"): a site id never runs into a number.
    const where = f.site === undefined ? { en: 'the site', zh: '现场' } : { en: f.site, zh: f.site };
    const measured = { value: off.length, unit: 'item' as const };
    const target = { value: 0, unit: 'item' as const, comparator: '<=' as const };
    if (off.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `All ${f.items.length} items at ${where.en} agree with the books`,
          zh: `${where.zh}：${f.items.length}项物资账实相符`,
        },
      };
    }
    // The first few differences are named; the count says how many there are in all.
    const named = off.slice(0, 5).map((it) => {
      const d = it.counted - it.booked;
      return {
        en: `${it.item} ${d < 0 ? 'short' : 'over'} by ${Math.abs(d)} (books ${it.booked}, counted ${it.counted})`,
        zh: `${it.item}${d < 0 ? '短缺' : '盈余'}${Math.abs(d)}（账面${it.booked}，实盘${it.counted}）`,
      };
    });
    const more = off.length > named.length ? { en: ', …', zh: '……' } : { en: '', zh: '' };
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `${off.length} of ${f.items.length} items at ${where.en} disagree with the books: ${named.map((n) => n.en).join('; ')}${more.en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${where.zh}：${f.items.length}项物资中${off.length}项账实不符：${named.map((n) => n.zh).join('；')}${more.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
