import { rules } from '@kefu/rules';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { problemOf, testApp } from './helpers.js';

describe('service routes', () => {
  const app = testApp();

  it('GET /health answers ok with the registry size', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', policies: 14, rules: rules.length });
  });

  it('sets secure headers and a request id, and keeps a valid incoming one', async () => {
    const res = await app.request('/health', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const fresh = await app.request('/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown path with a 404 problem', async () => {
    const res = await app.request('/v2/nothing');
    expect(res.status).toBe(404);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ code: 'not-found', status: 404, instance: '/v2/nothing' });
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('redirects / to the docs', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/docs');
  });

  it('#17 serves /docs as Swagger UI from its own assets: no outside script, style or host', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(html).not.toMatch(/https?:\/\//);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources).toEqual(['data:,', '/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/init.js']);
    for (const path of sources.slice(1)) {
      const asset = await app.request(path);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get('content-type'), path).toMatch(/^text\/(css|javascript)/);
      expect((await asset.text()).length, path).toBeGreaterThan(100);
    }
    expect(await (await app.request('/docs/init.js')).text()).toContain("url: '/openapi.json?view=docs'");
    expect((await app.request('/docs/other.js')).status).toBe(404);
  });
});

describe('GET /openapi.json', () => {
  const app = testApp();

  it('?view=docs (the /docs page) leaves out the per-rule evaluations, or keeps one policy’s (?policy=P08)', async () => {
    // Swagger UI stopped rendering part way through the whole document once #18 brought 176 rules: the
    // page lacked the calendar, the audit and the monitor.
    const paths = async (query: string) =>
      Object.keys(((await (await app.request(`/openapi.json${query}`)).json()) as { paths: object }).paths);
    const whole = await paths('');
    const perRule = (list: string[]) => list.filter((p) => /^\/v1\/rules\/P\d\d\./.test(p));
    expect(perRule(whole).length).toBe(rules.length);
    const docs = await paths('?view=docs');
    expect(perRule(docs)).toEqual([]);
    expect(docs).toEqual(whole.filter((p) => !perRule(whole).includes(p)));
    const p08 = await paths('?view=docs&policy=p08');
    expect(perRule(p08)).toEqual(perRule(whole).filter((p) => p.startsWith('/v1/rules/P08.')));
    expect(perRule(p08).length).toBeGreaterThan(5);
  });

  it('is OpenAPI 3.1 with every route and one path per rule, schemas from the rules', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { 'x-kefu-rule'?: string; security?: unknown }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; $schema?: string }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/health',
      '/v1/policies',
      '/v1/policies/{id}',
      '/v1/rules',
      '/v1/rules/{ruleId}',
      '/v1/rules/{ruleId}/evaluate',
      '/v1/calendar/days/{date}',
      '/v1/calendar/working-days',
      '/v1/calendar/years/{year}/holidays',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    for (const rule of rules) {
      expect(doc.paths[`/v1/rules/${rule.id}/evaluate`]?.post?.['x-kefu-rule']).toBe(rule.id);
      const facts = doc.components.schemas[`${rule.id}.facts`];
      expect(facts).toBeDefined();
      expect(facts?.$schema).toBeUndefined();
    }
    const complaint = doc.components.schemas['P01.complaint-reply.facts'];
    expect(Object.keys(complaint?.properties ?? {})).toEqual(expect.arrayContaining(['receivedAt', 'valid']));
    expect(doc.components.schemas.OrgConfig?.properties).toHaveProperty('zone');
    // Open server: the scheme is applied, as optional.
    expect(doc.paths['/v1/rules']?.get?.security).toEqual([{ bearer: [] }, {}]);
    expect(doc.paths['/health']?.get?.security).toEqual([]);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('leaves no reference unresolved', async () => {
    const doc: unknown = await (await app.request('/openapi.json')).json();
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') refs.push(x);
          else walk(x);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref
        .slice(2)
        .split('/')
        .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('marks /v1 operations as needing the bearer token when tokens are set', async () => {
    const secured = testApp({ tokens: ['openapi-token-0123456789'] });
    const doc = (await (await secured.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(doc.paths['/v1/rules']?.get?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/health']?.get?.security).toEqual([]);
    expect((await new Validator().validate(doc as unknown as Record<string, unknown>)).valid).toBe(true);
  });

  it('#17 every operation names a security requirement and a unique operationId', async () => {
    for (const secured of [testApp(), testApp({ tokens: ['openapi-token-0123456789'] })]) {
      const doc = (await (await secured.request('/openapi.json')).json()) as {
        paths: Record<string, Record<string, { operationId?: string; security?: unknown }>>;
        components: { securitySchemes: Record<string, unknown> };
      };
      expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearer']);
      const ids: string[] = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          expect(op.operationId, `${method} ${path}`).toMatch(/\S/);
          expect(Array.isArray(op.security), `${method} ${path}`).toBe(true);
          ids.push(op.operationId ?? '');
        }
      }
      expect(new Set(ids).size).toBe(ids.length);
      // The twelve main operations, by name.
      expect(ids).toEqual(
        expect.arrayContaining([
          'getHealth',
          'listPolicies',
          'getPolicy',
          'listRules',
          'getRule',
          'evaluateRule',
          'auditLog',
          'getCalendarDay',
          'addWorkingDays',
          'listCalendarYears',
          'listHolidays',
          'getCalendarMonth',
        ]),
      );
    }
  });
});
