/**
 * #15 item 1: output off a terminal fits `COLUMNS` (80 when unset), tables wrap instead of cutting, and
 * `FORCE_COLOR` / `NO_COLOR` decide colour in a pipe.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { outputColumns, PIPE_COLUMNS } from '../src/context.js';
import { auditOffice, fixture, hasColour, json, kefuIn, kefuSpawned } from './helpers.js';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('output width (#15 item 1)', () => {
  it('takes the terminal width on a terminal, COLUMNS in a pipe, else 80', () => {
    expect(outputColumns({ isTTY: true, columns: 132 }, { COLUMNS: '60' })).toBe(132);
    expect(outputColumns({ isTTY: false }, { COLUMNS: '60' })).toBe(60);
    expect(outputColumns({ isTTY: false }, {})).toBe(PIPE_COLUMNS);
    expect(PIPE_COLUMNS).toBe(80);
    for (const bad of ['0', '-5', 'wide', '']) expect(outputColumns({ isTTY: false }, { COLUMNS: bad })).toBe(80);
  });

  // The reproduction: piped with --lang zh, every explanation was cut mid-sentence.
  it('`kefu rules --lang zh` piped fits COLUMNS=70 and keeps every title whole', async () => {
    const run = await kefuIn(['rules', '--lang', 'zh'], { env: { COLUMNS: '70' } });
    expect(run.status).toBe(0);
    expect(widest(run.stdout)).toBeLessThanOrEqual(70);
    const titles = squeeze(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('│'))
        .map((line) => line.split('│').at(-2) ?? '')
        .join(''),
    );
    for (const rule of json(await kefuIn(['rules', '--json'])) as { title: { zh: string } }[])
      expect(titles).toContain(squeeze(rule.title.zh));
  });

  it('piped without COLUMNS, an audit fits 80 columns', async () => {
    const run = await kefuIn(['audit', fixture('events.ndjson'), '--lang', 'zh', '--no-progress']);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toMatch(/[^…]…[^…]/);
  });

  // The reproduction: piped at 80 columns, the 11-column monthly ledger split its amounts (`4400` over `.00`)
  // and ids (`(S-0` over `1)`). A table that cannot keep its columns whole is printed a record at a time.
  it('piped at 80 columns, the example office ledger keeps every amount and person whole', async () => {
    const [zh, en] = await Promise.all([
      kefuIn([...auditOffice, '--lang', 'zh', '--no-progress']),
      kefuIn([...auditOffice, '--lang', 'en', '--no-progress']),
    ]);
    expect(widest(zh.stdout)).toBeLessThanOrEqual(80);
    const ledger = zh.stdout.slice(zh.stdout.indexOf('月度处罚台账'));
    expect(ledger).toMatch(/^── 员工 王芳 \(S-01\) ─+$/m);
    expect(ledger).toMatch(/^主管连带 +\d+\.\d{2}$/m);
    expect(ledger).not.toMatch(/^│/m);
    expect(en.stdout).toMatch(/^Joint \(head\) +\d+\.\d{2}$/m);
    // Where the box fits (a wide pipe), the ledger stays a box.
    const wide = await kefuIn([...auditOffice, '--lang', 'zh', '--no-progress'], { env: { COLUMNS: '200' } });
    expect(wide.stdout.slice(wide.stdout.indexOf('月度处罚台账'))).toMatch(/^│ 王芳 \(S-01\) +│/m);
  });

  it('FORCE_COLOR colours piped output; NO_COLOR and --no-color win over it', async () => {
    // Colour is decided as a process starts: one process each, run side by side.
    const args = ['calendar', '2026', '--month', '10'];
    const [forced, noColor, flag, rules] = await Promise.all([
      kefuSpawned(args, { env: { FORCE_COLOR: '1' } }),
      kefuSpawned(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      kefuSpawned([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }),
      kefuSpawned(['rules', '--lang', 'zh'], { env: { FORCE_COLOR: '1', COLUMNS: '90' } }),
    ]);
    expect(hasColour(forced.stdout)).toBe(true);
    expect(hasColour(noColor.stdout)).toBe(false);
    expect(hasColour(flag.stdout)).toBe(false);
    expect(widest(rules.stdout)).toBeLessThanOrEqual(90);
  });
});
