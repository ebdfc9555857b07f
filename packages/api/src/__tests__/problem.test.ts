import type { ErrorCode } from '@kefu/rules';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { kefuErrorResponse } from '../problem.js';
import { problemOf, testApp } from './helpers.js';

describe('library errors as problems', () => {
  // Every error code of the library, whatever rule gives it: the status is decided here, once.
  const expected: Record<ErrorCode, number> = {
    'invalid-facts': 400,
    'invalid-options': 400,
    'invalid-config': 400,
    'unknown-rule': 404,
    'rule-refused': 422,
    'calendar-year-unknown': 422,
    'not-configured': 422,
    'invalid-state': 422,
    internal: 500,
  };
  const app = new Hono().get('/:code', (c) =>
    kefuErrorResponse(
      c,
      {
        code: c.req.param('code') as ErrorCode,
        message: 'the 100th case of 2026-11',
        issues: [{ path: ['at'], message: 'm' }],
      },
      ['facts'],
    ),
  );

  for (const [code, status] of Object.entries(expected)) {
    it(`${code} → ${status}`, async () => {
      const res = await app.request(`/${code}`);
      expect(res.status).toBe(status);
      const problem = await problemOf(res);
      expect(problem).toMatchObject({ code, status, type: `urn:kefu:problem:${code}` });
      expect(problem.issues).toEqual([{ path: ['at'], pointer: '#/facts/at', message: 'm' }]);
      if (status < 500) expect(problem.detail).toBe('the 100th case of 2026-11');
      else expect(problem.detail).not.toContain('100th');
    });
  }
});

describe('unexpected errors', () => {
  it('answer a 500 problem without the message or a stack, and log both under the request id', async () => {
    const entries: Record<string, unknown>[] = [];
    const app = testApp({ logLevel: 'info', logger: (e) => entries.push(e) });
    app.get('/v1/boom', () => {
      throw new Error('secret detail at /srv/app.ts:12');
    });
    const res = await app.request('/v1/boom');
    expect(res.status).toBe(500);
    const text = await res.clone().text();
    expect(text).not.toContain('secret');
    const problem = await problemOf(res);
    expect(problem.code).toBe('internal');
    const logged = entries.find((e) => e.msg === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', requestId: problem.requestId });
    expect(String(logged?.error)).toContain('secret detail');
  });
});
