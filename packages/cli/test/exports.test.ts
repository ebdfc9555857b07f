/**
 * Issue #15, "exports a supervisor can hand on": the ledger as CSV (`--csv-ledger`) and one Excel workbook
 * (`--xlsx`: findings, ledger, rejected lines, summary; Chinese headers with `--lang zh`; amounts as numbers,
 * instants as dates), every number equal to the audit's JSON; and the formula guard on every text cell.
 * The workbook is read back with exceljs, as Excel would open it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardText } from '../src/output/formula-guard.js';
import { auditOffice, bin, json, kefu, kefuIn } from './helpers.js';

interface LedgerJson {
  employee: string;
  month: string;
  [field: string]: unknown;
}

interface ReportJson {
  summary: { lines: number; rejected: number; findings: number; byStatus: Record<string, number> };
  findings: { key?: string; employee?: string; result: { ruleId: string; dueAt?: string; value?: unknown } }[];
  rejected: { line: number }[];
  ledger: LedgerJson[];
}

/** The workbook's and the CSV's Chinese headers and the ledger field each holds (the JSON's own). */
const LEDGER_ZH: readonly (readonly [string, string])[] = [
  ['本人罚款（元）', 'ownFines'],
  ['主管连带罚款（元）', 'jointFines'],
  ['罚款合计（元）', 'fines'],
  ['扣工资（元）', 'wageDeductions'],
  ['扣绩效奖金（元）', 'bonusDeductions'],
  ['结转下月（元）', 'carriedOver'],
  ['个人承担费用（元）', 'charges'],
  ['加分', 'pointsAdded'],
  ['扣分', 'pointsDeducted'],
  ['积分净变动（+加 −减）', 'points'],
  ['得分', 'score'],
];

const dir = mkdtempSync(join(tmpdir(), 'kefu-exports-'));
let report: ReportJson;

