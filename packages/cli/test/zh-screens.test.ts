/**
 * #15 "Complete Chinese … a test that renders every screen with --lang zh and fails on any English word
 * outside ids". The main screens — `--help` and every command's, `rules`, `show` of every policy and every
 * rule, `calendar`, `evaluate`'s result, the audit's text report with the ledger, and the findings CSV — are
 * rendered in Chinese and every run of ASCII letters in them must be one of the things below, each allowed
 * for the reason given. Anything else is English prose and fails the test, with where it was found.
 *
 * The screens are drawn 1000 columns wide so that no id is split across lines by a table.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policies } from '@kefu/rules';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToText } from '../src/output/text.js';
import { buildRegistry } from '../src/registry/build.js';
import { rulesOf } from '../src/registry/types.js';
import { seedLines } from '../src/seed.js';
import { policyDetail, ruleDetail } from '../src/view/rules.js';
import type { JsonSchema } from '../src/view/schema.js';
import { auditOffice, kefu, kefuIn, office } from './helpers.js';

const WIDE = { COLUMNS: '1000' };
const registry = buildRegistry(policies);

// ── What may be written in ASCII letters on a Chinese screen, and why ───────────────────────────────────
/** Removed before looking for words, each with its reason. */
const ALLOWED_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^\s*\d+ {2}.*$/gm, "show's seed lines: the seed's own words, numbered, quoted as they are"],
  [/"(?:[^"\\]|\\.)*"/g, 'JSON strings: defaults, choices and computed values are data a user types or matches'],
  [/`[^`]*`/g, 'code spans: a command to type, as typed'],
  [/'[^'\s]*'/g, "values in single quotes ('keeper'): what a user types in a fact"],
  [/\{[^{}\u4e00-\u9fff]*\}/g, 'JSON shapes ({ ok, result }, { step, at? }): field names of the JSON output'],
  [/<[^<>]*>|\[[a-z|. -]*\]/g, "commander's placeholders (<file>, [year]): syntax of the command line"],
  [/\bhttps?:\/\/[^\s，。）]+/g, 'URLs (http://127.0.0.1:3000): typed as they are'],
  [/(?:^|\s)--?[A-Za-z][\w-]*/gm, 'flags (--lang, -h): typed as they are'],
  [/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g, "ids of the organisation's people, departments and cases (S-05, S-G-000010)"],
  [/(?:\d{4}-\d{2}-\d{2})?T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2}|Z)?/g, 'ISO-8601 instants'],
  [/\bP(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?\b/g, 'ISO-8601 durations (PT2H, P1D), as configuration takes them'],
  [/\bP\d{2}(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?\b/g, 'policy codes and rule ids (P01, P01.complaint-reply)'],
  [/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, 'environment variables (KEFU_LANG, NO_COLOR)'],
  [/[\w.-]*\/[\w./-]+/g, 'file paths (examples/property-office/events.ndjson)'],
];

/** Single words allowed anywhere, by reason. */
const ALLOWED_WORDS: Readonly<Record<string, readonly string[]>> = {
  'formats and standards a supervisor meets by these names': [
    'JSON',
    'NDJSON',
    'CSV',
    'BOM',
    'UTF-8',
    'ISO-8601',
    'HTML',
    'MiB',
    'YYYY-MM-DD',
    'YYYY-MM',
    'HH:MM',
    'Excel',
    'README',
    'API',
  ],
  'the seed writes these in Latin letters (GPS事业部, SIM卡, P03 更換 sim)': ['GPS', 'SIM', 'sim'],
  'half-year codes a fact takes (2026-H1)': ['H1', 'H2'],
  'JSON literals in descriptions (isOwner 为 false 时)': ['true', 'false', 'null'],
  'the command line: the program, its commands and the values --lang, --fail-on and --status take': [
    'kefu',
    'rules',
    'show',
    'evaluate',
    'audit',
    'calendar',
    'check',
    'watch',
    'help',
    'en',
    'zh',
    'breach',
    'at-risk',
    'met',
    'breached',
    'pending',
    'not-applicable',
    'computed',
  ],
  'codes a line is rejected or an error is reported with, as --json and the API carry them': [
    'out-of-range',
    'unknown-id',
    'line-too-long',
    'calendar-year-unknown',
    'later-breaches-ignored',
  ],
  'configuration keys the help names (calendar.years)': ['calendar.years'],
  'the product’s name (Kefu API) and the key that quits kefu watch (按 q 退出)': ['Kefu', 'q'],
};

/** Every fact and parameter name and every enum value of every rule: ids of the data, shown in `show`. */
function schemaWords(): Set<string> {
  const words = new Set<string>();
  const walk = (schema: JsonSchema) => {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      words.add(name);
      walk(field);
    }
    if (schema.items) walk(schema.items);
    for (const alternative of schema.anyOf ?? schema.oneOf ?? []) walk(alternative);
    for (const value of schema.enum ?? []) if (typeof value === 'string') words.add(value);
    if (typeof schema.const === 'string') words.add(schema.const);
  };
  for (const rule of registry.rules) {
    walk(rule.facts);
    walk(rule.params);
    // Clause numbers are the seed's own (`P03 更換 sim`).
    for (const word of rule.clause.split(/\s+/)) words.add(word);
  }
  return words;
}

/** The example office's own data (service names, categories, ids), echoed back in explanations. */
function exampleDataWords(): Set<string> {
  const words = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') words.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        words.add(key);
        collect(v);
      }
    }
  };
  for (const line of readFileSync(office('events.ndjson'), 'utf8').split('\n'))
    if (line.trim()) collect(JSON.parse(line));
  collect(JSON.parse(readFileSync(office('config.json'), 'utf8')));
  return words;
}

const allowedWords = new Set([...Object.values(ALLOWED_WORDS).flat(), ...schemaWords()]);

/** The English words left in `text` once the allowed patterns and words are taken out, with context. */
function englishIn(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  let rest = text;
  for (const [pattern] of ALLOWED_PATTERNS) rest = rest.replace(pattern, ' ');
  const found: string[] = [];
  for (const match of rest.matchAll(/[A-Za-z][A-Za-z0-9_.:-]*[A-Za-z0-9]|[A-Za-z]/g)) {
    const word = match[0].replace(/[.:]+$/, '');
    if (allowedWords.has(word) || extra.has(word)) continue;
    const at = match.index ?? 0;
    found.push(`${word}  ← …${rest.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

/** The cells of one CSV line (quoted cells with "" inside, as csv-stringify writes them). */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const match of line.replace(/^\uFEFF/, '').matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const cell = match[1] ?? '';
    out.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
  }
  return out;
}

