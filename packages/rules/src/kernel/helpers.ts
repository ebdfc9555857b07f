/**
 * Small pieces every rule body uses: instants, dates and months from validated facts, ordering checks,
 * timed verdicts, statuses combined, and the words of a breach's consequence.
 */
import type { Deadline } from './deadline.js';
import { dayOfMonthDeadline, judgeTimed, type TimeContext } from './deadline.js';
import type { PolicyCode, RuleInfo, Verdict } from './define-rule.js';
import { badFact, KefuRuleError } from './errors.js';
import type { InstantCodec } from './instant-codec.js';
import type { Bilingual, Quantity, RuleResult, Status, Target } from './result.js';
import { describeDuration, MINUTE, parseDate, parseInstant, parseMonth, type YearMonth } from './time.js';
import type { WordMemo } from './word-memo.js';

/** Epoch ms of an instant that its schema already validated. */
export function at(text: string): number {
  const ms = parseInstant(text);
  if (ms === undefined) throw new KefuRuleError('internal', `unvalidated instant ${text}`);
  return ms;
}

/** Epoch ms of an optional validated instant. */
export function atOpt(text: string | undefined): number | undefined {
  return text === undefined ? undefined : at(text);
}

/** Day number of a `YYYY-MM-DD` date that its schema already validated. */
export function dateOf(text: string): number {
  const day = parseDate(text);
  if (day === undefined) throw new KefuRuleError('internal', `unvalidated date ${text}`);
  return day;
}

/** The month of a `YYYY-MM` that its schema already validated. */
export function monthOf(text: string): YearMonth {
  const month = parseMonth(text);
  if (month === undefined) throw new KefuRuleError('internal', `unvalidated month ${text}`);
  return month;
}

/** Reject facts where `later` (at `path`) comes before `earlier` (named `earlierName`). */
export function notBefore(later: number | undefined, earlier: number, path: string, earlierName: string): void {
  if (later !== undefined && later < earlier) throw badFact([path], `must not be before ${earlierName}`);
}

/** `describeDuration`, frozen (a prepared run remembers these words: `ctx.words.duration`). */
export function durationText(ms: number): Bilingual {
  return Object.freeze(describeDuration(ms));
}

export const statusText: Readonly<Record<Status, Bilingual>> = {
  met: { en: 'met', zh: '达标' },
  breached: { en: 'breached', zh: '违规' },
  pending: { en: 'pending', zh: '待处理' },
  'at-risk': { en: 'at risk', zh: '有风险' },
  'not-applicable': { en: 'not applicable', zh: '不适用' },
};

export interface TimedInput {
  readonly deadline: Deadline;
  /** When the required action happened, if it did. */
  readonly doneAt: number | undefined;
  readonly ctx: {
    readonly asOf: number | undefined;
    readonly warningShare: number;
    readonly zone: string;
    readonly time: InstantCodec;
    readonly words: WordMemo;
  };
  /** The action as a noun: `{ en: 'reply', zh: '回复' }`. */
  readonly action: Bilingual;
  readonly measured?: Quantity;
  readonly target?: Target;
}

/**
 * The standard verdict of a timed rule: status from `judgeTimed`, due time, the deadline's own account
 * of skipped days, and an explanation in both languages. Clock deadlines measure elapsed minutes.
 */
