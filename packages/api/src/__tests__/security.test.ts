import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../auth.js';
import { failureLimiter } from '../failure-limiter.js';
import { complaintFacts, postJson, problemOf, testApp } from './helpers.js';

const first = 'first-token-0123456789';
const second = 'second-token-0123456789';

/** Requests from a chosen client address (the Node socket's peer in production). */
function from(client: string, headers: Record<string, string> = {}) {
  return { headers: { ...headers, 'X-Test-Client': client } };
}
const byTestHeader = (request: Request) => request.headers.get('X-Test-Client') ?? undefined;

describe('bearer tokens', () => {
  const app = testApp({ tokens: [first, second] });

  it('keeps /health, /openapi.json and /docs open', async () => {
    for (const path of ['/health', '/openapi.json', '/docs']) expect((await app.request(path)).status, path).toBe(200);
  });

  it('401 without a token, with WWW-Authenticate: Bearer', async () => {
    const cases: Record<string, string>[] = [{}, { Authorization: 'Basic Zm9vOmJhcg==' }, { Authorization: 'Bearer' }];
    for (const headers of cases) {
      const res = await app.request('/v1/rules', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kefu"');
      expect((await problemOf(res)).code).toBe('unauthorized');
    }
  });

  it('#13 a wrong token is a 401 with error="invalid_token" (RFC 6750), not a 403, before the body is read', async () => {
    for (const token of ['first-token-012345678', 'first-token-0123456789x', first.toUpperCase(), 'x']) {
      const res = await app.request('/v1/rules', from(token, { Authorization: `Bearer ${token}` }));
      expect(res.status, token).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kefu", error="invalid_token"');
      expect((await problemOf(res)).code).toBe('invalid-token');
    }
    const post = await postJson(
      app,
      '/v1/rules/P01.complaint-reply/evaluate',
      { facts: 1 },
      { Authorization: 'Bearer no', 'X-Test-Client': 'post' },
    );
    expect(post.status).toBe(401);
  });

  it('accepts any configured token, on every /v1 route', async () => {
    const ok = await app.request('/v1/policies', { headers: { Authorization: `Bearer ${second}` } });
    expect(ok.status).toBe(200);
    const evaluated = await postJson(
      app,
      '/v1/rules/P01.complaint-reply/evaluate',
      { facts: complaintFacts },
      { Authorization: `bearer ${first}` },
    );
    expect(evaluated.status).toBe(200);
    const calendar = await app.request('/v1/calendar/years', { headers: { Authorization: `Bearer ${first}` } });
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

describe('#13 failed token attempts are limited per client (26,739 guesses in 10 s went through)', () => {
  it('after the limit a client gets 429 with Retry-After, even with the right token; other clients do not', async () => {
    const app = testApp({ tokens: [first], authFailuresPerMinute: 3, clientAddress: byTestHeader });
    const guess = (client: string, token: string) =>
      app.request('/v1/rules', from(client, { Authorization: `Bearer ${token}` }));
    for (let i = 0; i < 3; i += 1) expect((await guess('10.0.0.1', `guess-${i}-aaaaaaaaaaaa`)).status).toBe(401);
    const limited = await guess('10.0.0.1', 'guess-4-aaaaaaaaaaaa');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await problemOf(limited)).code).toBe('too-many-requests');
    expect((await guess('10.0.0.1', first)).status).toBe(429);
    expect((await guess('10.0.0.2', first)).status).toBe(200);
    // A missing token is not a guess: it does not count.
    for (let i = 0; i < 5; i += 1) expect((await app.request('/v1/rules', from('10.0.0.3'))).status).toBe(401);
    expect((await guess('10.0.0.3', first)).status).toBe(200);
  });

  it('the limiter forgets a client when its window ends, and tracks at most maxClients', () => {
    const limiter = failureLimiter({ limit: 2, windowMs: 1000, maxClients: 3 });
    limiter.fail('a', 0);
    limiter.fail('a', 10);
    expect(limiter.retryAfter('a', 20)).toBe(1);
    expect(limiter.retryAfter('a', 1000)).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(5000)), { maxLength: 200 }), (attempts) => {
        const bounded = failureLimiter({ limit: 2, windowMs: 1000, maxClients: 3 });
        let now = 0;
        for (const [client, step] of attempts) {
          now += step;
          bounded.fail(String(client), now);
          expect(bounded.size).toBeLessThanOrEqual(3);
        }
      }),
    );
  });
});

describe('CORS', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    const res = await testApp().request('/v1/rules', { headers: { Origin: 'https://example.test' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflight for a configured origin only', async () => {
    const app = testApp({ corsOrigins: ['https://ops.example.test'], tokens: [first] });
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
    // #17: the preflight advertised PUT, DELETE and PATCH, which the API does not have.
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST,OPTIONS');
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
    // #13: the request log records the client address.
    expect(entries[0]?.client).toBe('unknown');
    expect(JSON.stringify(entries)).not.toContain('hunter2');
  });

  it('drops entries below the level', async () => {
    const entries: unknown[] = [];
    const app = testApp({ logLevel: 'warn', logger: (e) => entries.push(e) });
    await app.request('/health');
    expect(entries).toHaveLength(0);
  });
});

describe('#17 DNS rebinding: with allowedHosts, any other Host is refused', () => {
  const app = testApp({ allowedHosts: ['localhost', '127.0.0.1', '[::1]', 'kefu.internal'] });

  it('answers the local names with any port, and an added name', async () => {
    for (const host of ['localhost', 'localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'LOCALHOST.', 'kefu.internal']) {
      const res = await app.request('http://localhost/v1/policies', { headers: { Host: host } });
      expect(res.status, host).toBe(200);
    }
  });

  it('answers another host with a 421 problem, on every route', async () => {
    for (const host of [
      'attacker.example',
      'attacker.example:8787',
      '127.0.0.1.nip.io',
      'localhost.attacker.example',
    ]) {
      for (const path of ['/health', '/v1/rules', '/docs']) {
        const res = await app.request(`http://localhost${path}`, { headers: { Host: host } });
        expect(res.status, `${host}${path}`).toBe(421);
        expect(await problemOf(res)).toMatchObject({ code: 'misdirected-request', status: 421 });
      }
    }
  });

  it('accepts any host when no list is given (the Node entry gives one on loopback without tokens)', async () => {
    const res = await testApp().request('http://localhost/health', { headers: { Host: 'kefu.example' } });
    expect(res.status).toBe(200);
  });
});

describe('#13 a wrong method is a 405 with Allow, not a 404', () => {
  const app = testApp();

  it('names the methods the path has', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/v1/rules', 'GET, HEAD'],
      ['PUT', '/v1/rules/P01.complaint-reply/evaluate', 'POST'],
      ['GET', '/v1/audit', 'POST'],
      ['PATCH', '/health', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(await problemOf(res)).toMatchObject({ code: 'method-not-allowed', status: 405 });
    }
  });

  it('keeps 404 for a path no method has', async () => {
    expect((await app.request('/v1/nothing', { method: 'DELETE' })).status).toBe(404);
  });
});
