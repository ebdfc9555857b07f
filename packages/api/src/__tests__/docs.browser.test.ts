/**
 * /docs in headless Chromium (Debian's package, driven by playwright-core): Swagger UI loads from this
 * server alone, lists every operation, takes a bearer token and evaluates a rule (#17). Chromium is
 * required: without it the test fails saying how to install it (CI installs it), it never skips.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

const executablePath = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
const token = 'docs-token-0123456789';

describe('/docs in a browser', () => {
  let browser: Browser | undefined;
  let server: ReturnType<typeof serve> | undefined;
  let origin = '';

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set KEFU_CHROMIUM`,
      );
    }
    const app = testApp({ tokens: [token] });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        origin = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('loads from this server only, lists every operation, authorizes and evaluates a rule', async () => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${origin}/docs`);
    await page.waitForSelector('#operations-rules-evaluateRule', { timeout: 30_000 });
    // Every main operation, the audit and the calendar included, not just rule evaluation.
    for (const id of [
      'service-getHealth',
      'policies-listPolicies',
      'policies-getPolicy',
      'rules-listRules',
      'rules-getRule',
      'rules-evaluateRule',
      'audit-auditLog',
      'calendar-getCalendarDay',
      'calendar-addWorkingDays',
      'calendar-listCalendarYears',
      'calendar-listHolidays',
      'calendar-getCalendarMonth',
    ]) {
      expect(await page.locator(`#operations-${id}`).count(), id).toBe(1);
    }

    // The bearer scheme: Authorize with the token.
    await page.click('.scheme-container button.authorize');
    await page.fill('.auth-container input[type="text"], .auth-container input[type="password"]', token);
    await page.click('.auth-btn-wrapper button.authorize');
    await page.click('.auth-btn-wrapper button.btn-done');

    const operation = page.locator('#operations-rules-evaluateRule');
    await operation.locator('.opblock-summary-control').click();
    await operation.locator('input[placeholder="ruleId"]').fill('P01.complaint-reply');
    await operation.locator('textarea.body-param__text').fill(
      JSON.stringify({
        facts: {
          receivedAt: '2026-11-27T15:00:00+08:00',
          valid: true,
          repliedAt: '2026-11-27T16:00:00+08:00',
          nextReplyAt: '2026-11-28T10:00:00+08:00',
        },
      }),
    );
    await operation.locator('button.execute').click();
    await operation.locator('.live-responses-table tr.response .response-col_status').first().waitFor();
    expect(
      (await operation.locator('.live-responses-table tr.response .response-col_status').first().textContent())?.trim(),
    ).toBe('200');
    expect(await operation.locator('.live-responses-table .microlight').first().textContent()).toContain('"met"');

    expect(requested.length).toBeGreaterThan(3);
    for (const url of requested) expect(url.startsWith(`${origin}/`) || url.startsWith('data:'), url).toBe(true);
    // Any CSP violation, script error or failed load would show here.
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
