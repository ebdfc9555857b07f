/**
 * Folding the results of a month's item rules into the score and its outcomes. Points are summed in
 * hundredths and money in fen, so the total is exact; nothing here judges an item — that is each rule's job.
 */
import { describeYuan, fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Bilingual, RuleResult } from '../../kernel/result.js';
import { centi } from './severity.js';

export interface ScoredItem {
  readonly ruleId: string;
  readonly result: RuleResult;
}

export interface MonthlyItemTotal {
  readonly ruleId: string;
  /** How many times the rule was evaluated for the month (incidents, checks, or one for a month's list). */
  readonly evaluations: number;
  /** Signed points from this rule (a deduction is negative). */
  readonly points: number;
  /** Yuan off wages from this rule. */
  readonly wageDeductions: number;
}

export interface MonthlyScoreValue {
  readonly month: string;
  readonly employee?: string;
  readonly baseScore: number;
  /** Sum of the negative points (≤ 0). */
  readonly deductions: number;
  /** Sum of the merit points (≥ 0). */
  readonly merits: number;
  readonly score: number;
  readonly warnings: number;
  readonly minorDemerits: number;
  readonly majorDemerits: number;
  readonly deemedResignation: boolean;
  /** Yuan off wages in the month. */
  readonly wageDeductions: number;
  readonly items: readonly MonthlyItemTotal[];
}

export function foldMonth(
  month: string,
  employee: string | undefined,
  baseScore: number,
  items: readonly ScoredItem[],
): MonthlyScoreValue {
  let minus = 0;
  let plus = 0;
  let wageFen = 0;
  let warnings = 0;
  let minorDemerits = 0;
  let majorDemerits = 0;
  let deemedResignation = false;
  const perRule = new Map<string, { evaluations: number; points: number; wageFen: number }>();
  for (const { ruleId, result } of items) {
    const total = perRule.get(ruleId) ?? { evaluations: 0, points: 0, wageFen: 0 };
    total.evaluations += 1;
    for (const s of result.sanctions) {
      if (s.type === 'points') {
        const c = centi(s.points);
        if (c < 0) minus += c;
        else plus += c;
        total.points += c;
      } else if (s.type === 'wage-deduction') {
        const fen = yuanToFen(s.amount);
        wageFen += fen;
        total.wageFen += fen;
      } else if (s.type === 'warning') warnings += s.count ?? 1;
      else if (s.type === 'minor-demerit') minorDemerits += s.count ?? 1;
      else if (s.type === 'major-demerit') majorDemerits += s.count ?? 1;
      else if (s.type === 'deemed-resignation') deemedResignation = true;
    }
    perRule.set(ruleId, total);
  }
  return {
    month,
    ...(employee !== undefined && { employee }),
    baseScore,
    deductions: minus / 100,
    merits: plus / 100,
    score: (centi(baseScore) + minus + plus) / 100,
    warnings,
    minorDemerits,
    majorDemerits,
    deemedResignation,
    wageDeductions: fenToYuan(wageFen),
    items: [...perRule].map(([ruleId, t]) => ({
      ruleId,
      evaluations: t.evaluations,
      points: t.points / 100,
      wageDeductions: fenToYuan(t.wageFen),
    })),
  };
}

/** "2026-11: 100 − 12.5 + 5 = 92.5; 1 warning, …" in both languages. */
export function scoreText(v: MonthlyScoreValue): Bilingual {
  const who = v.employee ? { en: ` for ${v.employee}`, zh: `（${v.employee}）` } : { en: '', zh: '' };
  const wage = describeYuan(v.wageDeductions);
  const outcome = {
    en: [
      `${v.warnings} warning(s)`,
      `${v.minorDemerits} minor demerit(s)`,
      ...(v.majorDemerits > 0 ? [`${v.majorDemerits} major demerit(s)`] : []),
      v.deemedResignation ? 'deemed resignation' : 'no deemed resignation',
      `wage deductions ${wage.en}`,
    ].join(', '),
    zh: [
      `警告${v.warnings}次`,
      `小过${v.minorDemerits}次`,
      ...(v.majorDemerits > 0 ? [`大过${v.majorDemerits}次`] : []),
      v.deemedResignation ? '作自动离职处理' : '未达自动离职',
      `扣工资${wage.zh}`,
    ].join('，'),
  };
  return {
    en: `Score for ${v.month}${who.en}: base ${v.baseScore} − ${-v.deductions} deducted + ${v.merits} merit = ${v.score}; ${outcome.en}`,
    zh: `${v.month}考绩分${who.zh}：基础分${v.baseScore}，扣${-v.deductions}分，加${v.merits}分，合计${v.score}分；${outcome.zh}`,
  };
}
