/**
 * 保修: 保修與維護:售出的gps系列產品保修期外維修只收零部件費用。
 * Read (Ambiguities 9): the seed states no warranty length: 12 months by default (`warrantyMonths`). In warranty the
 * repair is free; out of warranty only parts are charged, never labour. The warranty covers repairs through the same
 * date `warrantyMonths` later (bought 2025-03-15 → covered through 2026-03-15; a missing date clamps to the month's
 * end), counted on local dates.
 */

import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, onBreach } from '../../kernel/helpers.js';
import type { InstantCodec } from '../../kernel/instant-codec.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant, isoDate, yuan } from '../../kernel/schemas.js';
import { DAY, firstDayOfMonth, formatDay, lastDayOfMonth, parseDate } from '../../kernel/time.js';

const dateOrInstant = z.union([isoDate, instant]);

/** Local day number of a validated date or instant. */
function dayOf(text: string, zone: string, time: InstantCodec): number {
  return parseDate(text) ?? time.localDay(at(text), zone);
}

/** The same day of the month `months` later, clamped to that month's last day. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY);
  const ym = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  return Math.min(firstDayOfMonth(ym, months) + d.getUTCDate() - 1, lastDayOfMonth(ym, months));
}

export interface RepairCharge {
  readonly inWarranty: boolean;
  readonly warrantyMonths: number;
  /** Last local date the warranty covers. */
  readonly warrantyEndsOn: string;
  /** Yuan charged for parts. */
  readonly parts: number;
  /** Yuan charged for labour: always 0 (the seed charges parts only). */
  readonly labour: number;
  /** Yuan the customer pays. */
  readonly total: number;
  /** Yuan of the repair's cost not charged to the customer. */
  readonly waived: number;
}

export const repairCharge = defineRule({
  id: 'P03.repair-charge',
  policy: 'P03',
  clause: '保修',
  seedLines: [84, 84],
  kind: 'compute',
  title: {
    en: 'Repair charge: free in warranty, parts only after it',
    zh: '维修收费：保修期内免费，保修期外只收零部件费',
  },
  facts: z
    .object({
      purchasedAt: dateOrInstant.meta({
        description: 'purchase date (YYYY-MM-DD) or instant',
        zh: '购买日期（YYYY-MM-DD）或时刻',
      }),
      repairedAt: dateOrInstant.meta({
        description: 'repair date (YYYY-MM-DD) or instant',
        zh: '维修日期（YYYY-MM-DD）或时刻',
      }),
      partsCost: yuan.meta({ description: 'cost of the parts used, yuan', zh: '所用配件的费用（元）' }),
      labourCost: yuan.meta({
        description: 'cost of the labour, yuan (never charged)',
        zh: '人工费用（元）（从不收取）',
      }),
      charged: yuan.optional().meta({
        description: 'what the customer was actually charged, yuan; given: judged against the rule',
        zh: '实际向客户收取的金额（元）；填写时按本规则判断',
      }),
    })
    .strict(),
  params: z
    .object({
      warrantyMonths: z.number().int().min(0).max(120).default(12).meta({
        description: 'warranty length in months (the seed states none; 12 assumed)',
        zh: '保修期月数（原文未规定；假定12个月）',
      }),
    })
    .strict(),
  startOf: (f, zone, time) => {
    const day = parseDate(f.repairedAt);
    return day === undefined ? at(f.repairedAt) : time.startOfLocalDay(day, zone);
  },
  evaluate(f, ctx) {
    const months = ctx.params.warrantyMonths;
    const bought = dayOf(f.purchasedAt, ctx.zone, ctx.time);
    const repaired = dayOf(f.repairedAt, ctx.zone, ctx.time);
    if (repaired < bought) throw badFact(['repairedAt'], 'must not be before purchasedAt');
    const endsOn = addMonths(bought, months);
    const inWarranty = repaired <= endsOn;
    const partsFen = yuanToFen(f.partsCost);
    const labourFen = yuanToFen(f.labourCost);
    const chargeFen = inWarranty ? 0 : partsFen;
    const value: RepairCharge = {
      inWarranty,
      warrantyMonths: months,
      warrantyEndsOn: formatDay(endsOn),
      parts: fenToYuan(chargeFen),
      labour: 0,
      total: fenToYuan(chargeFen),
      waived: fenToYuan(partsFen + labourFen - chargeFen),
    };
    const total = ctx.words.yuan(value.total);
    const term: Bilingual = {
      en: `a ${months}-month warranty (the seed states no length; ${months === 12 ? 'default' : 'configured'}) ending ${value.warrantyEndsOn}`,
      zh: `保修期${months}个月（原文未规定期限，${months === 12 ? '默认值' : '按配置'}），至${value.warrantyEndsOn}止`,
    };
    const rule: Bilingual = inWarranty
      ? {
          en: `Repaired on ${formatDay(repaired)}, within ${term.en}: free of charge, the customer pays ${total.en}`,
          zh: `${formatDay(repaired)}维修，在${term.zh}内：免费维修，客户应付${total.zh}`,
        }
      : {
          en: `Repaired on ${formatDay(repaired)}, after ${term.en}: parts only, the customer pays ${total.en} (labour ${ctx.words.yuan(f.labourCost).en} not charged)`,
          zh: `${formatDay(repaired)}维修，已过${term.zh}：只收零部件费，客户应付${total.zh}（人工费${ctx.words.yuan(f.labourCost).zh}不收）`,
        };
    if (f.charged === undefined) return { value, explanation: rule };
    const chargedFen = yuanToFen(f.charged);
    const measured = { value: f.charged, unit: 'yuan' as const };
    const target = { value: value.total, unit: 'yuan' as const, comparator: '=' as const };
    if (chargedFen === chargeFen) {
      return {
        status: 'met',
        value,
        measured,
        target,
        explanation: { en: `${rule.en}; charged exactly that`, zh: `${rule.zh}；实收金额相符` },
      };
    }
    const diff = ctx.words.yuan(fenToYuan(Math.abs(chargedFen - chargeFen)));
    const over = chargedFen > chargeFen;
    return onBreach({
      status: 'breached',
      value,
      measured,
      target,
      explanation: {
        en: `${rule.en}; charged ${ctx.words.yuan(f.charged).en}, ${diff.en} ${over ? 'too much (refund it)' : 'too little'}`,
        zh: `${rule.zh}；实收${ctx.words.yuan(f.charged).zh}，${over ? '多收' : '少收'}${diff.zh}${over ? '，应退还客户' : ''}`,
      },
    });
  },
});
