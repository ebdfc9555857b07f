/**
 * `kefu audit --save-state / --resume` (#14 checkpoint and resume): the example office's April audited in
 * two halves, the second resumed from the first's state file, settles the same ledger as April in one go;
 * a state that cannot be resumed is refused with the flag named, and nothing is audited.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, kefu, office } from './helpers.js';

interface Report {
  summary: { lines: number; resumedAfter?: number };
  findings: { lines: number[]; result: { ruleId: string } }[];
  ledger: { employee: string; month: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'kefu-resume-'));
const lines = readFileSync(office('events.ndjson'), 'utf8').trimEnd().split('\n');
// The first half of April, by the date of each line (the log is in time order).
const split = lines.findIndex((l) => l.includes('"at":"2026-04-16'));
const firstHalf = join(dir, 'april-1.ndjson');
const secondHalf = join(dir, 'april-2.ndjson');
writeFileSync(firstHalf, `${lines.slice(0, split).join('\n')}\n`);
writeFileSync(secondHalf, `${lines.slice(split).join('\n')}\n`);
const common = [
  '--org',
  office('org.json'),
  '--config',
  office('config.json'),
  '--as-of',
  '2026-05-01T00:00:00+08:00',
  '--json',
];
const state = join(dir, 'april-1.state.json');

describe('kefu audit --save-state / --resume', () => {
  it('the second half of April, resumed from the first half’s state, settles the same ledger as April in one go', () => {
    const whole = json(kefu(['audit', office('events.ndjson'), ...common])) as Report;
    const first = kefu(['audit', firstHalf, ...common, '--save-state', state]);
    expect(first.status).toBe(0);
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { kefu: string; version: number; lines: number };
    expect(saved).toMatchObject({ kefu: 'audit-state', version: 1, lines: split });
    const second = kefu(['audit', secondHalf, ...common, '--resume', state]);
    expect(second.status).toBe(0);
    const resumed = json(second) as Report;
    expect(resumed.summary).toMatchObject({ lines: lines.length - split, resumedAfter: split });
    expect(resumed.ledger).toEqual(whole.ledger);
    // Line numbers go on from the state: every finding cites lines of the whole log.
    expect(resumed.findings.every((f) => f.lines.every((n) => n >= 1 && n <= lines.length))).toBe(true);
    // The supervisor's report says where this file's lines start.
    const plain = common.filter((arg) => arg !== '--json');
    const text = kefu(['audit', secondHalf, ...plain, '--resume', state, '--lang', 'zh', '--no-progress']);
    expect(text.stdout).toContain(`接续此前 ${split} 行的状态；本文件第 1 行即第 ${split + 1} 行`);
  });

  it('a state from another version is refused naming --resume, exit 2, nothing audited', () => {
    const other = join(dir, 'other.state.json');
    writeFileSync(other, JSON.stringify({ kefu: 'audit-state', version: 99 }));
    const plain = common.filter((arg) => arg !== '--json');
    const run = kefu(['audit', secondHalf, ...plain, '--resume', other]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--resume: this state is version 99, this Kefu reads version 1');
    // With --json the refusal is the JSON error document, its code the library's.
    const asJson = kefu(['audit', secondHalf, ...common, '--resume', other]);
    expect(asJson.status).toBe(2);
    expect(json(asJson)).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
  });
});

describe('kefu audit --save-month-states (#14: a checkpoint at any month close)', () => {
  it('writes a state each time months close while reading; the rest of the log resumed from one settles the same later months', async () => {
    const { generateOffice } = await import('../../../examples/generate.mjs');
    const quarter = generateOffice({ seed: 11, months: 3, month: '2026-01', households: 120 });
    const all = [...quarter.events()].map((e) => JSON.stringify(e));
    const log = join(dir, 'quarter.ndjson');
    const orgFile = join(dir, 'quarter.org.json');
    const configFile = join(dir, 'quarter.config.json');
    writeFileSync(log, `${all.join('\n')}\n`);
    writeFileSync(orgFile, JSON.stringify(quarter.org));
    writeFileSync(configFile, JSON.stringify(quarter.config));
    const args = [
      '--org',
      orgFile,
      '--config',
      configFile,
      '--as-of',
      '2026-04-01T00:00:00+08:00',
      '--max-delay',
      'P2D',
    ];
    const months = join(dir, 'months');
    const whole = json(kefu(['audit', log, ...args, '--json', '--save-month-states', months])) as Report;
    const january = JSON.parse(readFileSync(join(months, '2026-01.state.json'), 'utf8')) as { lines: number };
    const february = JSON.parse(readFileSync(join(months, '2026-02.state.json'), 'utf8')) as { lines: number };
    expect(january.lines).toBeLessThan(february.lines);
    // The rest of the log after the line that closed January, resumed from January's state.
    const rest = join(dir, 'quarter.rest.ndjson');
    writeFileSync(rest, `${all.slice(january.lines).join('\n')}\n`);
    const resumed = json(
      kefu(['audit', rest, ...args, '--json', '--resume', join(months, '2026-01.state.json')]),
    ) as Report;
    const later = (r: Report) => r.ledger.filter((e) => e.month > '2026-01');
    expect(later(resumed)).toEqual(later(whole));
  });

  it('without --max-delay it is refused before anything is read', () => {
    const run = kefu(['audit', office('events.ndjson'), '--save-month-states', join(dir, 'none')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--save-month-states needs --max-delay');
  });
});
