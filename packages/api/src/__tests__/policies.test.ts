import { policies } from '@kefu/rules';
import { describe, expect, it } from 'vitest';
import { problemOf, testApp } from './helpers.js';

describe('policies', () => {
  const app = testApp();

  it('GET /v1/policies lists the fourteen policies with their rule ids', async () => {
    const res = await app.request('/v1/policies');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { policies: { code: string; rules: string[] }[] };
    expect(body.policies.map((p) => p.code)).toEqual(policies.map((p) => p.code));
    expect(body.policies[0]?.rules).toContain('P01.complaint-reply');
  });

  it('GET /v1/policies/{id} gives a policy with its rules, whatever the case', async () => {
    const res = await app.request('/v1/policies/p12');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { code: string; title: { en: string; zh: string }; rules: { id: string }[] };
    expect(body.code).toBe('P12');
    expect(body.title.zh.length).toBeGreaterThan(0);
    expect(body.rules.map((r) => r.id)).toContain('P12.lateness');
  });

  it('404 for an unknown policy', async () => {
    const res = await app.request('/v1/policies/P15');
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({ code: 'unknown-policy', instance: '/v1/policies/P15' });
  });
});