function zh(args: readonly string[]): string {
  const run = kefu([...args, '--lang', 'zh'], { env: WIDE });
  expect(run.status, run.stderr).toBeLessThan(2);
  return `${run.stdout}\n${run.stderr}`;
}

describe('every main screen in Chinese has no English prose (#15)', () => {
  it('the allow-list cannot pass English prose: a sentence of it is caught', () => {
    const words = englishIn('说明：the complaint was replied to late (P01.complaint-reply)').map(
      (w) => w.split(' ')[0],
    );
    // (`to` and `late` are names of facts or choices of some rule, so they alone would pass.)
    expect(words).toEqual(expect.arrayContaining(['the', 'complaint', 'was', 'replied']));
  });

  it('--help, and every command’s --help', () => {
    const commands = ['rules', 'show', 'evaluate', 'audit', 'calendar', 'watch'];
    const texts = [zh(['--help']), ...commands.map((c) => zh([c, '--help']))];
    expect(texts.flatMap((t) => englishIn(t))).toEqual([]);
    // Commander's own words are Chinese too.
    expect(texts[0]).toContain('用法:');
    expect(texts[0]).toContain('选项：');
    expect(texts[0]).not.toContain('display help');
  });

  it('rules, calendar (a year, and the years known) and evaluate’s result', () => {
    const texts = [
      zh(['rules']),
      zh(['calendar', '2026']),
      zh(['calendar']),
      zh([
        'evaluate',
        'P01.service-callback',
        '--facts',
        '{"completedAt":"2026-09-30T18:00:00+08:00"}',
        '--as-of',
        '2026-10-09T12:00:00+08:00',
      ]),
    ];
    expect(texts.flatMap((t) => englishIn(t))).toEqual([]);
  });

  it('show, for every policy and every rule: descriptions, types and titles in Chinese', async () => {
    const found: string[] = [];
    for (const policy of registry.policies) {
      const blocks = policyDetail(policy, rulesOf(registry, policy), 'zh', await seedLines(policy.seedLines));
      found.push(...englishIn(blocksToText(blocks, 'zh', 1000)).map((w) => `${policy.code}: ${w}`));
    }
    for (const rule of registry.rules) {
      const blocks = ruleDetail(rule, 'zh', await seedLines(rule.seedLines));
      found.push(...englishIn(blocksToText(blocks, 'zh', 1000)).map((w) => `${rule.id}: ${w}`));
    }
    expect(found).toEqual([]);
  });

  it("the audit's text report with the ledger, and every finding's explanation in the CSV", () => {
    const data = exampleDataWords();
    const report = zh([...auditOffice]);
    expect(report).toContain('月度处罚台账');
    const csv = kefu([...auditOffice, '--csv', '--lang', 'zh'])
      .stdout.trimEnd()
      .split('\r\n');
    // The last line is the marker a reader checks to know the file is whole (#13): matched by tools as it is.
    expect(csv.at(-1)).toMatch(/^# end of kefu audit:/);
    const [header = [], ...rows] = csv.slice(0, -1).map(cells);
    // The value column holds a compute rule's value as JSON (its field names are data, like --json's).
    const shown = rows.map((row) => row.filter((_, i) => header[i] !== '结果').join(' | '));
    expect([
      ...englishIn(report, data),
      ...englishIn(header.join(' ')),
      ...shown.flatMap((r) => englishIn(r, data)),
    ]).toEqual([]);
  });
});

/** The visible text of an HTML page: scripts (Chart.js and its data), styles and tags removed, entities read. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** A workbook cell as the text a reader sees; numbers and dates are not prose and give nothing. */
function cellText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return '';
}