export function timedVerdict(input: TimedInput): Verdict<never> {
  const { deadline, doneAt, ctx, action } = input;
  const judged = judgeTimed(deadline, doneAt, ctx.asOf, ctx.warningShare);
  const due = ctx.time.localText(deadline.dueAt, ctx.zone);
  const how = deadline.describe;
  const reference = doneAt ?? ctx.asOf ?? deadline.windowStart;
  let explanation: Bilingual;
  if (doneAt !== undefined) {
    const when = ctx.time.localText(doneAt, ctx.zone);
    if (judged.status === 'met') {
      explanation = {
        en: `The ${action.en} at ${when} was on time (${how.en}; due ${due})`,
        zh: `${action.zh}于${when}完成，未超时限（${how.zh}，截止${due}）`,
      };
    } else {
      const late = ctx.words.duration(doneAt - deadline.dueAt);
      explanation = {
        en: `The ${action.en} at ${when} was ${late.en} late (${how.en}; due ${due})`,
        zh: `${action.zh}于${when}完成，超时${late.zh}（${how.zh}，截止${due}）`,
      };
    }
  } else {
    const asOf = ctx.asOf ?? deadline.windowStart;
    const now = ctx.time.localText(asOf, ctx.zone);
    if (judged.status === 'breached') {
      const late = ctx.words.duration(asOf - deadline.dueAt);
      explanation = {
        en: `No ${action.en} by ${due} (${how.en}); ${late.en} overdue at ${now}`,
        zh: `截至${now}仍未${action.zh}，已超时${late.zh}（${how.zh}，截止${due}）`,
      };
    } else {
      const left = ctx.words.duration(deadline.dueAt - asOf);
      const used = Math.round((judged.elapsedShare ?? 0) * 100);
      const risk =
        judged.status === 'at-risk'
          ? { en: `, ${used}% of the window used`, zh: `，已用去时限的${used}%` }
          : { en: '', zh: '' };
      explanation = {
        en: `The ${action.en} is due by ${due} (${how.en}); ${left.en} left at ${now}${risk.en}`,
        zh: `${action.zh}须于${due}前完成（${how.zh}），截至${now}尚余${left.zh}${risk.zh}`,
      };
    }
  }
  // Built field by field (no spreads: this runs for most timed findings), in the order the spreads gave:
  // status, deadline, measured, target, explanation. A clock deadline measures elapsed minutes unless
  // the caller brings its own measure or target.
  const clock = deadline.kind === 'clock';
  const measured =
    input.measured ??
    (clock ? { value: round2((reference - deadline.windowStart) / MINUTE), unit: 'minute' as const } : undefined);
  const target =
    input.target ??
    (clock
      ? {
          value: round2((deadline.dueAt - deadline.windowStart) / MINUTE),
          unit: 'minute' as const,
          comparator: '<=' as const,
        }
      : undefined);
  const verdict: { -readonly [K in keyof Verdict<never>]: Verdict<never>[K] } = {
    status: judged.status,
    deadline,
    explanation,
  };
  if (measured !== undefined) verdict.measured = measured;
  if (target !== undefined) verdict.target = target;
  return verdict;
}

const SEVERITY: Readonly<Record<Status, number>> = {
  'not-applicable': 0,
  met: 1,
  pending: 2,
  'at-risk': 3,
  breached: 4,
};

/** How bad a status is: not-applicable < met < pending < at-risk < breached. */
export function statusSeverity(status: Status): number {
  return SEVERITY[status];
}

/** The status of several obligations together: the worst one wins (`not-applicable` for none). */
export function worstStatus(statuses: Iterable<Status>): Status {
  let result: Status = 'not-applicable';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[result]) result = s;
  return result;
}

/** Bilingual clauses joined into one: `a; b` / `a；b`. */
export function joinClauses(parts: readonly Bilingual[]): Bilingual {
  return { en: parts.map((p) => p.en).join('; '), zh: parts.map((p) => p.zh).join('；') };
}

/** Bilingual names listed: `a, b` / `a、b`. */
export function joinList(parts: readonly Bilingual[]): Bilingual {
  return { en: parts.map((p) => p.en).join(', '), zh: parts.map((p) => p.zh).join('、') };
}

/** The policy sets the standard but no sanction for breaching it. */
export const NO_SANCTION: Bilingual = { en: 'the policy prescribes no sanction', zh: '本制度未规定处罚' };

/** A breach that is a finding to correct, without sanction. */
export const NO_SANCTION_TO_CORRECT: Bilingual = {
  en: `to be corrected; ${NO_SANCTION.en}`,
  zh: `须整改，${NO_SANCTION.zh}`,
};

/**
 * The consequence of a breach the policy prescribes no penalty for, naming the rules broken:
 * `a breach of <rules> (P08 prescribes no penalty)` / `违反<rules>（本制度未规定处罚）`. With `forIt`, for a
 * policy that does penalise other breaches: `… (P11 prescribes no penalty for it)` / `（本制度对此未规定处罚）`.
 */
export function noPenalty(policy: PolicyCode, rules: Bilingual, forIt = false): Bilingual {
  return forIt
    ? {
        en: `a breach of ${rules.en} (${policy} prescribes no penalty for it)`,
        zh: `违反${rules.zh}（本制度对此未规定处罚）`,
      }
    : { en: `a breach of ${rules.en} (${policy} prescribes no penalty)`, zh: `违反${rules.zh}（${NO_SANCTION.zh}）` };
}

function appendIfBreached<V>(verdict: Verdict<V>, tail: Bilingual): Verdict<V> {
  if (verdict.status !== 'breached') return verdict;
  return {
    ...verdict,
    explanation: { en: `${verdict.explanation.en}${tail.en}`, zh: `${verdict.explanation.zh}${tail.zh}` },
  };
}

/** A breached verdict with its consequence after a colon (`…: <consequence>`); any other verdict as it is. */
/**
 * A call nobody answered, under "answer within `maxRings` rings" (P08 4.1(5) 電話鈴響三聲內必須接聽, P10 (二)
 * 三聲鈴聲之內須接聽): breached once the rings allowed went by; a caller who hung up before that is no breach
 * (not applicable): the line had not yet failed to answer. The policy adds its consequence to a breach.
 */
