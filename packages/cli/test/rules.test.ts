import { describe, expect, it } from 'vitest';
import { hasColour, json, kefu } from './helpers.js';

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
  it('--json prints every rule with its schemas and defaults', () => {
    const run = kefu(['rules', '--json']);
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

  it('--policy keeps one policy (any case)', () => {
    const records = json(kefu(['rules', '--policy', 'p12', '--json'])) as RuleRecord[];
    expect(records.map((r) => r.id)).toContain('P12.lateness');
    expect(records.every((r) => r.policy === 'P12')).toBe(true);
  });

  it('prints a plain table when not on a terminal', () => {
    const run = kefu(['rules', '--policy', 'P01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('P01.complaint-reply');
    expect(run.stdout).toContain('┌');
    expect(hasColour(run.stdout)).toBe(false);
  });

  it('speaks Chinese with --lang zh or KEFU_LANG', () => {
    expect(kefu(['rules', '--policy', 'P01', '--lang', 'zh']).stdout).toContain('投诉2小时内回复');
    expect(kefu(['rules', '--policy', 'P01'], { env: { KEFU_LANG: 'zh' } }).stdout).toContain('投诉2小时内回复');
  });

  it('names the bad --policy and exits 2', () => {
    const run = kefu(['rules', '--policy', 'P99']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--policy');
    expect(run.stderr).toContain('P99');
  });

  it('prints the error as JSON too under --json', () => {
    const run = kefu(['rules', '--policy', 'P99', '--json']);
    expect(run.status).toBe(2);
    expect(json(run)).toMatchObject({ ok: false, error: { code: 'usage' } });
  });
});
