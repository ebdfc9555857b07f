/**
 * 1.4: 物資管理范圍為客服中心在日常工作中所涉及的所有物資，具體包括：客服中心現場工作所需工具；客服中心現場工作所需備品備件；
 * 客服中心現場工作所需耗材；各級庫房在物資保管中所涉及的倉儲搬運設備、倉儲安全設備、倉儲存儲設備等。
 * Read: the list after 具體包括 is taken as the scope: tools, spare parts, consumables and storage equipment (handling,
 * safety, storage). A category is matched by name in either script or English; `aliases` adds names per category and
 * `extraInScope` adds categories an organisation also manages.
 */

import * as z from 'zod';
import { foldForMatch } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

const SCOPE = [
  'tools',
  'spare-parts',
  'consumables',
  'storage-handling-equipment',
  'storage-safety-equipment',
  'storage-equipment',
] as const;
export type ScopeItem = (typeof SCOPE)[number];

interface ScopeEntry extends Bilingual {
  /** The seed's words (traditional). */
  readonly seed: string;
  readonly seedLine: number;
  /** Default names that denote the category (simplified or English). */
  readonly names: readonly string[];
}

const ENTRIES: Readonly<Record<ScopeItem, ScopeEntry>> = {
  tools: {
    en: 'tools for site work',
    zh: '现场工作所需工具',
    seed: '現場工作所需工具',
    seedLine: 174,
    names: ['工具', 'tool', 'tools'],
  },
  'spare-parts': {
    en: 'spare parts for site work',
    zh: '现场工作所需备品备件',
    seed: '現場工作所需備品備件',
    seedLine: 175,
    names: ['备品备件', '备品', '备件', 'spare part', 'spare parts', 'spares'],
  },
  consumables: {
    en: 'consumables for site work',
    zh: '现场工作所需耗材',
    seed: '現場工作所需耗材',
    seedLine: 176,
    names: ['耗材', 'consumable', 'consumables'],
  },
  'storage-handling-equipment': {
    en: 'storage handling equipment',
    zh: '仓储搬运设备',
    seed: '倉儲搬運設備',
    seedLine: 177,
    names: ['仓储搬运设备', '搬运设备', 'handling equipment', 'storage handling equipment'],
  },
  'storage-safety-equipment': {
    en: 'storage safety equipment',
    zh: '仓储安全设备',
    seed: '倉儲安全設備',
    seedLine: 177,
    names: ['仓储安全设备', 'storage safety equipment', 'warehouse safety equipment'],
  },
  'storage-equipment': {
    en: 'storage equipment',
    zh: '仓储存储设备',
    seed: '倉儲存儲設備',
    seedLine: 177,
    names: ['仓储存储设备', '存储设备', '仓储设备', 'storage equipment'],
  },
};

const nameList = z.array(z.string().trim().min(1).max(60)).max(50);
const aliasParams = Object.fromEntries(
  SCOPE.map((k) => [
    k,
    nameList.default([]).meta({ description: `further names for ${ENTRIES[k].en}`, zh: `${ENTRIES[k].zh}的其他名称` }),
  ]),
) as Record<ScopeItem, z.ZodDefault<typeof nameList>>;

export interface InScope {
  readonly inScope: boolean;
  /** The scope category matched; `other` for an organisation's extra category; `null` when out of scope. */
  readonly scopeItem: ScopeItem | 'other' | null;
}

function verdictValue(inScope: boolean, scopeItem: InScope['scopeItem']): InScope {
  return { inScope, scopeItem };
}

export const inScope = defineRule({
  id: 'P06.in-scope',
  policy: 'P06',
  clause: '1.4',
  seedLines: [172, 177],
  kind: 'compute',
  title: { en: 'Whether an item falls within materials management', zh: '物品是否属于物资管理范围' },
  facts: z
    .object({
      category: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .meta({
          description: `the item's category, e.g. ${SCOPE.join(', ')} or 工具, 備品備件, 耗材, 倉儲搬運設備 …`,
          zh: `物品的类别，例如 ${SCOPE.join('、')}，或工具、备品备件、耗材、仓储搬运设备……`,
        }),
    })
    .strict(),
  params: z
    .object({
      aliases: z
        .object(aliasParams)
        .strict()
        .prefault({})
        .meta({ description: 'further names per scope category', zh: '各范围类别的其他名称' }),
      extraInScope: nameList.default([]).meta({
        description: 'further categories the organisation manages as materials',
        zh: '本单位作为物资管理的其他类别',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const wanted = key(f.category, fold);
    const hit = SCOPE.find((k) =>
      [k, ...ENTRIES[k].names, ENTRIES[k].seed, ...ctx.params.aliases[k]].some((n) => key(n, fold) === wanted),
    );
    const shown = f.category.length > 40 ? `${f.category.slice(0, 40)}…` : f.category;
    if (hit !== undefined) {
      const e = ENTRIES[hit];
      return {
        value: verdictValue(true, hit),
        explanation: {
          en: `「${shown}」 is in the scope of materials management as ${e.en}`,
          zh: `「${shown}」属于物资管理范围（${e.zh}）`,
        },
      };
    }
    if (ctx.params.extraInScope.some((n) => key(n, fold) === wanted)) {
      return {
        value: verdictValue(true, 'other'),
        explanation: {
          en: `「${shown}」 is in the scope of materials management by the organisation's configuration`,
          zh: `「${shown}」按本单位配置属于物资管理范围`,
        },
      };
    }
    return {
      value: verdictValue(false, null),
      explanation: {
        en: `「${shown}」 is outside the scope of materials management: not tools, spare parts, consumables or storage equipment`,
        zh: `「${shown}」不属于物资管理范围（非工具、备品备件、耗材或仓储设备）`,
      },
    };
  },
});

/** A name reduced for comparison: either script, no punctuation, spaces or case, '-' as a space. */
function key(name: string, fold: (text: string) => string): string {
  return fold(name.replace(/-/g, ' '));
}
