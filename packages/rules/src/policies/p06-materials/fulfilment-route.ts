/**
 * 1.3.4: 生產管理部接到客服業務部提交'內部聯絡單'后，確認生產庫房可以滿足申請數量，安排生產庫房向現場發放；
 * 確認生產庫房無法滿足申請數量，安排采購部進行采購。 (1.3.5: 采購部…根據'訂單'指定供應商向現場發貨。)
 * Read: "can meet the quantity" is stock ≥ requested; when it cannot, the whole request goes to procurement (the
 * seed does not split a request); `splitWhenShort` lets an organisation issue what stock covers and buy the rest.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { count } from '../../kernel/schemas.js';

export interface FulfilmentRoute {
  readonly route: 'warehouse' | 'procurement' | 'split';
  /** Quantity the production warehouse issues to the site. */
  readonly fromWarehouse: number;
  /** Quantity procurement buys, delivered by the supplier to the site. */
  readonly toProcurement: number;
}

function route(kind: FulfilmentRoute['route'], fromWarehouse: number, toProcurement: number): FulfilmentRoute {
  return { route: kind, fromWarehouse, toProcurement };
}

export const fulfilmentRoute = defineRule({
  id: 'P06.fulfilment-route',
  policy: 'P06',
  clause: '1.3.4',
  seedLines: [168, 171],
  kind: 'compute',
  title: {
    en: 'Issue from the warehouse when stock covers the request, else procure',
    zh: '库存可满足则由生产库房发放，否则安排采购',
  },
  facts: z
    .object({
      requested: count
        .min(1)
        .meta({ description: 'quantity requested on the internal requisition', zh: '内部申购单上的申请数量' }),
      inStock: count.meta({ description: 'quantity the production warehouse holds', zh: '生产仓库的库存数量' }),
    })
    .strict(),
  params: z
    .object({
      splitWhenShort: z.boolean().default(false).meta({
        description: 'when stock is short, issue what it covers and procure the rest (seed: procure the whole request)',
        zh: '库存不足时，先发放库存可满足的部分，其余采购（原文：整单采购）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const { requested, inStock } = f;
    if (inStock >= requested) {
      return {
        value: route('warehouse', requested, 0),
        explanation: {
          en: `Stock ${inStock} covers the ${requested} requested: the production warehouse issues them to the site`,
          zh: `库存${inStock}可满足申请数量${requested}：由生产库房向现场发放`,
        },
      };
    }
    if (ctx.params.splitWhenShort && inStock > 0) {
      const rest = requested - inStock;
      return {
        value: route('split', inStock, rest),
        explanation: {
          en: `Stock ${inStock} is short of the ${requested} requested: the warehouse issues ${inStock} and procurement buys ${rest} (split by configuration)`,
          zh: `库存${inStock}不足申请数量${requested}：生产库房发放${inStock}，其余${rest}由采购部采购（按配置拆分）`,
        },
      };
    }
    return {
      value: route('procurement', 0, requested),
      explanation: {
        en: `Stock ${inStock} is short of the ${requested} requested: procurement buys the whole request and the supplier delivers to the site`,
        zh: `库存${inStock}不足申请数量${requested}：整单安排采购部采购，由供应商向现场发货`,
      },
    };
  },
});
