import { describe, expect, it } from 'vitest';
import type { Verdict } from '../define-rule.js';
import { KefuRuleError } from '../errors.js';
import {
  dateOf,
  joinClauses,
  joinList,
  monthOf,
  NO_SANCTION,
  NO_SANCTION_TO_CORRECT,
  noPenalty,
  onBreach,
  percentText,
  statusSeverity,
  withConsequence,
  worstStatus,
} from '../helpers.js';
import { faultsOf, isBlank, listNames, missingFields } from '../record.js';
import { parseDate } from '../time.js';

const verdict = (status: 'met' | 'breached'): Verdict<never> => ({ status, explanation: { en: 'Late', zh: '迟了' } });

describe('validated facts', () => {
  it('dates and months as the schema passed them; anything else is an internal error', () => {
    expect(dateOf('2026-02-28')).toBe(parseDate('2026-02-28'));
    expect(monthOf('2026-02')).toEqual({ year: 2026, month: 2 });
    expect(() => monthOf('2026-13')).toThrow(KefuRuleError);
    expect(() => dateOf('2026-02-30')).toThrow(KefuRuleError);
  });
});

describe('statuses', () => {
  it('the worst status wins; none is not applicable', () => {
    expect(worstStatus(['met', 'pending', 'at-risk'])).toBe('at-risk');
    expect(worstStatus(['not-applicable', 'breached', 'met'])).toBe('breached');
    expect(worstStatus([])).toBe('not-applicable');
    expect(statusSeverity('met')).toBeLessThan(statusSeverity('pending'));
  });
});

describe('consequences', () => {
  it('no sanction, to be corrected, or a named breach without penalty', () => {
    expect(NO_SANCTION).toEqual({ en: 'the policy prescribes no sanction', zh: '本制度未规定处罚' });
    expect(NO_SANCTION_TO_CORRECT).toEqual({
      en: 'to be corrected; the policy prescribes no sanction',
      zh: '须整改，本制度未规定处罚',
    });
    expect(noPenalty('P08', { en: 'the front-desk duty standard', zh: '前台值班规范' })).toEqual({
      en: 'a breach of the front-desk duty standard (P08 prescribes no penalty)',
      zh: '违反前台值班规范（本制度未规定处罚）',
    });
    expect(noPenalty('P11', { en: 'the front-desk rules', zh: '前台管理规定' }, true)).toEqual({
      en: 'a breach of the front-desk rules (P11 prescribes no penalty for it)',
      zh: '违反前台管理规定（本制度对此未规定处罚）',
    });
  });

  it('appended to a breached verdict only', () => {
    const c = { en: 'fix it', zh: '整改' };
    expect(withConsequence(verdict('breached'), c).explanation).toEqual({ en: 'Late: fix it', zh: '迟了：整改' });
    expect(withConsequence(verdict('met'), c).explanation).toEqual({ en: 'Late', zh: '迟了' });
    expect(onBreach(verdict('breached'), c).explanation).toEqual({
      en: 'Late; fix it (the policy prescribes no sanction)',
      zh: '迟了；整改（本制度未规定处罚）',
    });
    expect(onBreach(verdict('breached')).explanation).toEqual({
      en: 'Late (the policy prescribes no sanction)',
      zh: '迟了（本制度未规定处罚）',
    });
    expect(onBreach(verdict('met'), c).explanation.en).toBe('Late');
  });
});

describe('words', () => {
  it('joins, lists and percentages', () => {
    const parts = [
      { en: 'a', zh: '甲' },
      { en: 'b', zh: '乙' },
    ];
    expect(joinClauses(parts)).toEqual({ en: 'a; b', zh: '甲；乙' });
    expect(joinList(parts)).toEqual({ en: 'a, b', zh: '甲、乙' });
    expect(percentText(0.049)).toBe('4.9%');
    expect(percentText(1 / 3)).toBe('33.33%');
  });
});

describe('records', () => {
  it('blank entries and missing fields, in the order required, once each', () => {
    expect([undefined, null, '', '  ', 'x', 0, false].map(isBlank)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    const facts: Partial<Record<'a' | 'b' | 'c', unknown>> = { a: 'x', b: ' ' };
    expect(missingFields(facts, ['c', 'a', 'b', 'c'])).toEqual(['c', 'b']);
    const names = { a: { en: 'A', zh: '甲' }, b: { en: 'B', zh: '乙' }, c: { en: 'C', zh: '丙' } };
    expect(listNames(['c', 'b'], names)).toEqual({ en: 'C, B', zh: '丙、乙' });
    expect(
      faultsOf([
        { ok: true, fault: names.a },
        { ok: false, fault: names.b },
      ]),
    ).toEqual([names.b]);
  });
});
