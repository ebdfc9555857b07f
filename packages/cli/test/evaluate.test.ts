import { describe, expect, it } from 'vitest';
import { fixture, json, kefu, kefuIn } from './helpers.js';

const late = JSON.stringify({
  receivedAt: '2026-03-02T09:00:00+08:00',
  valid: true,
  repliedAt: '2026-03-02T12:00:00+08:00',
  nextReplyAt: '2026-03-03T09:00:00+08:00',
});

interface Outcome {
  ok: boolean;
  result?: { ruleId: string; status?: string; explanation: { en: string; zh: string }; dueAt?: string };
  error?: { code: string; message: string; issues: { path: (string | number)[]; message: string }[] };
}

describe('kefu evaluate', () => {
  it('--json prints the outcome { ok, result }', async () => {
    const run = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, '--json']);
    expect(run.status).toBe(0);
    const outcome = json(run) as Outcome;
    expect(outcome.ok).toBe(true);
    expect(outcome.result).toMatchObject({ ruleId: 'P01.complaint-reply', status: 'breached' });
  });

  it('reads facts from @file and from stdin', async () => {
    const fromFile = json(
      await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', `@${fixture('complaint-late.json')}`, '--json']),
    );
    const fromStdin = json(kefu(['evaluate', 'P01.complaint-reply', '--facts', '-', '--json'], { input: late }));
    expect(fromFile).toEqual(fromStdin);
  });

  it('applies --config and --as-of', async () => {
    const withConfig = json(
      await kefuIn([
        'evaluate',
        'P01.complaint-reply',
        '--facts',
        late,
        '--config',
        fixture('config-3h.json'),
        '--json',
      ]),
    ) as Outcome;
    expect(withConfig.result?.status).toBe('met');
    const open = JSON.stringify({ receivedAt: '2026-03-02T09:00:00+08:00', valid: true });
    const pending = json(
      await kefuIn([
        'evaluate',
        'P01.complaint-reply',
        '--facts',
        open,
        '--as-of',
        '2026-03-02T09:30:00+08:00',
        '--json',
      ]),
    ) as Outcome;
    expect(pending.result?.status).toBe('pending');
  });

  it('prints the result with its explanation as text, in either language', async () => {
    const en = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('breached');
    expect(en.stdout).toContain('P01 投訴 4,5');
    const zh = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, '--lang', 'zh']);
    expect(zh.stdout).toContain('违规');
  });

  it('shows sanctions of a penalty rule', async () => {
    const facts = JSON.stringify({ shiftStart: '2026-03-02T09:00:00+08:00', arrivedAt: '2026-03-02T09:07:00+08:00' });
    const run = await kefuIn(['evaluate', 'P12.lateness', '--facts', facts]);
    expect(run.stdout).toMatch(/−\d+ points/);
  });

  it('--fail-on breach exits 1 on a breach and 0 otherwise', async () => {
    expect((await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, '--fail-on', 'breach'])).status).toBe(1);
    const ok = ['--config', fixture('config-3h.json')];
    expect(
      (await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, ...ok, '--fail-on', 'breach'])).status,
    ).toBe(0);
  });

  it('names the bad fact and exits 2, with the engine error as JSON under --json', async () => {
    const facts = JSON.stringify({ receivedAt: 'yesterday', valid: true });
    const text = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', facts]);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('--facts receivedAt');
    const run = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', facts, '--json']);
    expect(run.status).toBe(2);
    const outcome = json(run) as Outcome;
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.code).toBe('invalid-facts');
    expect(outcome.error?.issues[0]?.path).toEqual(['receivedAt']);
  });

  it('names the flag for bad JSON, --as-of, a bad configuration and an unknown rule', async () => {
    const badJson = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', '{oops']);
    expect(badJson.status).toBe(2);
    expect(badJson.stderr).toContain('--facts: not valid JSON');
    const asOf = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, '--as-of', 'tomorrow']);
    expect(asOf.status).toBe(2);
    expect(asOf.stderr).toContain('--as-of');
    const config = await kefuIn([
      'evaluate',
      'P01.complaint-reply',
      '--facts',
      late,
      '--config',
      fixture('config-bad.json'),
    ]);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('--config zone');
    const missing = await kefuIn(['evaluate', 'P01.complaint-reply', '--facts', late, '--config', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--config: cannot read nope.json');
    const unknown = await kefuIn(['evaluate', 'P00.nothing', '--facts', '{}']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown rule id "P00.nothing"');
  });

  it('requires --facts', async () => {
    const run = await kefuIn(['evaluate', 'P01.complaint-reply']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--facts');
  });

  it('--lang zh says a refusal in Chinese, as the audit words a refused line (#15: it was English)', async () => {
    const date = await kefuIn([
      'evaluate',
      'P12.lateness',
      '--facts',
      '{"shiftStart":"2026-11-31T08:00:00+08:00"}',
      '--lang',
      'zh',
    ]);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('P12.lateness：shiftStart：2026-11-31 不是日期：2026年11月只有 30 天');
    const limit = await kefuIn([
      'evaluate',
      'P03.on-site-response',
      '--facts',
      '{"reportedAt":"2026-11-02T09:00:00+08:00"}',
      '--lang',
      'zh',
    ]);
    expect(limit.status).toBe(2);
    expect(limit.stderr).toContain('未配置参数 onSiteWithin');
    expect(limit.stderr).not.toMatch(/the seed|configure|set onSiteWithin/);
  });

  it('errors in the user\'s words: an impossible date, a misspelt field and a misspelt rule id get a "did you mean"', async () => {
    const date = await kefuIn(['evaluate', 'p12.lateness', '--facts', '{"shiftStart":"2026-11-31T08:00:00+08:00"}']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--facts shiftStart: 2026-11-31 is not a date: November 2026 has 30 days');
    const field = await kefuIn([
      'evaluate',
      'P12.lateness',
      '--facts',
      '{"shiftStart":"2026-11-27T08:00:00+08:00","arivedAt":"2026-11-27T08:10:00+08:00"}',
    ]);
    expect(field.stderr).toContain('unknown field "arivedAt" (did you mean arrivedAt?)');
    expect(field.stderr).not.toMatch(/Invalid input|received undefined|Unrecognized key/);
    const id = await kefuIn(['evaluate', 'P12.latness', '--facts', '{}']);
    expect(id.status).toBe(2);
    expect(id.stderr).toContain('unknown rule id "P12.latness"; did you mean P12.lateness?');
  });

  // #15: the days a deadline skipped were all labelled "holiday", raw; National Day 2026 runs 1–7 October,
  // the 3rd and 4th being the weekend inside the break.
  it('labels each skipped day by what it is: public holiday, weekend inside the break (zh and en)', () => {
    const args = ['evaluate', 'P01.service-callback', '--facts', '{"completedAt":"2026-09-30T18:00:00+08:00"}'];
    const asOf = ['--as-of', '2026-10-09T12:00:00+08:00'];
    const zh = kefu([...args, ...asOf, '--lang', 'zh']);
    expect(zh.stdout).toMatch(/2026-10-01 │ 法定节假日\s+│ 国庆节/);
    expect(zh.stdout).toMatch(/2026-10-03 │ 周末（假期内）\s*│ 国庆节/);
    expect(zh.stdout).toContain('跳过的日期（工作日：');
    expect(zh.stdout).not.toMatch(/\bholiday\b/);
    const en = kefu([...args, ...asOf]);
    expect(en.stdout).toMatch(/2026-10-01 │ public holiday\s+│ National Day/);
    expect(en.stdout).toMatch(/2026-10-04 │ weekend \(in the holiday break\)\s*│ National Day/);
  });
});
