import { describe, expect, it } from 'vitest';
import { refusalZh } from './refusal-zh.js';
import { evaluate } from './registry.js';
import { englishIn, RULE_NAMES } from './test-support/english-words.js';

// #15: `kefu evaluate … --lang zh` printed a rule's refusal in English; the audit already had the Chinese.
describe('refusalZh: a rule’s refusal in Chinese (#15, errors in the user’s words)', () => {
  it('names the field a bad fact came in, in Chinese, led by the rule id', () => {
    const facts = { receivedAt: '2026-11-31T09:00:00+08:00' };
    const out = evaluate('P01.complaint-reply', facts);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const zh = refusalZh('P01.complaint-reply', out.error, facts);
    expect(zh.startsWith('P01.complaint-reply')).toBe(true);
    expect(zh).toContain('receivedAt');
    expect(englishIn(zh, RULE_NAMES)).toEqual([]);
  });

  it('names the parameter a limit the seed leaves open needs (not-configured)', () => {
    const facts = { reportedAt: '2026-11-02T09:00:00+08:00', asOf: '2026-11-03T09:00:00+08:00' };
    const out = evaluate('P03.on-site-response', facts);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('not-configured');
    const zh = refusalZh('p03.on-site-response', out.error, facts);
    expect(zh).toMatch(/^P03\.on-site-response/);
    expect(zh).toContain('onSiteWithin');
    expect(englishIn(zh, RULE_NAMES)).toEqual([]);
  });
});
