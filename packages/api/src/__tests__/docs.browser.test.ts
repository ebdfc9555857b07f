/**
 * /docs in headless Chromium (Debian's package, driven by playwright-core): the page loads from this
 * server alone, lists the rules and evaluates one. Skipped when Chromium is missing on a developer's
 * machine; required (fails) in CI (CI=true) or with KEFU_BROWSER_TEST=required.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

const executablePath = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
const required = process.env.CI === 'true' || process.env.KEFU_BROWSER_TEST === 'required';

describe.skipIf(!present && !required)('/docs in a browser', () => {
  let browser: Browser | undefined;
  let server: ReturnType<typeof serve> | undefined;
  let origin = '';

  beforeAll(async () => {
    if (!present) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium`);
    const app = testApp({ tokens: ['docs-token-0123456789'] });
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

  it('loads from this server only, lists the rules and evaluates one', async () => {
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
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('button[data-rule="P01.complaint-reply"]');
    expect(await page.textContent('#rule-path')).toBe('POST /v1/rules/P01.complaint-reply/evaluate');
    expect(await page.textContent('#facts-schema')).toContain('receivedAt');
    // The textarea starts from the schema: every required field is there.
    const skeleton = JSON.parse(await page.inputValue('#facts')) as Record<string, unknown>;
    expect(Object.keys(skeleton)).toEqual(expect.arrayContaining(['receivedAt', 'valid']));

    await page.fill('#token', 'docs-token');
    await page.dispatchEvent('#token', 'change');
    await page.fill(
      '#facts',
      JSON.stringify({
        receivedAt: '2026-11-27T15:00:00+08:00',
        valid: true,
        repliedAt: '2026-11-27T16:00:00+08:00',
        nextReplyAt: '2026-11-28T10:00:00+08:00',
      }),
    );
    await page.click('#evaluate');
    await page.waitForSelector('#result-status[data-status="200"]');
    const result = JSON.parse((await page.textContent('#result')) ?? '{}') as { result?: { status?: string } };
    expect(result.result?.status).toBe('met');

    // A problem is shown too: bad facts give the 400 problem document.
    await page.fill('#facts', '{"receivedAt":"soon"}');
    await page.click('#evaluate');
    await page.waitForSelector('#result-status[data-status="400"]');
    expect(await page.textContent('#result')).toContain('invalid-facts');

    expect(requested.length).toBeGreaterThan(2);
    for (const url of requested) expect(url.startsWith(`${origin}/`), url).toBe(true);
    // The one failed load is the 400 asked for above; any CSP violation or script error would show here.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });
});
