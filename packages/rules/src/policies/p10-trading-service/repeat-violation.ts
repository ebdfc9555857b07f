/**
 * (五)違紀處理 1: 客服職員工作時違犯客服工作管理規定，經發現給予100元/次罰款處理; 第二次違反相同規定雙倍處罰; 第三次違反相同規定，
 * 公司予以除名處理。 (Line 334 then repeats 「違反上述規定，予以責任者200元/次罰款處理」, the penalty of clause 2 copied in by
 * the web copy; it is not read as part of this ladder.)
 * Counted: earlier breaches of the same rule by the same employee, strictly before `at`, and, when the parameter
 * `window` is set, no earlier than `at` minus the window (Ambiguities 3: no window by default). The ladder stops at
 * the third time; a fourth or later time is read as dismissal again. With `dismissalAt` raised, every time between
 * the second and dismissal costs the second time's fine (the seed names no other amount).
 * A caller that keeps the history itself (the audit) gives `priorCount` — the earlier breaches that count,
 * window applied — instead of the list: the same value and explanation, without re-reading the whole
 * history for every breach (issue #13: the ladder was quadratic).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at } from '../../kernel/helpers.js';
import { casualMs, parseIsoDuration } from '../../kernel/iso-duration.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { count, instant, yuan } from '../../kernel/schemas.js';
import { DAY } from '../../kernel/time.js';
import { minusWindow } from './window.js';

export interface RepeatViolationValue {
  /** 1 for the first time, 2 for the second … */
  readonly occurrence: number;
  /** Earlier breaches that counted. */
  readonly counted: number;
  /** Yuan; 0 when the outcome is dismissal. */
  readonly fine: number;
  readonly dismissal: boolean;
}

const CLAUSE = 'P10 (五)1';

const windowSchema = z
  .string()
  .refine(
    (s) => {
      const d = parseIsoDuration(s);
      const days = d === undefined ? Number.NaN : casualMs(d) / DAY;
      return days >= 1 && days <= 3660;
    },
    { message: 'expected an ISO-8601 duration between P1D and P10Y, e.g. P12M' },
  )
  .meta({
    description: 'rolling window for counting earlier breaches (calendar arithmetic in the zone), e.g. P12M',
    zh: '统计以往违规的滚动窗口期（按时区的日历计算），例如 P12M',
  });

function ordinal(n: number): Bilingual {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return { en: `${n}${suffix}`, zh: `第${n}次` };
}

/** The breaches of `rule` in the list that count (before `now`, inside the window) and those at or after it. */
function countPrior(
  priorBreaches: readonly { readonly rule: string; readonly at: string }[],
  rule: string,
  now: number,
  window: string | undefined,
  zone: string,
): { counted: number; later: number } {
  const from = window === undefined ? Number.NEGATIVE_INFINITY : minusWindow(now, window, zone);
  let counted = 0;
  let later = 0;
  for (const b of priorBreaches) {
    if (b.rule !== rule) continue;
    const t = at(b.at);
    if (t < now && t >= from) counted += 1;
    if (t >= now) later += 1;
  }
  return { counted, later };
}

