/**
 * 4.2.2 1): 接觸業主時應運用禮貌語言，做到微笑服務，吐字清楚，嚴禁與業主頂撞、爭執，與業主爭吵者，視情節給予處分，
 * 嚴重者給予自動離職處分。
 * The scoring policy's own sanction for a quarrel with an owner (P10.quarrel is P10's, for a trading firm's
 * customer, with other penalties). The seed fixes only the serious case (嚴重者: deemed resignation); the
 * sanction of a lesser quarrel is left to the circumstances (視情節給予處分). Reading: the same policy's own
 * scale of sanctions (4.2.2 6) and 7): 警告, then 記過, then 自動離職) — a light quarrel a warning, a medium
 * one a minor demerit; both are parameters. No points: the clause deducts none.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';
import { describeSanctions, type Sanction } from '../../kernel/sanctions.js';
import type { SeverityLevel } from './severity.js';
import { itemVerdict } from './verdict.js';

const CLAUSE = 'P12 4.2.2(1)';

/** The sanctions the circumstances may bring short of deemed resignation. */
const lesserSanction = z.enum(['warning', 'minor-demerit', 'major-demerit']);

const SEVERITY_TEXT: Readonly<Record<SeverityLevel, Bilingual>> = {
  light: { en: 'light', zh: '情节轻微' },
  medium: { en: 'medium', zh: '情节一般' },
  heavy: { en: 'serious', zh: '情节严重' },
};

export const ownerQuarrel = defineRule({
  id: 'P12.owner-quarrel',
  policy: 'P12',
  clause: '4.2.2(1)',
  seedLines: [380, 380],
  kind: 'check',
  title: {
    en: 'A quarrel with an owner: a sanction by the circumstances; deemed resignation when serious',
    zh: '与业主争吵：视情节给予处分，严重者自动离职',
  },
  facts: z
    .object({
      severity: z.enum(['light', 'medium', 'heavy']).meta({
        description: 'the circumstances: light, medium, or heavy (嚴重者, deemed resignation)',
        zh: '情节：轻、中，或重（严重者，自动离职）',
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
      lightSanction: lesserSanction.default('warning').meta({
        description: 'the sanction of a light quarrel (視情節給予處分; read from 4.2.2 6): 警告)',
        zh: '情节轻微的争吵所给的处分（视情节给予处分；按4.2.2 6）的警告理解）',
      }),
      mediumSanction: lesserSanction.default('minor-demerit').meta({
        description: 'the sanction of a medium quarrel (read from 4.2.2 6): 記過, a minor demerit)',
        zh: '情节一般的争吵所给的处分（按4.2.2 6）的记过理解，即小过）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const sanction: Sanction =
      f.severity === 'heavy'
        ? { type: 'deemed-resignation', clause: CLAUSE }
        : { type: f.severity === 'light' ? ctx.params.lightSanction : ctx.params.mediumSanction, clause: CLAUSE };
    const sev = SEVERITY_TEXT[f.severity];
    const given = describeSanctions([sanction]);
    return itemVerdict({
      found: 1,
      unit: 'count',
      sanctions: [sanction],
      finding: { en: `1 quarrel with an owner (${sev.en})`, zh: `与业主争吵1次（${sev.zh}）` },
      reading: {
        en: `a ${sev.en} case brings ${given.en}; the seed fixes only the serious case (deemed resignation), the others follow 4.2.2 6)'s scale`,
        zh: `${sev.zh}给予${given.zh}；原文只规定严重者自动离职，其余按4.2.2 6）的处分等级`,
      },
    });
  },
});