interface ExportFiles {
  readonly xlsx: string;
  readonly html: string;
  readonly ledger: string;
}

/** Writes the example office's three exports in one audit (as `kefu` run in this process, no spawn). */
async function writeExports(lang: 'en' | 'zh'): Promise<ExportFiles> {
  const dir = mkdtempSync(join(tmpdir(), `kefu-${lang}-exports-`));
  const files = { xlsx: join(dir, 'office.xlsx'), html: join(dir, 'office.html'), ledger: join(dir, 'ledger.csv') };
  const run = await kefuIn(
    [...auditOffice, '--lang', lang, '--xlsx', files.xlsx, '--html', files.html, '--csv-ledger', files.ledger],
    { env: WIDE },
  );
  expect(run.status, run.stderr).toBeLessThan(2);
  return files;
}

/** The English words in every sheet's name, header row and prose cell, with the sheet and cell. */
async function englishInWorkbook(file: string, data: ReadonlySet<string>): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.length).toBe(4);
  const found: string[] = [];
  for (const sheet of book.worksheets) {
    found.push(...englishIn(sheet.name).map((w) => `sheet name: ${w}`));
    const valueColumn = sheet.getRow(1).values;
    sheet.eachRow((row, n) => {
      row.eachCell((cell, col) => {
        const text = cellText(cell.value);
        // The event log's path is the user's own (the summary's first line).
        if (text.startsWith('/')) return;
        // The findings' value column holds a compute rule's value as --json carries it (a code such as
        // `reminder`, or a JSON document whose field names are data): the column the CSV test leaves out.
        if (n > 1 && Array.isArray(valueColumn) && ['结果', 'Value'].includes(String(valueColumn[col]))) return;
        found.push(...englishIn(text, data).map((w) => `${sheet.name} R${n}C${col}: ${w}`));
      });
    });
  }
  return found;
}

