import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditOffice, fixture, json, kefu, kefuIn, office } from './helpers.js';

const log = fixture('events.ndjson');
const asOf = ['--as-of', '2026-03-31T00:00:00+08:00'];

interface Report {
  summary: { lines: number; evaluated: number; rejected: number; findings: number; byStatus: Record<string, number> };
  findings: { lines: number[]; key?: string; result: { ruleId: string; status?: string } }[];
  rejected: { line: number; code?: string; reason: string }[];
  ledger: { employee: string; month: string; points: number }[];
  compare?: {
    config: string;
    diff: { changed: { ruleId: string; key?: string; before?: { status?: string }; after?: { status?: string } }[] };
  };
}

describe('kefu audit', () => {
  it('--json prints one document { findings, rejected, summary, ledger } that adds up', async () => {
    const run = await kefuIn(['audit', log, ...asOf, '--org', fixture('org.json'), '--json']);
    expect(run.status).toBe(0);
    const report = json(run) as Report;
    expect(Object.keys(report).sort()).toEqual(['findings', 'ledger', 'rejected', 'summary']);
    expect(report.summary.lines).toBe(7);
    expect(report.summary.lines).toBe(report.summary.evaluated + report.summary.rejected);
    expect(report.findings).toHaveLength(report.summary.findings);
    const reply = report.findings.find((f) => f.key === 'C-1' && f.result.ruleId === 'P01.complaint-reply');
    expect(reply?.result.status).toBe('breached');
    expect(report.rejected.map((r) => r.line)).toEqual([6, 7]);
    expect(report.ledger.find((e) => e.employee === 'E-1')?.points).toBeLessThan(0);
  });

  it('--ndjson prints one record per line: findings, rejected lines, ledger rows, then the summary', async () => {
    const args = ['audit', log, ...asOf, '--org', fixture('org.json')];
    const whole = json(await kefuIn([...args, '--json'])) as Report;
    const run = await kefuIn([...args, '--ndjson']);
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const of = (type: string) => records.filter((r) => r.type === type);
    expect(of('finding').map((r) => r.finding)).toEqual(whole.findings);
    expect(of('rejected').map((r) => r.rejected)).toEqual(whole.rejected);
    // The ledger comes as rows (in the --json ledger's order), so the summary record's ledger is empty.
    expect(of('ledger').map((r) => r.entry)).toEqual(whole.ledger);
    expect(records.at(-1)).toEqual({ type: 'summary', summary: whole.summary, ledger: [] });
    expect(of('summary')).toHaveLength(1);
  });

  it('--ndjson does not go with --json, --csv or --compare', async () => {
    expect((await kefuIn(['audit', log, ...asOf, '--ndjson', '--json'])).status).toBe(2);
    expect((await kefuIn(['audit', log, ...asOf, '--ndjson', '--csv'])).status).toBe(2);
    const compare = await kefuIn(['audit', log, ...asOf, '--ndjson', '--compare', fixture('org.json')]);
    expect(compare.status).toBe(2);
    expect(compare.stderr).toContain('--ndjson');
  });

  it('reads the log from stdin with -', async () => {
    const fromFile = json(await kefuIn(['audit', log, ...asOf, '--json'])) as Report;
    const fromStdin = json(kefu(['audit', '-', ...asOf, '--json'], { input: readFileSync(log, 'utf8') })) as Report;
    expect(fromStdin.summary).toEqual(fromFile.summary);
  });

  it('prints summary tables as text', async () => {
    const run = await kefuIn(['audit', log, ...asOf]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('By status');
    expect(run.stdout).toContain('By policy');
    expect(run.stdout).toContain('P01.complaint-reply');
    expect(run.stdout).toContain('malformed-json');
    expect(run.stderr).toBe('');
  });

  it('--csv writes the findings for Excel: UTF-8 BOM, header, CRLF, the chosen language', async () => {
    const run = await kefuIn(['audit', log, ...asOf, '--csv', '--lang', 'zh']);
    expect(run.status).toBe(0);
    // #15: headers, statuses and units in Chinese under --lang zh ("0 minute" was English).
    expect(run.stdout.startsWith('\uFEFF行号,规则,制度,条款,状态')).toBe(true);
    const rows = run.stdout.trimEnd().split('\r\n');
    // The header, 5 findings, the trailer (test/cut-output.test.ts).
    expect(rows).toHaveLength(1 + 5 + 1);
    expect(run.stdout).toContain('超时');
    expect(run.stderr).toContain('拒收 2 行');
    // In English the headers stay the field names and statuses and units their codes, as scripts read them.
    const english = kefu(['audit', log, ...asOf, '--csv']);
    expect(english.stdout.startsWith('\uFEFFlines,ruleId,policy,clause,status')).toBe(true);
    expect(english.stderr).toContain('2 rejected');
  });

  it('--fail-on breach exits 1 when a finding is breached', async () => {
    expect((await kefuIn(['audit', log, ...asOf, '--fail-on', 'breach', '--json'])).status).toBe(1);
    const onTime =
      '{"type":"arrived","at":"2026-03-02T08:55:00+08:00","employee":"E-1","shiftStart":"2026-03-02T09:00:00+08:00"}\n';
    expect(kefu(['audit', '-', '--fail-on', 'breach', '--json'], { input: onTime }).status).toBe(0);
  });

  it('--status prints only findings of those statuses; the summary, the ledger and --fail-on count all', async () => {
    const args = ['audit', log, ...asOf, '--org', fixture('org.json')];
    const whole = json(await kefuIn([...args, '--json'])) as Report;
    const run = await kefuIn([...args, '--status', 'breached, pending', '--fail-on', 'breach', '--json']);
    const problems = json(run) as Report;
    expect(problems.findings.length).toBeGreaterThan(0);
    expect(problems.findings).toEqual(
      whole.findings.filter((f) => f.result.status === 'breached' || f.result.status === 'pending'),
    );
    expect(problems.summary).toEqual(whole.summary);
    expect(problems.ledger).toEqual(whole.ledger);
    expect(problems.rejected).toEqual(whole.rejected);
    // A breach not printed still fails the run.
    expect(run.status).toBe(1);
    expect((await kefuIn([...args, '--status', 'met', '--fail-on', 'breach', '--json'])).status).toBe(1);
    const csv = (await kefuIn([...args, '--status', 'met', '--csv'])).stdout.trimEnd().split('\r\n');
    // Less the header and the trailer.
    expect(csv.length - 2).toBe(whole.findings.filter((f) => f.result.status === 'met').length);
    // The terminal lists the chosen statuses instead of breached and at risk.
    const text = (await kefuIn([...args, '--status', 'met', '--no-progress'])).stdout;
    expect(text).toMatch(/Findings: met \(\d+\)/);
    expect(text).not.toContain('Breached and at risk');
    const bad = await kefuIn([...args, '--status', 'breached,late']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"late" is not a status');
    const compare = await kefuIn([...args, '--status', 'breached', '--compare', fixture('config-3h.json')]);
    expect(compare.status).toBe(2);
    expect(compare.stderr).toContain('--compare, --status');
  });

  it('--rules evaluates only those rules and policies; every line is still read', async () => {
    const args = ['audit', log, ...asOf, '--org', fixture('org.json')];
    const whole = json(await kefuIn([...args, '--json'])) as Report;
    const run = await kefuIn([...args, '--rules', 'P01.complaint-reply, P12', '--json']);
    expect(run.status).toBe(0);
    const some = json(run) as Report;
    const chosen = (id: string) => id === 'P01.complaint-reply' || id.startsWith('P12.');
    expect(some.findings.length).toBeGreaterThan(0);
    expect(some.findings).toEqual(whole.findings.filter((f) => chosen(f.result.ruleId)));
    expect(some.summary.lines).toBe(whole.summary.lines);
    expect(some.rejected).toEqual(whole.rejected);
    // Under the restriction the C-1 reply is still breached: --fail-on sees it.
    expect((await kefuIn([...args, '--rules', 'P01', '--fail-on', 'breach', '--json'])).status).toBe(1);
    // A name that is no rule and no policy is an error naming the flag, never an empty audit.
    const bad = await kefuIn([...args, '--rules', 'P01,P01.complaint-replied']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--rules 1');
    expect(bad.stderr).toContain('"P01.complaint-replied" is not a rule id or a policy code');
    // Policy codes in any case (#15): `--rules p01` is `--rules P01`.
    const lower = await kefuIn([...args, '--rules', 'p01', '--json']);
    expect(lower.status).toBe(0);
    const typo = await kefuIn([...args, '--rules', 'P01.complaint-replyy']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean P01.complaint-reply?');
  });

  it('--compare shows what a configuration changes', async () => {
    const run = await kefuIn(['audit', log, ...asOf, '--compare', fixture('config-3h.json'), '--json']);
    expect(run.status).toBe(0);
    const report = json(run) as Report;
    const change = report.compare?.diff.changed.find((c) => c.key === 'C-1');
    expect(change).toMatchObject({
      ruleId: 'P01.complaint-reply',
      before: { status: 'breached' },
      after: { status: 'met' },
    });
    const text = kefu(['audit', '-', ...asOf, '--compare', fixture('config-3h.json')], {
      input: readFileSync(log, 'utf8'),
    });
    expect(text.stdout).toMatch(/What changes under .*config-3h\.json/);
    expect(text.stdout).toMatch(/breached\s*│\s*met/);
  });

  it('--compare on the example office: each ledger change names its column, sanctions as what was removed and added', async () => {
    const run = await kefuIn([...auditOffice, '--compare', office('config.strict.json'), '--json']);
    const diff = (json(run) as Report).compare?.diff as unknown as {
      changed: { key?: string; employee?: string; ruleId: string }[];
      ledger: { employee: string; fields: string[]; before?: Record<string, number>; after?: Record<string, number> }[];
    };
    // One row per changed verdict: no finding appears twice for the same rule, case and person.
    const ids = diff.changed.map((c) => `${c.ruleId} ${c.key ?? ''} ${c.employee ?? ''}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of diff.ledger) {
      for (const field of row.fields.filter((f) => f !== 'sanctions')) {
        expect(row.before?.[field], `${row.employee} ${field}`).not.toBe(row.after?.[field]);
      }
    }
    const text = await kefuIn([...auditOffice, '--compare', office('config.strict.json'), '--lang', 'zh']);
    expect(text.stdout).toContain('台账变化');
    expect(text.stdout).toMatch(/│ (本人罚款|主管连带罚款)\s*│/);
    expect(text.stdout).toMatch(/│ 处分\s*│.*×\d+/);
  });

  it('names the bad input and exits 2', async () => {
    const missing = await kefuIn(['audit', 'no-such.ndjson']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('<file>: cannot read no-such.ndjson');
    const org = await kefuIn(['audit', log, '--org', fixture('org-bad.json')]);
    expect(org.status).toBe(2);
    expect(org.stderr).toContain('--org people.0.department');
    const config = await kefuIn(['audit', log, '--config', fixture('config-bad.json'), '--json']);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('--config zone');
    expect(json(config)).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
    const compare = await kefuIn(['audit', log, '--compare', fixture('config-bad.json')]);
    expect(compare.status).toBe(2);
    expect(compare.stderr).toContain('--compare zone');
    const asOfBad = await kefuIn(['audit', log, '--as-of', 'soon']);
    expect(asOfBad.status).toBe(2);
    expect(asOfBad.stderr).toContain('--as-of');
    const both = await kefuIn(['audit', log, '--json', '--csv']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("'--json' cannot be used with option '--csv'");
  });

  // Issue #13 (High): the CLI wrote 327,297 records for two lines, one dated 2026 and one 9999. `kefu audit`
  // passes the clock as `now`: the window is anchored even without --as-of.
  it('reproduction: the 2026 and 9999 lines — the 9999 line is out-of-range and the output stays small, without --as-of', () => {
    const input = [
      '{"type":"complaint-received","at":"2026-03-02T09:00:00+08:00","case":"C1","employee":"E-1"}',
      '{"type":"complaint-received","at":"9999-12-31T09:00:00+08:00","case":"C2","employee":"E-1"}',
    ].join('\n');
    const run = kefu(['audit', '-', '--org', fixture('org.json'), '--ndjson'], { input });
    expect(run.status).toBe(0);
    const records = run.stdout.trimEnd().split('\n');
    expect(records.length).toBeLessThan(40);
    const rejected = records.map((r) => JSON.parse(r)).filter((r) => r.type === 'rejected');
    expect(rejected.map((r) => [r.rejected.line, r.rejected.code])).toEqual([[2, 'out-of-range']]);
    const summary = JSON.parse(records.at(-1) ?? '{}').summary;
    expect(summary.window).toMatchObject({ anchor: 'now', maxMonths: 60, maxFuture: 'PT24H' });
  });

  it('--max-future, --max-months and --max-line-bytes reach the audit; a bad value names its flag', () => {
    const input = [
      '{"type":"complaint-received","at":"2026-03-02T09:00:00+08:00","case":"C1"}',
      '{"type":"complaint-received","at":"2026-01-02T09:00:00+08:00","case":"C2"}',
      `{"type":"complaint-received","at":"2026-03-02T09:00:00+08:00","case":"C3","note":"${'x'.repeat(2000)}"}`,
      '{"type":"complaint-received","at":"2026-04-03T09:00:00+08:00","case":"C4"}',
    ].join('\n');
    const args = ['audit', '-', '--as-of', '2026-03-31T00:00:00+08:00', '--json'];
    const run = kefu([...args, '--max-months', '2', '--max-line-bytes', '1024', '--max-future', 'P2D'], { input });
    expect(run.status).toBe(0);
    const report = json(run) as Report & { summary: { window: unknown } };
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'out-of-range'],
      [3, 'line-too-long'],
      [4, 'out-of-range'],
    ]);
    expect(report.summary.window).toEqual({
      from: '2026-02-01T00:00:00.000+08:00',
      to: '2026-04-02T00:00:00.000+08:00',
      anchor: 'asOf',
      maxMonths: 2,
      maxFuture: 'P2D',
    });
    for (const [flag, value] of [
      ['--max-months', '0'],
      ['--max-months', 'many'],
      ['--max-future', 'P2Y'],
      ['--max-line-bytes', '10'],
    ] as const) {
      const bad = kefu([...args, flag, value], { input });
      expect(bad.status, flag).toBe(2);
      expect(bad.stderr).toContain(flag);
    }
  });

  it('a date alone as --as-of is the end of that day in the zone, and says so (#15)', async () => {
    const run = await kefuIn(['audit', log, '--as-of', '2026-11-27', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('--as-of 2026-11-27 is read as 2026-11-27T23:59:59.999+08:00');
    expect((json(run) as { summary: { asOf?: string } }).summary.asOf).toBe('2026-11-27T23:59:59.999+08:00');
  });

  it('an audit with nothing evaluated exits 2 (every line rejected, or an empty log) (#15)', () => {
    const bad = kefu(['audit', '-', '--as-of', '2026-11-27', '--json'], { input: '{not json\n{"type":"nope"}\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('nothing was evaluated: all 2 lines were rejected');
    const empty = kefu(['audit', '-', '--as-of', '2026-11-27'], { input: '' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('the log is empty');
  });
});
