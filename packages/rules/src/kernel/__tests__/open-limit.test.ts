import { describe, expect, it } from 'vitest';
import { KefuRuleError } from '../errors.js';
import { openLimit } from '../open-limit.js';

// #18 (param clauses): a limit the seed leaves open (及時, 立即, 迅速, 定期) has no default; until the
// organisation sets it the rule refuses with not-configured, naming the parameter — one way for every rule.
const limit = openLimit({
  ruleId: 'P03.contact-reply',
  param: 'replyWithin',
  seedWord: '迅速',
  gloss: 'quickly',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'contact → reply',
  zh: '联系至回复的时限',
});

describe('openLimit (kernel/open-limit.ts)', () => {
  it('unset: not-configured, naming the parameter where the configuration sets it, in the seed’s word', () => {
    let thrown: unknown;
    try {
      limit.required(undefined);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KefuRuleError);
    expect(thrown).toMatchObject({
      code: 'not-configured',
      message: 'P03.contact-reply: the seed says only 迅速 (quickly): set replyWithin, an ISO duration such as P1D',
      issues: [{ path: ['config', 'rules', 'P03.contact-reply', 'replyWithin'] }],
    });
  });

  it('set: the organisation’s value, as given', () => {
    expect(limit.required('PT4H')).toBe('PT4H');
  });

  it('the schema has no default and takes a duration within its bounds only (PT1M and P30D included)', () => {
    expect(limit.schema.parse(undefined)).toBeUndefined();
    expect(limit.schema.safeParse('PT1M').success).toBe(true);
    expect(limit.schema.safeParse('P30D').success).toBe(true);
    expect(limit.schema.safeParse('PT59S').error?.issues[0]?.message).toBe('must be between PT1M and P30D');
    expect(limit.schema.safeParse('P31D').success).toBe(false);
    expect(limit.schema.safeParse('soon').error?.issues[0]?.message).toBe('expected an ISO-8601 duration such as PT2H');
  });
});
