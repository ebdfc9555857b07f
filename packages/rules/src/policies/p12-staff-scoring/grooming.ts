/**
 * 4.2.1 2): 上班時女員工應化淡妝，頭發打上摩絲或發油等，保證沒有亂發、碎發…視情況影響工作精神面貌者扣0.5∽1.5分。
 * 4.2.1 3): 一律不留長指甲，不涂指甲油，不染彩色發等，視情況扣0.5∽1.5分。
 * 4.2.1 5): 上班人員應注意自己的行為舉止，切勿當眾打理衣服、化妝、剪指甲等，視影響情況扣0.5∽1.5分/次。
 * One incident: the points inside −0.5 … −1.5 are chosen by `severity` (視情況).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { bandParam, pointsFor, rangeText, severity, severityText } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.1(2,3,5)';

const ASPECT_TEXT = {
  appearance: { en: 'make-up and hair', zh: '妆容发型' },
  'nails-hair-colour': { en: 'long or painted nails, dyed hair', zh: '长指甲、指甲油或彩色染发' },
  manners: { en: 'grooming in public', zh: '当众整理仪容' },
} as const;

export const grooming = defineRule({
  id: 'P12.grooming',
  policy: 'P12',
  clause: '4.2.1(2,3,5)',
  seedLines: [375, 378],
  kind: 'check',
  title: { en: 'Grooming, nails and manners: −0.5 to −1.5 points each time', zh: '仪容仪表：每次扣0.5至1.5分' },
  facts: z
    .object({
      severity: severity.meta({
        description: 'light / medium / heavy, or the signed points between −1.5 and −0.5',
        zh: '轻 / 中 / 重，或 −1.5 至 −0.5 之间的带符号分数',
      }),
      aspect: z.enum(['appearance', 'nails-hair-colour', 'manners']).optional().meta({
        description: 'which item: 2) make-up and hair, 3) nails and hair colour, 5) grooming in public',
        zh: '哪一项：2）化妆与发型，3）指甲与发色，5）公共场合整理仪容',
      }),
      employee: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      points: bandParam(-1, { light: -0.5, medium: -1, heavy: -1.5 }, { en: 'each incident', zh: '每次' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const band = ctx.params.points;
    const points = pointsFor(f.severity, band, ['severity']);
    const sanctions: Sanction[] = points === 0 ? [] : [{ type: 'points', points, clause: CLAUSE }];
    const aspect = f.aspect ? ASPECT_TEXT[f.aspect] : { en: 'grooming or manners', zh: '仪容仪表或举止' };
    const sev = severityText(f.severity);
    const range = rangeText(band);
    return itemVerdict({
      found: 1,
      unit: 'count',
      sanctions,
      finding: { en: `1 incident of ${aspect.en} (${sev.en})`, zh: `${aspect.zh}违规1次（${sev.zh}）` },
      reading: {
        en: `the range ${range.en} is chosen by severity (視情況)`,
        zh: `扣分幅度${range.zh}按情节轻重（视情况）选定`,
      },
    });
  },
});