/** The English words in the page's visible text, what its charts draw and what a screen reader says. */
function englishInPage(file: string, data: ReadonlySet<string>): string[] {
  const html = readFileSync(file, 'utf8');
  // The charts' category and series names are drawn on the canvas from the page's data block.
  const block = /<script type="application\/json" id="kefu-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const charts = JSON.parse(block) as Record<string, { labels: string[]; datasets: { label: string }[] }>;
  const drawn = Object.values(charts).flatMap((chart) => [...chart.labels, ...chart.datasets.map((d) => d.label)]);
  expect(drawn.length).toBeGreaterThan(0);
  const spoken = [...html.matchAll(/\b(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  // The event log's path is shown as given.
  const text = visibleText(html).replaceAll(office('events.ndjson'), ' ');
  return englishIn([text, ...drawn, ...spoken].join('\n'), data);
}

/** The English words in the ledger CSV's header and cells (the end marker aside: tools match it as it is). */
function englishInLedgerCsv(file: string, data: ReadonlySet<string>): string[] {
  const rows = readFileSync(file, 'utf8')
    .trimEnd()
    .split('\r\n')
    .filter((line) => !line.startsWith('# end of kefu'))
    .map(cells);
  expect(rows.length).toBeGreaterThan(1);
  return rows.flatMap((row) => englishIn(row.join(' | '), data));
}

describe('every export in Chinese has no English prose (#15 "renders every screen and every export")', () => {
  let zhFiles: ExportFiles;
  beforeAll(async () => {
    zhFiles = await writeExports('zh');
  }, 60_000);

  it('the export checks catch English: run on the --lang en files, each finds English words', async () => {
    const en = await writeExports('en');
    const data = exampleDataWords();
    expect((await englishInWorkbook(en.xlsx, data)).length).toBeGreaterThan(0);
    expect(englishInPage(en.html, data).length).toBeGreaterThan(0);
    expect(englishInLedgerCsv(en.ledger, data).length).toBeGreaterThan(0);
  }, 60_000);

  it("--xlsx: every sheet's name, header row and prose cell (ids, codes and the data's own names aside)", async () => {
    expect(await englishInWorkbook(zhFiles.xlsx, exampleDataWords())).toEqual([]);
  });

  it('--html: the visible text, what the charts draw and what a screen reader says (Chart.js aside)', () => {
    expect(readFileSync(zhFiles.html, 'utf8')).toContain('台账');
    expect(englishInPage(zhFiles.html, exampleDataWords())).toEqual([]);
  });

  it('--csv-ledger: the header and every cell', () => {
    expect(englishInLedgerCsv(zhFiles.ledger, exampleDataWords())).toEqual([]);
  });
});

describe('what kefu says on stderr is in Chinese too (#15)', () => {
  it('the rejected lines: each reason in Chinese, no English word outside the lines’ own names', async () => {
    const at = '2026-04-01T09:00:00+08:00';
    const lines = [
      'not json',
      JSON.stringify({ type: 'complaint-recieved', at }),
      JSON.stringify({ type: 'complaint-received', at: '2026-04-31T09:00:00+08:00', case: 'C1' }),
      JSON.stringify({ type: 'complaint-received', at, cas: 'C1' }),
      JSON.stringify({ type: 'complaint-received', at, case: 'C1', emploee: 'E1' }),
      JSON.stringify({ type: 'complaint-received', at, case: 'C1', employee: null }),
      JSON.stringify({ type: 'complaint-received', at, case: 'C2', employee: 'e1' }),
      // The families' own checks (#15: they were English only) and a rule's own refusals.
      JSON.stringify({ type: 'complaint-replied', at, case: 'X-C' }),
      JSON.stringify({ type: 'handover', at }),
      JSON.stringify({ type: 'conduct-breach', at, employee: 'S-01', kind: 'dress' }),
      JSON.stringify({ type: 'report-submitted', at, rule: 'P14.attendance-report', period: '2026-13' }),
      JSON.stringify({
        type: 'facts',
        at,
        rule: 'P01.complaint-reply',
        facts: { receivedAt: '2026-04-01T08:00:00', valid: true },
      }),
      JSON.stringify({ type: 'technician-on-site', at, reportedAt: '2026-03-31T09:00:00+08:00' }),
      JSON.stringify({ type: 'conduct-breach', at, employee: 'S-01', kind: 'leak', amount: 99999 }),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'kefu-zh-rejected-'));
    const log = join(dir, 'bad.ndjson');
    const xlsx = join(dir, 'bad.xlsx');
    writeFileSync(log, `${lines.join('\n')}\n`);
    const args = ['audit', log, '--org', office('org.json'), '--as-of', '2026-05-01', '--lang', 'zh'];
    const run = kefu([...args, '--xlsx', xlsx], { env: WIDE });
    expect(run.stdout).toContain(`被拒绝的行（${lines.length}）`);
    expect(run.stdout).toContain('不是合法的 JSON');
    expect(run.stdout).toContain('2026年4月只有 30 天');
    expect(run.stdout).toContain('日志中没有收到投诉 X-C 的记录');
    expect(run.stdout).toContain('未配置参数 onSiteWithin');
    // The lines' own names and values, and the reason codes (ids, shown beside the Chinese reason like rule ids).
    const own = new Set([
      'complaint-recieved',
      'complaint-received',
      'complaint-replied',
      'cas',
      'emploee',
      'employee',
      'case',
      'at',
      'type',
      'handover',
      'conduct-breach',
      'dress',
      'missing',
      'period',
      'receivedAt',
      'technician-on-site',
      'onSiteWithin',
      'amount',
      // ISO-8601's zone designator, as an instant is typed (「请加上偏移…或 Z」).
      'Z',
    ]);
    const codes = ['malformed-json', 'unknown-type', 'invalid-event', 'unknown-id', 'orphan-event', 'invalid-facts'];
    for (const code of [...codes, 'not-configured', 'rule-refused']) own.add(code);
    expect(englishIn(run.stdout, own)).toEqual([]);

    // --xlsx: the rejected lines' sheet gives the same Chinese reasons.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.worksheets.find((s) => s.name.includes('拒绝'));
    const reasons: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) row.eachCell((cell) => reasons.push(cellText(cell.value)));
    });
    expect(reasons.join('\n')).toContain('日志中没有收到投诉 X-C 的记录');
    expect(englishIn(reasons.join('\n'), own)).toEqual([]);

    // --json: every rejected line carries reasonZh beside the English reason, with no English in it.
    const json = JSON.parse(kefu([...args, '--json'], { env: WIDE }).stdout) as {
      rejected: { reason: string; reasonZh?: string }[];
    };
    expect(json.rejected).toHaveLength(lines.length);
    expect(json.rejected.filter((r) => r.reasonZh === undefined)).toEqual([]);
    expect(json.rejected.flatMap((r) => englishIn(r.reasonZh ?? '', own))).toEqual([]);
  });

  it('an audit with nothing evaluated, and a date-only --as-of read as the end of that day', () => {
    const empty = kefu(['audit', '-', '--lang', 'zh', '--as-of', '2026-05-01']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('kefu：--as-of 2026-05-01 按当天结束时刻 2026-05-01T23:59:59.999+08:00 计');
    expect(empty.stderr).toContain('kefu：没有可审核的内容：日志为空');
    expect(empty.stderr).not.toMatch(/nothing was evaluated|is read as/);
  });
});
