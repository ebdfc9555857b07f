import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../auth.js';
import { complaintFacts, postJson, problemOf, testApp } from './helpers.js';

describe('bearer tokens', () => {
  const app = testApp({ tokens: ['first-token', 'second-token'] });

  it('keeps /health, /openapi.json and /docs open', async () => {
    for (const path of ['/health', '/openapi.json', '/docs']) expect((await app.request(path)).status, path).toBe(200);
  });

  it('401 without a token, with WWW-Authenticate', async () => {
    const cases: Record<string, string>[] = [{}, { Authorization: 'Basic Zm9vOmJhcg==' }, { Authorization: 'Bearer' }];
    for (const headers of cases) {
      const res = await app.request('/v1/rules', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kefu"');
      expect((await problemOf(res)).code).toBe('unauthorized');
    }
  });

  it('403 with a wrong token, before the body is even read', async () => {
    for (const token of ['first-toke', 'first-tokenx', 'FIRST-TOKEN', 'x']) {
      const res = await app.request('/v1/rules', { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status, token).toBe(403);
      expect((await problemOf(res)).code).toBe('forbidden');
    }
    const post = await postJson(
      app,
      '/v1/rules/P01.complaint-reply/evaluate',
      { facts: 1 },
      { Authorization: 'Bearer no' },
    );
    expect(post.status).toBe(403);
  });

  it('accepts any configured token, on every /v1 route', async () => {
    const ok = await app.request('/v1/policies', { headers: { Authorization: 'Bearer second-token' } });
    expect(ok.status).toBe(200);
    const evaluated = await postJson(
      app,
      '/v1/rules/P01.complaint-reply/evaluate',
      { facts: complaintFacts },
      { Authorization: 'bearer first-token' },
    );
    expect(evaluated.status).toBe(200);
    const calendar = await app.request('/v1/calendar/years', { headers: { Authorization: 'Bearer first-token' } });
    expect(calendar.status).toBe(200);
  });

  it('compares bytes without regard to where they differ', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(constantTimeEqual(bytes('abc'), bytes('abc'))).toBe(true);
    expect(constantTimeEqual(bytes('abc'), bytes('abd'))).toBe(false);
    expect(constantTimeEqual(bytes('abc'), bytes('ab'))).toBe(false);
    expect(constantTimeEqual(bytes(''), bytes(''))).toBe(true);
    expect(constantTimeEqual(bytes('a\u0000'), bytes('a'))).toBe(false);
  });

  it('leaves /v1 open when no token is configured', async () => {
    expect((await testApp().request('/v1/rules')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    const res = await testApp().request('/v1/rules', { headers: { Origin: 'https://example.test' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflight for a configured origin only', async () => {
    const app = testApp({ corsOrigins: ['https://ops.example.test'], tokens: ['t'] });
    const preflight = await app.request('/v1/rules/P01.complaint-reply/evaluate', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://ops.example.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ops.example.test');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const other = await app.request('/health', { headers: { Origin: 'https://evil.example.test' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin with *', async () => {
    const res = await testApp({ corsOrigins: '*' }).request('/health', { headers: { Origin: 'https://a.test' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('logs', () => {
  it('writes one JSON-ready entry per request with its id, status and duration, and never the body', async () => {
    const entries: Record<string, unknown>[] = [];
    const app = testApp({ logLevel: 'info', logger: (e) => entries.push(e) });
    const res = await postJson(app, '/v1/rules/P01.complaint-reply/evaluate', { facts: { secret: 'hunter2' } });
    expect(res.status).toBe(400);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/v1/rules/P01.complaint-reply/evaluate',
      status: 400,
      requestId: res.headers.get('x-request-id'),
    });
    expect(typeof entries[0]?.ms).toBe('number');
    expect(JSON.stringify(entries)).not.toContain('hunter2');
  });

  it('drops entries below the level', async () => {
    const entries: unknown[] = [];
    const app = testApp({ logLevel: 'warn', logger: (e) => entries.push(e) });
    await app.request('/health');
    expect(entries).toHaveLength(0);
  });
});
