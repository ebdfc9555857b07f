/**
 * 服務請求 2: 有償服務按收費標準收費。
 * The price list (收費標準) is configuration: the parameter `priceList` maps a service to its price in
 * yuan. Facts may carry `listPrice` instead, for an organisation that keeps its list elsewhere; when both
 * exist they must agree. A service priced nowhere is a `not-configured` error naming the missing entry.
 * An entry is a price, or `{ price, zh }` with the service's Chinese name (#15): a list keyed in English
 * (`door-lock-replacement`) then reads in Chinese in the Chinese explanation (更换门锁).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact, KefuRuleError } from '../../kernel/errors.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import { yuan } from '../../kernel/schemas.js';

const RULE_ID = 'P01.service-fee';

/** A price-list entry: the unit price in yuan, or the price with the service's name in Chinese. */
const priceEntry = z.union([
  yuan,
  z
    .object({
      price: yuan,
      zh: z.string().trim().min(1).max(200).meta({
        description: 'the service’s name in Chinese, for the Chinese explanation',
        zh: '服务的中文名称，用于中文说明',
      }),
    })
    .strict(),
]);

/** An entry's price and Chinese name, whichever form it has. */
function entryOf(entry: z.output<typeof priceEntry> | undefined): { price?: number; zh?: string } {
  if (entry === undefined) return {};
  return typeof entry === 'number' ? { price: entry } : { price: entry.price, zh: entry.zh };
}

export const serviceFee = defineRule({
  id: RULE_ID,
  policy: 'P01',
  clause: '服務請求 2',
  seedLines: [10, 10],
  kind: 'check',
  title: { en: 'Charge a paid service exactly the price list', zh: '有偿服务按收费标准收费' },
  facts: z
    .object({
      service: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .meta({ description: 'the paid service, as named in the price list', zh: '有偿服务，按收费标准中的名称' }),
      charged: yuan.meta({ description: 'what the resident was charged, in yuan', zh: '向住户收取的金额（元）' }),
      quantity: z
        .number()
        .int()
        .min(1)
        .max(10_000)
        .default(1)
        .meta({ description: 'units of the service (default 1)', zh: '服务的数量（默认1）' }),
      listPrice: yuan.optional().meta({
        description: 'the unit price from the price list, when it is not in configuration',
        zh: '收费标准中的单价，配置中没有时填写',
      }),
    })
    .strict(),
  params: z
    .object({
      priceList: z.record(z.string().trim().min(1), priceEntry).default({}).meta({
        description:
          'the price list: service → unit price in yuan (收費標準), or → { price, zh } with the service’s Chinese name',
        zh: '收费标准：服务 → 单价（元），或 → { price, zh }（附服务的中文名称）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const list = new Map(Object.entries(ctx.params.priceList));
    const { price: configured, zh: serviceZh } = entryOf(list.get(f.service));
    if (configured !== undefined && f.listPrice !== undefined && yuanToFen(configured) !== yuanToFen(f.listPrice)) {
      throw badFact(['listPrice'], `${f.listPrice} yuan differs from the configured price ${configured} yuan`);
    }
    const unitPrice = configured ?? f.listPrice;
    if (unitPrice === undefined) {
      const message = `no price for "${f.service}": configure it in the price list or give listPrice`;
      throw new KefuRuleError('not-configured', `${RULE_ID}: ${message}`, [
        { path: ['config', 'rules', RULE_ID, 'priceList', f.service], message },
      ]);
    }
    const expectedFen = mulDivFen(yuanToFen(unitPrice), f.quantity, 1);
    const chargedFen = yuanToFen(f.charged);
    const expected = ctx.words.yuan(fenToYuan(expectedFen));
    const charged = ctx.words.yuan(fenToYuan(chargedFen));
    const what = `${f.quantity} × ${f.service}`;
    // The Chinese explanation names the service in Chinese when the price list gives its name.
    const whatZh = `${f.quantity} × ${serviceZh ?? f.service}`;
    const measured = { value: fenToYuan(chargedFen), unit: 'yuan' as const };
    const target = { value: fenToYuan(expectedFen), unit: 'yuan' as const, comparator: '=' as const };
    if (chargedFen === expectedFen) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Charged ${charged.en} for ${what}, exactly the price list`,
          zh: `${whatZh}收费${charged.zh}，与收费标准一致`,
        },
      };
    }
    const over = chargedFen > expectedFen;
    const diff = ctx.words.yuan(fenToYuan(Math.abs(chargedFen - expectedFen)));
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `Charged ${charged.en} for ${what} where the price list gives ${expected.en}: ${over ? 'overcharged' : 'undercharged'} by ${diff.en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${whatZh}收费${charged.zh}，收费标准为${expected.zh}，${over ? '多收' : '少收'}${diff.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
