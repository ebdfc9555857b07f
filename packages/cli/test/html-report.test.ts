/**
 * Issue #15, "a monthly report for the manager": `kefu audit … --html report.html` writes one self-contained
 * page. Opened in headless Chromium (Debian's, at /usr/bin/chromium) it renders with no console error and
 * no network request (the page's own file is the only request), draws its charts, and its numbers — counts
 * by status, the ledger's totals, the breached findings — equal the audit's JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOffice, bin } from './helpers.js';

interface ReportJson {
  summary: { lines: number; rejected: number; byStatus: Record<string, number> };
  findings: { result: { status?: string } }[];
  ledger: Record<string, number | string>[];
}

const dir = mkdtempSync(join(tmpdir(), 'kefu-html-'));

function audit(lang: 'zh' | 'en'): { report: ReportJson; file: string } {
  const file = join(dir, `report-${lang}.html`);
  const args = [bin, ...auditOffice, '--json', '--lang', lang, '--html', file];
  // The example's JSON is larger than spawnSync's default 1 MB buffer.
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as ReportJson, file };
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-kefu-charts]');
  return { page, errors, requests };
}

const number = async (page: Page, selector: string) =>
  Number((await page.textContent(selector))?.replace('\u2212', '-'));

describe.each(['zh', 'en'] as const)('kefu audit --html (--lang %s)', (lang) => {
  let report: ReportJson;
  let opened: Opened;

  beforeAll(async () => {
    const made = audit(lang);
    report = made.report;
    opened = await open(made.file);
  }, 90_000);

  it('renders with no console error and no network request, and draws its four charts', async () => {
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([expect.stringMatching(/^file:/)]);
    expect(await opened.page.getAttribute('html', 'data-kefu-charts')).toBe('4');
    expect(await opened.page.locator('canvas').count()).toBe(4);
    expect(await opened.page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  });

  it('counts by status and the lines read equal the JSON’s summary', async () => {
    for (const [status, count] of Object.entries(report.summary.byStatus)) {
      if (count === 0 && status !== 'breached') continue;
      expect(await number(opened.page, `[data-kefu-status="${status}"]`), status).toBe(count);
    }
    expect(await number(opened.page, '[data-kefu-summary="lines"]')).toBe(report.summary.lines);
    expect(await number(opened.page, '[data-kefu-summary="rejected"]')).toBe(report.summary.rejected);
  });

  it('the ledger’s totals equal the sums of the JSON’s ledger, to the fen', async () => {
    const fields = ['ownFines', 'jointFines', 'wageDeductions', 'bonusDeductions', 'carriedOver', 'charges'] as const;
    for (const field of [...fields, 'pointsAdded', 'pointsDeducted'] as const) {
      const fen = report.ledger.reduce((sum, e) => sum + Math.round(Number(e[field]) * 100), 0);
      expect(await number(opened.page, `[data-kefu-total="${field}"]`), field).toBe(fen / 100);
    }
    expect(await opened.page.locator('table.ledger tbody tr:not(.sub)').count()).toBe(report.ledger.length);
  });

  it('lists every breached finding with its explanation and clause', async () => {
    const breached = report.findings.filter((f) => f.result.status === 'breached').length;
    expect(await number(opened.page, '[data-kefu-breached-total]')).toBe(breached);
    expect(await opened.page.locator('[data-kefu-breached]').count()).toBe(breached);
  });

  it('prints to A4', async () => {
    const pdf = await opened.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