export function unansweredCall(rings: number, maxRings: number): Verdict<never> {
  const measured = { value: rings, unit: 'ring' as const };
  const target = { value: maxRings, unit: 'ring' as const, comparator: '<=' as const };
  if (rings < maxRings) {
    return {
      status: 'not-applicable',
      measured,
      target,
      explanation: {
        en: `The caller hung up after ${rings} ring(s), before the ${maxRings} rings allowed ran out: no breach`,
        zh: `来电方在铃响${rings}声后挂断，未到${maxRings}声的接听时限，不违规`,
      },
    };
  }
  return {
    status: 'breached',
    measured,
    target,
    explanation: {
      en: `The call was not answered (${rings} ring(s)); it must be answered within ${maxRings} rings`,
      zh: `电话未接听（铃响${rings}声），须在铃响${maxRings}声内接听`,
    },
  };
}

export function withConsequence<V>(verdict: Verdict<V>, consequence: Bilingual): Verdict<V> {
  return appendIfBreached(verdict, { en: `: ${consequence.en}`, zh: `：${consequence.zh}` });
}

/**
 * A breached verdict with what must be done and that no sanction follows: `…; <action> (the policy prescribes
 * no sanction)`, or `… (the policy prescribes no sanction)` without an action; any other verdict as it is.
 */
export function onBreach<V>(verdict: Verdict<V>, action?: Bilingual): Verdict<V> {
  return appendIfBreached(
    verdict,
    action
      ? { en: `; ${action.en} (${NO_SANCTION.en})`, zh: `；${action.zh}（${NO_SANCTION.zh}）` }
      : { en: ` (${NO_SANCTION.en})`, zh: `（${NO_SANCTION.zh}）` },
  );
}

/** A share as a percentage for explanations, to two decimals: `0.049` → `4.9%`. */
export function percentText(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}

/**
 * A monthly report due by the end of day `day` of the month after `month` (「每月N日前」, inclusive): its
 * deadline, a submission before `month` ended rejected (it cannot cover the whole month), the day of the
 * following month it came on (or, still open, is) as the measure, and the standard timed verdict.
 */
export function monthlyReportVerdict(input: {
  readonly month: string;
  readonly submittedAt: string | undefined;
  readonly day: number;
  readonly ctx: TimeContext & {
    readonly asOf: number | undefined;
    readonly warningShare: number;
    readonly words: WordMemo;
  };
  readonly action: Bilingual;
}): Verdict<never> {
  const { ctx } = input;
  const deadline = dayOfMonthDeadline(monthOf(input.month), input.day, 1, ctx);
  const submitted = atOpt(input.submittedAt);
  notBefore(submitted, deadline.windowStart, 'submittedAt', `the end of ${input.month}, the month reported on`);
  const reference = submitted ?? ctx.asOf;
  const measured =
    reference === undefined || reference < deadline.windowStart
      ? undefined
      : {
          value: ctx.time.localDay(reference, ctx.zone) - ctx.time.localDay(deadline.windowStart, ctx.zone) + 1,
          unit: 'day' as const,
        };
  return timedVerdict({
    deadline,
    doneAt: submitted,
    ctx,
    action: input.action,
    ...(measured && { measured }),
    target: { value: input.day, unit: 'day', comparator: '<=' },
  });
}

/** Round to two decimals for reported measures (minutes, ratios as shown), never for money. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A ratio check (`numerator / denominator >= min`) with its measure and target. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Errors about the configuration or the options are not about the composed facts: they keep their paths. */
const UNPREFIXED = new Set(['invalid-config', 'invalid-options']);

/**
 * Evaluate another rule from inside a rule (P12.monthly-score folds the P12 items; P13.overdue-action
 * builds on P13.closure) with the caller's own options, so an organisation's overrides and `asOf` apply
 * there too. A failure is re-thrown with its issue paths under `path` (e.g. `['grooming', 2]`).
 */
export function callRule(
  ctx: { readonly options: unknown },
  rule: RuleInfo,
  facts: unknown,
  path: readonly (string | number)[],
): RuleResult {
  const outcome = rule.run(facts, ctx.options);
  if (outcome.ok) return outcome.result;
  const { code, message, issues } = outcome.error;
  if (UNPREFIXED.has(code)) throw new KefuRuleError(code, message, issues);
  const where = path.length === 0 ? '' : `${path.join('.')}: `;
  throw new KefuRuleError(
    code,
    `${where}${message}`,
    issues.map((i) => ({ path: [...path, ...i.path], message: i.message })),
  );
}
