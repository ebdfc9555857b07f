import { hc } from 'hono/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppType } from '../index.js';
import { complaintFacts, testApp } from './helpers.js';

describe('typed client (Hono RPC)', () => {
  const app = testApp();
  // The client speaks to the app in-process; against a server it is hc<AppType>('http://127.0.0.1:8787').
  const client = hc<AppType>('http://kefu.test', {
    fetch: (input: Request | string | URL, init?: RequestInit) => app.request(input, init),
  });

  it('evaluates a rule with typed input and output', async () => {
    const res = await client.v1.rules[':ruleId'].evaluate.$post({
      param: { ruleId: 'P01.complaint-reply' },
      json: { facts: complaintFacts, asOf: '2026-11-27T18:00:00+08:00' },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const { result } = await res.json();
    expectTypeOf(result.ruleId).toEqualTypeOf<string>();
    expectTypeOf(result.explanation.en).toEqualTypeOf<string>();
    expect(result.status).toBe('met');
  });

  it('types the problem responses too', async () => {
    const res = await client.v1.rules[':ruleId'].evaluate.$post({ param: { ruleId: 'P01.nope' }, json: { facts: {} } });
    expect(res.status).toBe(404);
    if (res.status !== 404) return;
    const problem = await res.json();
    expectTypeOf(problem.code).toEqualTypeOf<string>();
    expect(problem.code).toBe('unknown-rule');
  });

  it('reaches the other routes', async () => {
    const health = await client.health.$get();
    expect((await health.json()).status).toBe('ok');
    const policies = await client.v1.policies.$get();
    if (policies.status === 200) expect((await policies.json()).policies).toHaveLength(14);
    const day = await client.v1.calendar.days[':date'].$get({ param: { date: '2026-10-01' } });
    if (day.status === 200) expect((await day.json()).working).toBe(false);
    const rules = await client.v1.rules.$get({ query: { policy: 'P12' } });
    if (rules.status === 200) expect((await rules.json()).rules.map((r) => r.id)).toContain('P12.lateness');
  });
});