export const repeatViolation = defineRule({
  id: 'P10.repeat-violation',
  policy: 'P10',
  clause: '(五)1',
  seedLines: [333, 334],
  kind: 'compute',
  title: {
    en: 'Service-rule breaches: 100 yuan, then double, then dismissal',
    zh: '违反客服工作管理规定：罚100元、双倍、除名',
  },
  facts: z
    .object({
      employee: z.string().trim().min(1).max(200).meta({ description: 'who breached the rule', zh: '违规的人' }),
      rule: z.string().trim().min(1).max(200).meta({ description: 'the service rule breached', zh: '违反的服务规则' }),
      at: instant.meta({ description: 'when this breach happened', zh: '本次违规发生的时间' }),
      priorBreaches: z
        .array(
          z
            .object({
              rule: z
                .string()
                .trim()
                .min(1)
                .max(200)
                .meta({ description: 'the service rule breached', zh: '违反的服务规则' }),
              at: instant,
              employee: z
                .string()
                .trim()
                .min(1)
                .max(200)
                .optional()
                .meta({ description: 'must be the same employee when given', zh: '填写时必须是同一员工' }),
            })
            .strict(),
        )
        .max(10_000)
        .optional()
        .meta({
          description:
            "the employee's earlier breaches; only those of the same rule inside the window count (absent, and no priorCount: none known, warned)",
          zh: '该员工以前的违规；只计窗口期内同一规则的违规（缺省且无 priorCount：视为不明，会警告）',
        }),
      priorCount: count.optional().meta({
        description:
          "instead of priorBreaches: how many of the employee's earlier breaches of the same rule count — strictly before at, inside the window when it is set (the caller applies it)",
        zh: '代替 priorBreaches：该员工以前违反同一规则的次数——严格早于 at，设有窗口期时在窗口期内（由调用方计算）',
      }),
      laterCount: count.optional().meta({
        description:
          'with priorCount: breaches of the same rule known at or after this one, not counted (warned as later-breaches-ignored)',
        zh: '与 priorCount 同用：在本次之时或之后已知的同一规则违规，不计入（警告 later-breaches-ignored）',
      }),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.priorCount !== undefined && f.priorBreaches !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['priorCount'], message: 'give priorBreaches or priorCount, not both' });
      }
      if (f.laterCount !== undefined && f.priorCount === undefined) {
        ctx.addIssue({ code: 'custom', path: ['laterCount'], message: 'laterCount goes with priorCount' });
      }
    }),
  params: z
    .object({
      firstFine: yuan.max(100_000).default(100).meta({ description: 'fine for the first time', zh: '第一次的罚款' }),
      repeatMultiplier: z
        .number()
        .min(1)
        .max(10)
        .default(2)
        .meta({ description: 'the second time costs the first fine × this', zh: '第二次罚款为第一次罚款 × 此数' }),
      dismissalAt: z
        .number()
        .int()
        .min(2)
        .max(20)
        .default(3)
        .meta({ description: 'the time that brings dismissal', zh: '导致辞退的次数' }),
      window: windowSchema.optional(),
    })
    .strict(),
  startOf: (f) => at(f.at),
  evaluate(f, ctx) {
    const p = ctx.params;
    const now = at(f.at);
    const priorBreaches = f.priorBreaches ?? [];
    priorBreaches.forEach((b, i) => {
      if (b.employee !== undefined && b.employee !== f.employee) {
        throw badFact(['priorBreaches', i, 'employee'], `a breach by ${b.employee}, not ${f.employee}`);
      }
    });
    const { counted, later } =
      f.priorCount !== undefined
        ? { counted: f.priorCount, later: f.laterCount ?? 0 }
        : countPrior(priorBreaches, f.rule, now, p.window, ctx.zone);
    const historyGiven = f.priorBreaches !== undefined || f.priorCount !== undefined;
    const warnings: Warning[] = [];
    // The ladder rests on the history: without it the first time is assumed, and said so (not silently).
    if (!historyGiven) {
      warnings.push({
        code: 'history-not-given',
        en: 'no earlier breaches were given: read as the first time; give priorBreaches for the 2nd-time double and 3rd-time dismissal',
        zh: '未提供此前违规记录：按第1次处理；第2次双倍、第3次除名须提供priorBreaches',
      });
    }
    if (later > 0) {
      warnings.push({
        code: 'later-breaches-ignored',
        en: `${later} listed breach(es) of the same rule at or after this one were not counted`,
        zh: `所列同一规定的${later}次违规不早于本次，未计入`,
      });
    }
    const occurrence = counted + 1;
    const dismissal = occurrence >= p.dismissalAt;
    if (occurrence > p.dismissalAt) {
      warnings.push({
        code: 'beyond-ladder',
        en: `the seed's ladder ends at the ${ordinal(p.dismissalAt).en} time; a later time is read as dismissal again`,
        zh: `原文处罚阶梯止于${ordinal(p.dismissalAt).zh}；此后仍按除名处理`,
      });
    }
    const firstFen = yuanToFen(p.firstFine);
    const fineFen = dismissal ? 0 : occurrence === 1 ? firstFen : mulDivFen(firstFen, p.repeatMultiplier, 1);
    const fine = fenToYuan(fineFen);
    const sanctions: Sanction[] = dismissal
      ? [{ type: 'dismissal', clause: CLAUSE }]
      : [{ type: 'fine', amount: fine, clause: CLAUSE }];
    const value: RepeatViolationValue = { occurrence, counted, fine, dismissal };
    const scope: Bilingual = !historyGiven
      ? { en: 'no earlier breaches were given', zh: '未提供此前违规记录' }
      : p.window === undefined
        ? { en: 'all earlier history counted', zh: '计入全部历史记录' }
        : { en: `counted within ${p.window}`, zh: `计入${p.window}内的记录` };
    const n = ordinal(occurrence);
    const outcome: Bilingual = dismissal
      ? { en: 'dismissal', zh: '予以除名' }
      : {
          en: `a fine of ${ctx.words.yuan(fine).en}; the department head owes double (P10.joint-liability)`,
          zh: `罚款${ctx.words.yuan(fine).zh}；部门主管追责双倍（P10.joint-liability）`,
        };
    return {
      value,
      sanctions,
      warnings,
      explanation: {
        en: `The ${n.en} breach of "${f.rule}" by ${f.employee} (${counted} earlier, ${scope.en}; dismissal at the ${ordinal(p.dismissalAt).en}): ${outcome.en}`,
        zh: `${f.employee}${n.zh}违反「${f.rule}」（此前${counted}次，${scope.zh}；${ordinal(p.dismissalAt).zh}除名）：${outcome.zh}`,
      },
    };
  },
});