beforeAll(() => {
  // The example's JSON is larger than spawnSync's default 1 MB buffer.
  const run = spawnSync(
    process.execPath,
    [
      bin,
      ...auditOffice,
      '--json',
      '--lang',
      'zh',
      '--xlsx',
      join(dir, 'office.xlsx'),
      '--csv-ledger',
      join(dir, 'ledger.csv'),
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  expect(run.status, run.stderr).toBe(0);
  report = JSON.parse(run.stdout) as ReportJson;
}, 60_000);

describe('the formula guard (OWASP CSV injection)', () => {
  it.each([
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tE-1', "'\tE-1"],
    ['\rE-1', "'\rE-1"],
    ['-', "'-"],
    ['E-1', 'E-1'],
    ['客服部', '客服部'],
    ['', ''],
  ])('guards the text %j as %j', (text, guarded) => {
    expect(guardText(text)).toBe(guarded);
  });

  it("reproduction: a case key '-1+cmd|' /C calc'!A0' went into the CSV unguarded; now every text cell is", () => {
    const payload = "-1+cmd|' /C calc'!A0";
    const log = [
      { type: 'complaint-received', at: '2026-03-02T09:00:00+08:00', case: payload, employee: '=1+1' },
      {
        type: 'complaint-replied',
        at: '2026-03-02T12:00:00+08:00',
        case: payload,
        nextReplyAt: '2026-03-03T09:00:00+08:00',
      },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const csv = kefu(['audit', '-', '--as-of', '2026-03-31T00:00:00+08:00', '--csv'], { input: log });
    expect(csv.status).toBe(0);
    const cells = csv.stdout.split('\r\n').flatMap((row) => row.split(','));
    expect(cells).toContain(`'${payload}`);
    expect(cells).not.toContain(payload);
    expect(cells).toContain("'=1+1");
  });
});

describe('--csv-ledger', () => {
  it('writes the ledger with Chinese headers, names beside ids, and numbers equal to the JSON', () => {
    const text = readFileSync(join(dir, 'ledger.csv'), 'utf8');
    expect(text.startsWith('\uFEFF月份,工号,姓名,部门,本人罚款（元）')).toBe(true);
    const [header = '', ...rows] = text.slice(1).trimEnd().split('\r\n');
    const headers = header.split(',');
    expect(rows).toHaveLength(report.ledger.length);
    for (const [i, entry] of report.ledger.entries()) {
      const cells = (rows[i] ?? '').split(',');
      const cell = (h: string) => cells[headers.indexOf(h)];
      expect(cell('工号')).toBe(entry.employee);
      for (const [h, field] of LEDGER_ZH) expect(Number(cell(h)), `${entry.employee} ${h}`).toBe(entry[field]);
    }
    // A negative number is a number, not text the guard turned into `'-5`.
    expect(rows.some((r) => r.includes(',-5,'))).toBe(true);
    expect(text).toContain('王芳');
    expect(text).toContain('除名 ×6（P10 (五)1）');
  });
});

describe('--xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'office.xlsx'));
  });

  const headersOf = (sheet: ExcelJS.Worksheet | undefined) =>
    ((sheet?.getRow(1).values as unknown[]) ?? []).slice(1).map(String);

  it('has the findings, ledger, rejected lines and summary as sheets, with Chinese headers', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['结论', '月度台账', '被拒绝的行', '汇总']);
    expect(headersOf(book.getWorksheet('结论')).slice(0, 5)).toEqual(['行号', '规则', '制度', '条款', '状态']);
    expect(headersOf(book.getWorksheet('月度台账'))).toEqual(
      expect.arrayContaining(['月份', '工号', '姓名', '部门', ...LEDGER_ZH.map(([h]) => h), '其他处分']),
    );
    expect(headersOf(book.getWorksheet('被拒绝的行'))).toEqual(['行号', '代码', '原因']);
  });

  it('keeps the ledger’s amounts and points as numbers equal to the JSON, the month as a date', () => {
    const sheet = book.getWorksheet('月度台账');
    const headers = headersOf(sheet);
    expect(sheet?.rowCount).toBe(report.ledger.length + 1);
    for (const [i, entry] of report.ledger.entries()) {
      const row = sheet?.getRow(i + 2);
      const cell = (h: string) => row?.getCell(headers.indexOf(h) + 1).value;
      expect(cell('工号')).toBe(entry.employee);
      for (const [h, field] of LEDGER_ZH) {
        expect(typeof cell(h)).toBe('number');
        expect(cell(h), `${entry.employee} ${h}`).toBe(entry[field]);
      }
      const month = cell('月份');
      expect(month).toBeInstanceOf(Date);
      expect((month as Date).toISOString().slice(0, 7)).toBe(entry.month);
    }
  });

  it('lists every finding, with due times as dates (the wall-clock time the audit wrote) and numbers as numbers', () => {
    const sheet = book.getWorksheet('结论');
    const headers = headersOf(sheet);
    expect(sheet?.rowCount).toBe(report.findings.length + 1);
    for (const [i, f] of report.findings.entries()) {
      const row = sheet?.getRow(i + 2);
      const cell = (h: string) => row?.getCell(headers.indexOf(h) + 1).value;
      expect(cell('规则')).toBe(f.result.ruleId);
      const due = cell('期限');
      if (f.result.dueAt === undefined) expect(due ?? null).toBeNull();
      else {
        expect(due).toBeInstanceOf(Date);
        expect((due as Date).toISOString().slice(0, 16)).toBe(f.result.dueAt.slice(0, 16));
      }
      if (typeof f.result.value === 'number') expect(cell('结果')).toBe(f.result.value);
    }
  });

  it('sums up as the JSON does', () => {
    const sheet = book.getWorksheet('汇总');
    const pairs = new Map<string, unknown>();
    sheet?.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('行数')).toBe(report.summary.lines);
    expect(pairs.get('已拒绝')).toBe(report.summary.rejected);
    expect(pairs.get('结论')).toBe(report.summary.findings);
    expect(pairs.get('评估时点')).toBeInstanceOf(Date);
    // The by-policy table's last row: every status's count.
    const total = sheet?.getRow(sheet.rowCount).values as unknown[];
    expect(total[1]).toBe('合计');
    expect(total[2]).toBe(report.summary.byStatus.breached ?? 0);
  });

  it('writes the rejected lines, and English headers without --lang zh', async () => {
    const out = join(dir, 'fixture.xlsx');
    const fixture = fileURLToPath(new URL('./fixtures/events.ndjson', import.meta.url));
    const run = await kefuIn(['audit', fixture, '--as-of', '2026-03-31T00:00:00+08:00', '--json', '--xlsx', out]);
    const doc = json(run) as ReportJson;
    return (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['Findings', 'Ledger', 'Rejected lines', 'Summary']);
      const rejected = wb.getWorksheet('Rejected lines');
      expect(headersOf(rejected)).toEqual(['Line', 'Code', 'Reason']);
      expect([2, 3].map((r) => rejected?.getRow(r).getCell(1).value)).toEqual(doc.rejected.map((r) => r.line));
    })();
  });

  it('refuses a path it cannot write before reading the log, naming the flag', async () => {
    const run = await kefuIn([...auditOffice, '--xlsx', join(dir, 'no-such-dir', 'x.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--xlsx: cannot write');
    writeFileSync(join(dir, 'touched'), '');
  });
});
