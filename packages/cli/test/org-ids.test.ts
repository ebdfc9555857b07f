/**
 * #15 "Organisation checks": `--lenient-ids` reads a line naming an id the organisation file does not know
 * on, with a warning, and an audit without `--org` says what it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { fixture, json, kefu } from './helpers.js';

const asOf = ['--as-of', '2026-03-31T00:00:00+08:00'];
/** E-1 is in fixtures/org.json; e-1 is not. */
const lines = [
  '{"type":"arrived","at":"2026-03-02T09:07:00+08:00","employee":"e-1","shiftStart":"2026-03-02T09:00:00+08:00"}',
  '{"type":"arrived","at":"2026-03-03T09:07:00+08:00","employee":"E-1","shiftStart":"2026-03-03T09:00:00+08:00"}',
].join('\n');

interface Report {
  warnings?: { line: number; code: string; message: string }[];
  rejected: { line: number; code?: string }[];
  summary: { evaluated: number; warnings?: { code: string; lines?: number; message: string }[] };
  ledger: { employee: string }[];
}

describe('kefu audit and organisation ids (#15)', () => {
  it('reproduction: e-1 for E-1 is rejected as unknown-id; --lenient-ids reads it on with a warning', () => {
    const args = ['audit', '-', ...asOf, '--org', fixture('org.json'), '--json'];
    const strict = json(kefu(args, { input: lines })) as Report;
    expect(strict.rejected).toEqual([expect.objectContaining({ line: 1, code: 'unknown-id' })]);

    const run = kefu([...args, '--lenient-ids'], { input: lines });
    expect(run.status).toBe(0);
    const report = json(run) as Report;
    expect(report.rejected).toEqual([]);
    expect(report.summary.evaluated).toBe(2);
    expect(report.warnings).toEqual([
      expect.objectContaining({ line: 1, code: 'unknown-id', message: expect.stringContaining('did you mean E-1?') }),
    ]);
    expect(report.summary.warnings).toEqual([expect.objectContaining({ code: 'unknown-id', lines: 1 })]);
    expect(report.ledger.map((row) => row.employee).sort()).toEqual(['E-1', 'e-1']);
  });

  it('the text report lists the warned lines, in Chinese with --lang zh', () => {
    const args = ['audit', '-', ...asOf, '--org', fixture('org.json'), '--lenient-ids', '--lang', 'zh'];
    const run = kefu(args, { input: lines, env: { COLUMNS: '200' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('警告');
    expect(run.stdout).toContain('按原样读取的行（1）');
    expect(run.stdout).toContain('1 行所列人员或部门不在组织文件中');
  });

  it('--lenient-ids without --org is a usage error: without an organisation file no id is checked', () => {
    const run = kefu(['audit', '-', ...asOf, '--lenient-ids'], { input: lines });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--lenient-ids: needs --org');
  });

  it('reproduction: without --org nothing said that departments and joint liability were dropped', () => {
    const run = kefu(['audit', '-', ...asOf], { input: lines, env: { COLUMNS: '200' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Warnings');
    expect(run.stdout).toContain('no organisation file');
    expect(run.stdout).toContain('no joint liability of department heads');
    const csv = kefu(['audit', '-', ...asOf, '--csv'], { input: lines });
    expect(csv.stderr).toContain('kefu: warning: no organisation file');
  });
});
