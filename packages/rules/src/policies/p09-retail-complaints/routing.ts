/**
 * 第八條: 各營運部門對受理的投訴，應進行詳細記錄，并按下列原則作出妥善處理: 1.凡屬質量缺陷，規格、數量與合同不符，現品與樣品不符，
 * 超過技術誤差時，填制投訴記錄卡，送行政人事部。 2.如純屬合同糾紛，應填制投訴記錄卡，并附處理意見，送公司有關領導裁定處理。
 * 3.如屬發貨手續問題，依照內銷處理辦法規定處理。
 * Read: 第八條 is silent on delivery date, transit damage, bad packing and other breaches; they go by the parameter
 * `unlistedRoute`, default HR-admin, the department that names the handler and runs every investigation (第六條, 第九條).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { categories, categoryIds, type Route, routeNames } from './categories.js';

export interface RoutingValue {
  /** `declined` when the complaint is not accepted (第七條): nothing is routed. */
  readonly route: Route | 'declined';
  /** Whether a complaint record card (客戶投訴記錄卡) is filled. */
  readonly recordCard: boolean;
  /** Whether the card carries the operating department's handling opinion (第八條 2). */
  readonly withOpinion: boolean;
}

export const routing = defineRule({
  id: 'P09.routing',
  policy: 'P09',
  clause: '第八條',
  seedLines: [238, 238],
  kind: 'compute',
  title: { en: 'Where an accepted complaint is sent', zh: '受理投诉的处理去向' },
  facts: z
    .object({
      category: z.enum(categoryIds).meta({
        description: 'what the complaint is about (the vocabulary of P09.legitimate)',
        zh: '投诉的事由（P09.legitimate 的词汇）',
      }),
    })
    .strict(),
  params: z
    .object({
      unlistedRoute: z.enum(['hr-admin', 'management', 'domestic-sales-rules']).default('hr-admin').meta({
        description: 'route for a legitimate category 第八條 does not name',
        zh: '第八条未列出的正当类别的处理路径',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const info = categories[f.category];
    if (info.item === undefined) {
      return {
        value: { route: 'declined', recordCard: false, withOpinion: false } satisfies RoutingValue,
        explanation: {
          en: `A complaint about ${info.name.en} is not accepted, so it is not routed: the customer is answered with the reason (第七條)`,
          zh: `${info.name.zh}不予受理，不作分送：应婉转向客户讲明理由（第七條）`,
        },
      };
    }
    const route = info.route ?? ctx.params.unlistedRoute;
    const value: RoutingValue = {
      route,
      recordCard: route !== 'domestic-sales-rules',
      withOpinion: route === 'management',
    };
    const warnings: Warning[] = [];
    let reading: Bilingual = { en: '', zh: '' };
    if (info.route === undefined) {
      reading = {
        en: `; 第八條 does not name this kind, read as the default route`,
        zh: '；第八條未列此类，按默认去向处理',
      };
      warnings.push({
        code: 'route-not-in-seed',
        en: `第八條 does not route ${info.name.en}; the configured default route is used`,
        zh: `第八條未规定${info.name.zh}的去向，采用配置的默认去向`,
      });
    }
    return {
      value,
      warnings,
      explanation: {
        en: `A complaint about ${info.name.en} is recorded and goes as ${routeNames[route].en}${reading.en}`,
        zh: `${info.name.zh}：详细记录后，${routeNames[route].zh}${reading.zh}`,
      },
    };
  },
});
