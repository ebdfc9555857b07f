import { describe, expect, it } from 'vitest';
import { json, kefuIn } from './helpers.js';

describe('kefu show', () => {
  it('shows a rule: clause, facts, parameters with defaults, seed lines', async () => {
    const run = await kefuIn(['show', 'P01.complaint-reply']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('P01 投訴 4,5');
    expect(run.stdout).toContain('receivedAt');
    expect(run.stdout).toMatch(/validReplyWithin\s*│\s*string\s*│\s*PT2H/);
    expect(run.stdout).toMatch(/14–15/);
  });

  it("prints the seed's own words, shipped with the rules", async () => {
    const run = await kefuIn(['show', 'P01.complaint-reply']);
    expect(run.stdout).toContain('不能當場處理的有效投訴，2小時內回復業戶');
    expect(run.stdout).toContain('確認無效投訴后，值班人員在2小時內回復業戶');
    expect(run.stdout).not.toContain('有效投訴回訪率為100%');
  });

  it('shows a policy with its rules', async () => {
    const run = await kefuIn(['show', 'P01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('P01.service-callback');
  });

  it('--json is one document: the registry record plus the seed text', async () => {
    const rule = json(await kefuIn(['show', 'P12.lateness', '--json'])) as Record<string, unknown>;
    expect(rule).toMatchObject({ id: 'P12.lateness', policy: 'P12' });
    expect(rule).toHaveProperty('seedText');
    const policy = json(await kefuIn(['show', 'p01', '--json'])) as { code: string; rules: { id: string }[] };
    expect(policy.code).toBe('P01');
    expect(policy.rules.map((r) => r.id)).toContain('P01.complaint-reply');
  });

  it('suggests near names for an unknown one and exits 2', async () => {
    const run = await kefuIn(['show', 'complaint']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown rule or policy "complaint"');
    expect(run.stderr).toContain('P01.complaint-reply');
  });

  it('needs an argument', async () => {
    const run = await kefuIn(['show']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing required argument 'policy|ruleId'");
  });

  it('an id with a typo gets the closest rule id, not only ids containing the text', async () => {
    const run = await kefuIn(['show', 'P12.latness']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('did you mean P12.lateness?');
  });
});
