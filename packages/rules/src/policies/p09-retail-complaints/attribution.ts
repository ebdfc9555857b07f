/**
 * 第二十條: 1、客戶投訴罰扣的責任歸屬，生產部門以各組為單元，最小單位以歸屬至發生各組單元個人為原則。未能明確歸屬至發生組單元者
 * 方歸屬至生產部。 2、營運部門以歸屬至個人為原則，未能明確歸屬至個人者，才歸屬至部門。
 * Read: on the production side the person, when named, is the smallest unit (within the group if named), else the
 * group, else the production department; on the operations side the person, else the department (a group is not
 * a unit there and is ignored with a warning).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual, Warning } from '../../kernel/result.js';

export interface AttributionValue {
  readonly level: 'person' | 'group' | 'department';
  /** Who bears the deduction: the person, the group or the department, as named in the facts. */
  readonly bearer: string;
  readonly department: string;
  readonly group?: string;
}

const name = z.string().trim().min(1).max(200);

const LEVEL: Readonly<Record<AttributionValue['level'], Bilingual>> = {
  person: { en: 'the person', zh: '个人' },
  group: { en: 'the group', zh: '组' },
  department: { en: 'the department', zh: '部门' },
};

export const attribution = defineRule({
  id: 'P09.attribution',
  policy: 'P09',
  clause: '第二十條',
  seedLines: [250, 250],
  kind: 'compute',
  title: { en: 'Who bears a complaint deduction', zh: '客诉罚扣的责任归属' },
  facts: z
    .object({
      side: z
        .enum(['production', 'operations'])
        .meta({ description: 'the production department or an operating department', zh: '生产部门或营业部门' }),
      group: name.optional().meta({
        description: 'the production group where it happened, when it can be identified',
        zh: '发生问题的生产小组（能查明时）',
      }),
      person: name
        .optional()
        .meta({ description: 'the responsible person, when it can be identified', zh: '责任人（能查明时）' }),
      department: name.meta({ description: 'the responsible department', zh: '责任部门' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const warnings: Warning[] = [];
    const group = f.side === 'production' ? f.group : undefined;
    if (f.side === 'operations' && f.group !== undefined) {
      warnings.push({
        code: 'group-ignored',
        en: 'operating departments attribute to a person or the department; the group was ignored',
        zh: '营运部门归属至个人或部门，已忽略所填的组',
      });
    }
    const level: AttributionValue['level'] =
      f.person !== undefined ? 'person' : group !== undefined ? 'group' : 'department';
    const bearer = level === 'person' ? (f.person ?? '') : level === 'group' ? (group ?? '') : f.department;
    const value: AttributionValue = { level, bearer, department: f.department, ...(group !== undefined && { group }) };
    const side: Bilingual =
      f.side === 'production'
        ? { en: 'production (person, else group, else the production department)', zh: '生产部门（个人→组→生产部）' }
        : { en: 'operations (person, else the department)', zh: '营运部门（个人→部门）' };
    const how: Bilingual =
      level === 'person'
        ? { en: 'the deduction falls on the person', zh: '由个人承担罚扣' }
        : {
            en: 'its members share the deduction by base points (P09.loss-share, 第二十二條)',
            zh: '按基点数分摊至其成员（P09.loss-share，第二十二條）',
          };
    return {
      value,
      warnings,
      explanation: {
        en: `Attributed to ${LEVEL[level].en} ${bearer} on the ${side.en} side; ${how.en}`,
        zh: `责任归属${side.zh}：${LEVEL[level].zh}「${bearer}」，${how.zh}`,
      },
    };
  },
});
