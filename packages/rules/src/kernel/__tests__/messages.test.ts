/**
 * Errors in the user's words (issue #15, "Errors mislead"): impossible dates named as such, null told to
 * omit the field, no zod default wording, "did you mean" for field names and choices.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import type { EvaluateOptions } from '../define-rule.js';
import { closest } from '../messages.js';

const firstIssue = (ruleId: string, facts: unknown, options?: EvaluateOptions) => {
  const out = evaluate(ruleId, facts, options);
  if (out.ok) throw new Error(`${ruleId} accepted ${JSON.stringify(facts)}`);
  return out.error.issues[0];
};

const ZOD_WORDING = /Invalid input|received undefined|Too big|Too small|Unrecognized key|expected string/;

describe('instants and dates', () => {
  it.each([
    ['2026-11-31T09:00:00+08:00', '2026-11-31 is not a date: November 2026 has 30 days'],
    ['2026-02-29T09:00:00+08:00', '2026-02-29 is not a date: February 2026 has 28 days'],
    ['2026-13-01T09:00:00+08:00', '2026-13-01 is not a date: there is no month 13'],
    ['2026-11-27T24:00:00+08:00', '24:00:00 is not a time of day'],
    ['2026-11-27 09:00:00+08:00', 'put a T between the date and the time'],
    ['2026-11-27T09:00:00', 'no offset: add the zone'],
    ['2026-11-27', '2026-11-27 is a date without a time'],
    ['yesterday', 'expected an ISO-8601 instant with an offset or Z'],
  ])('P12.lateness shiftStart %s: %s', (text, message) => {
    const issue = firstIssue('P12.lateness', { shiftStart: text, arrivedAt: '2026-11-27T08:10:01+08:00' });
    expect(issue).toMatchObject({ path: ['shiftStart'] });
    expect(issue?.message).toContain(message);
  });
});

describe('zod wording never reaches the user', () => {
  it('a missing field is "required", a null one is told to be left out', () => {
    const missing = firstIssue('P12.lateness', { arrivedAt: '2026-11-27T08:10:01+08:00' });
    expect(missing).toEqual({ path: ['shiftStart'], message: 'required: expected a text' });
    const nulled = firstIssue('P01.service-callback', {
      completedAt: '2026-11-26T10:00:00+08:00',
      calledBackAt: null,
      asOf: '2026-11-27T10:00:00+08:00',
    });
    expect(nulled).toEqual({
      path: ['calledBackAt'],
      message: 'null is not accepted: give a text, or leave the field out',
    });
  });

  it('an unknown field names the closest known one', () => {
    const out = evaluate('P01.complaint-reply', { recievedAt: '2026-11-27T15:00:00+08:00', valid: true });
    expect(out.ok ? [] : out.error.issues).toEqual([
      { path: ['receivedAt'], message: 'required: expected a text' },
      { path: [], message: 'unknown field "recievedAt" (did you mean receivedAt?)' },
    ]);
  });

  it('a number out of range says the bound and what came', () => {
    const out = evaluate('P12.lateness', { shiftStart: '2026-11-27T08:00:00+08:00' }, { config: { warningShare: 1 } });
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'warningShare'], message: 'less than 1, got 1' }] },
    });
  });

  it('a wrong choice lists the choices and the closest', () => {
    const out = evaluate(
      'P12.lateness',
      { shiftStart: '2026-11-27T08:00:00+08:00' },
      {
        config: { calendar: { unknownYears: 'weekend-only' } },
      },
    );
    expect(out.ok ? '' : out.error.issues[0]?.message).toBe(
      'expected one of error, weekends-only, got the text "weekend-only" (did you mean weekends-only?)',
    );
  });

  it('none of these messages carries zod wording', () => {
    const cases = [
      evaluate('P12.lateness', {}),
      evaluate('P12.lateness', { shiftStart: 5 }),
      evaluate('P12.lateness', { shiftStart: '2026-11-27T08:00:00+08:00', extra: 1 }),
      evaluate('P09.bonus-deduction', { monthlyBonus: -1 }),
      evaluate('P12.lateness', { shiftStart: '2026-11-27T08:00:00+08:00' }, { config: { zone: 7, warningShare: 2 } }),
    ];
    for (const out of cases) {
      expect(out.ok).toBe(false);
      for (const issue of out.ok ? [] : out.error.issues) expect(issue.message).not.toMatch(ZOD_WORDING);
    }
  });
});

describe('closest', () => {
  it.each([
    ['P12.latness', 'P12.lateness'],
    ['p08.phone-answer', 'P08.phone-answer'],
    ['recievedAt', 'receivedAt'],
    ['zzzz', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(closest(typed, ['P12.lateness', 'P08.phone-answer', 'receivedAt', 'repliedAt'])).toBe(expected);
  });
});

describe('rule ids', () => {
  it('an unknown id suggests the closest; the policy code is matched in any case', () => {
    expect(evaluate('P12.latness', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-rule', message: 'unknown rule id P12.latness (did you mean P12.lateness?)' },
    });
    const facts = { shiftStart: '2026-11-27T08:00:00+08:00', arrivedAt: '2026-11-27T08:10:01+08:00' };
    expect(evaluate('p12.lateness', facts)).toMatchObject({
      ok: true,
      result: { ruleId: 'P12.lateness' },
    });
  });
});
