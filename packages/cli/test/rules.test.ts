import { describe, expect, it } from 'vitest';
import { hasColour, json, kefuIn } from './helpers.js';

interface RuleRecord {
  id: string;
  policy: string;
  clause: string;
  kind: string;
  title: { en: string; zh: string };
  seedLines: [number, number];
  facts: { type?: string; properties?: Record<string, unknown> };
  params: { type?: string };
  defaults: Record<string, unknown>;
}

describe('kefu rules', () => {
  it('--json prints every rule with its schemas and defaults', async () => {
    const run = await kefuIn(['rules', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const records = json(run) as RuleRecord[];
    const reply = records.find((r) => r.id === 'P01.complaint-reply');
    expect(reply).toMatchObject({ policy: 'P01', kind: 'check', defaults: { validReplyWithin: 'PT2H' } });
    expect(reply?.title.zh).toBeTruthy();
    expect(reply?.facts.type).toBe('object');
    expect(Object.keys(reply?.facts.properties ?? {})).toContain('receivedAt');
    expect(reply?.params.type).toBe('object');
    for (const record of records) expect(Object.keys(record).sort()).toEqual(Object.keys(reply ?? {}).sort());
  });

  it('--policy keeps one policy (any case)', async () => {
    const records = json(await kefuIn(['rules', '--policy', 'p12', '--json'])) as RuleRecord[];
    expect(records.map((r) => r.id)).toContain('P12.lateness');
    expect(records.every((r) => r.policy === 'P12')).toBe(true);
  });

  it('prints a plain table when not on a terminal', async () => {
    const run = await kefuIn(['rules', '--policy', 'P01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('P01.complaint-reply');
    expect(run.stdout).toContain('┌');
    expect(hasColour(run.stdout)).toBe(false);
  });

  it('speaks Chinese with --lang zh or KEFU_LANG', async () => {
    expect((await kefuIn(['rules', '--policy', 'P01', '--lang', 'zh'])).stdout).toContain('投诉2小时内回复');
    expect((await kefuIn(['rules', '--policy', 'P01'], { env: { KEFU_LANG: 'zh' } })).stdout).toContain(
      '投诉2小时内回复',
    );
  });

  it('names the bad --policy and exits 2', async () => {
    const run = await kefuIn(['rules', '--policy', 'P99']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--policy');
    expect(run.stderr).toContain('P99');
  });

  it('prints the error as JSON too under --json', async () => {
    const run = await kefuIn(['rules', '--policy', 'P99', '--json']);
    expect(run.status).toBe(2);
    expect(json(run)).toMatchObject({ ok: false, error: { code: 'usage' } });
  });
});
