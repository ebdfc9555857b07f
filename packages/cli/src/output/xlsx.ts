/**
 * `--xlsx <file>`: one workbook a supervisor can hand on — sheets for the findings, the ledger, the rejected
 * lines and the summary, headers in the chosen language, amounts and counts as numbers, instants as real
 * dates (the organisation's wall-clock time, which is what the audit wrote), through exceljs (maintained,
 * the common choice for writing .xlsx from Node). The findings stream into the file as they come
 * (exceljs's streaming writer), so a long audit is not held in memory as a workbook.
 *
 * Text cells go through the same formula guard as the CSV: a workbook's string cells do not run, but a sheet
 * saved on as CSV would carry `=…` or `-1+cmd|…` into a file that does.
 */
import type { Lang } from '../context.js';
import type { Directory } from '../view/directory.js';
import { ledgerColumns, ledgerRow, type ValueKind } from '../view/ledger.js';
import {
  byPolicyColumns,
  byPolicyRows,
  findingSheetColumns,
  findingSheetRow,
  rejectedSheetColumns,
  rejectedSheetRow,
  type SheetCell,
  type SheetColumn,
  summaryPairs,
} from '../view/sheets.js';
import type { Exporter } from './exports.js';
import { guardText } from './formula-guard.js';

type ExcelJs = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

/** Excel's last row: the rest of a longer list is left out and the summary says so. */
const MAX_ROWS = 1_048_575;

const FORMATS: Readonly<Record<NonNullable<SheetColumn['format']>, string>> = {
  'date-time': 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  money: '#,##0.00',
  count: '0',
  points: 'General',
  // An explicit sign: +9, -6.5, 0 (never a bare 9 under a header that could be read either way).
  'signed-points': '+General;-General;0',
};

const LEDGER_FORMATS: Readonly<Record<ValueKind, SheetColumn['format']>> = {
  text: undefined,
  month: 'month',
  money: 'money',
  points: 'points',
  'signed-points': 'signed-points',
  score: 'points',
};

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?)?/;

/**
 * The wall-clock time an ISO string states, as a Date Excel shows unchanged (Excel dates have no zone;
 * exceljs writes a Date as its UTC fields). `2026-04-10T23:59:59.999+08:00` shows as 2026-04-10 23:59.
 */
function wallClock(iso: string): Date | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const n = (i: number, d = 0) => (m[i] === undefined ? d : Number(m[i]));
  return new Date(Date.UTC(n(1), n(2) - 1, n(3, 1), n(4), n(5), n(6), Number((m[7] ?? '0').padEnd(3, '0'))));
}

function cellValue(cell: SheetCell): string | number | Date | undefined {
  if (cell === undefined || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return guardText(cell);
  return wallClock(cell.instant) ?? guardText(cell.instant);
}

function setColumns(sheet: Worksheet, columns: readonly SheetColumn[]): void {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 2)),
    ...(c.format && { style: { numFmt: FORMATS[c.format] } }),
  }));
  sheet.getRow(1).font = { bold: true };
}

function addRow(sheet: Worksheet, columns: readonly SheetColumn[], row: Readonly<Record<string, SheetCell>>): void {
  const values: Record<string, string | number | Date | undefined> = {};
  for (const c of columns) values[c.key] = cellValue(row[c.key]);
  sheet.addRow(values).commit();
}

const names = (lang: Lang) =>
  lang === 'zh'
    ? {
        findings: '结论',
        ledger: '月度台账',
        rejected: '被拒绝的行',
        summary: '汇总',
        left: '未列出（超出 Excel 行数）',
      }
    : {
        findings: 'Findings',
        ledger: 'Ledger',
        rejected: 'Rejected lines',
        summary: 'Summary',
        left: 'Not listed (beyond Excel’s rows)',
      };

export async function xlsxExporter(file: string, lang: Lang, dir: Directory, source: string): Promise<Exporter> {
  const ExcelJS: ExcelJs = (await import('exceljs')).default;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  workbook.creator = 'kefu';
  const sheetNames = names(lang);
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const findingColumns = findingSheetColumns(lang);
  const findings = workbook.addWorksheet(sheetNames.findings, frozen);
  setColumns(findings, findingColumns);
  const ledgerCols: SheetColumn[] = ledgerColumns(lang).map((c) => ({
    key: c.key,
    header: c.header,
    ...(LEDGER_FORMATS[c.kind] && { format: LEDGER_FORMATS[c.kind] }),
    ...(c.kind === 'text' && { width: c.key === 'sources' || c.key === 'marks' ? 40 : 12 }),
  }));
  const ledger = workbook.addWorksheet(sheetNames.ledger, frozen);
  setColumns(ledger, ledgerCols);
  const rejectedColumns = rejectedSheetColumns(lang);
  const rejected = workbook.addWorksheet(sheetNames.rejected, frozen);
  setColumns(rejected, rejectedColumns);
  let findingRows = 0;
  let rejectedRows = 0;
  let left = 0;
  return {
    finding(f) {
      if (findingRows >= MAX_ROWS) left += 1;
      else {
        findingRows += 1;
        addRow(findings, findingColumns, findingSheetRow(f, dir, lang));
      }
    },
    rejected(r) {
      if (rejectedRows >= MAX_ROWS) left += 1;
      else {
        rejectedRows += 1;
        addRow(rejected, rejectedColumns, rejectedSheetRow(r, lang));
      }
    },
    async finish({ summary, ledger: entries }) {
      findings.commit();
      for (const e of entries.slice(0, MAX_ROWS)) {
        const row = ledgerRow(e, dir, lang);
        // The month as a date (the first of the month, shown yyyy-mm), so that Excel sorts and filters it.
        addRow(ledger, ledgerCols, { ...row, month: { instant: String(row.month) } });
      }
      ledger.commit();
      rejected.commit();
      const sheet = workbook.addWorksheet(sheetNames.summary);
      sheet.getColumn(1).width = 16;
      sheet.getColumn(2).width = 20;
      for (const [label, cell] of summaryPairs(summary, source, lang)) {
        const row = sheet.addRow([guardText(label), cellValue(cell)]);
        if (typeof cell === 'object') row.getCell(2).numFmt = FORMATS['date-time'];
      }
      if (left > 0) sheet.addRow([sheetNames.left, left]);
      sheet.addRow([]);
      const policyColumns = byPolicyColumns(lang);
      const header = sheet.addRow(policyColumns.map((c) => c.header));
      header.font = { bold: true };
      for (const row of byPolicyRows(summary, lang)) sheet.addRow(policyColumns.map((c) => cellValue(row[c.key])));
      sheet.commit();
      await workbook.commit();
    },
  };
}
