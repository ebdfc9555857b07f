import { rules } from '@kefu/rules';
import { describe, expect, it } from 'vitest';
import { complaintFacts, type ProblemJson, postJson, problemOf, testApp } from './helpers.js';

const evaluatePath = '/v1/rules/P01.complaint-reply/evaluate';

describe('GET /v1/rules', () => {
  const app = testApp();

  it('lists every rule of the registry', async () => {
    const res = await app.request('/v1/rules');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rules: { id: string; policy: string; title: { en: string } }[] };
    expect(body.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
  });

  it('filters by policy, whatever the case', async () => {
    const body = (await (await app.request('/v1/rules?policy=p01')).json()) as { rules: { policy: string }[] };
    expect(body.rules.length).toBeGreaterThanOrEqual(2);
    expect(new Set(body.rules.map((r) => r.policy))).toEqual(new Set(['P01']));
  });

  it('answers 404 for an unknown policy filter', async () => {
    const res = await app.request('/v1/rules?policy=P99');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe('unknown-policy');
  });

  it('gives one rule with its facts and parameter schemas and defaults', async () => {
    const res = await app.request('/v1/rules/P12.lateness');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      id: string;
      facts: { properties: Record<string, unknown> };
      params: { properties: Record<string, unknown> };
      defaults: Record<string, unknown>;
    };
    expect(body.id).toBe('P12.lateness');
    expect(Object.keys(body.facts.properties)).toEqual(expect.arrayContaining(['shiftStart', 'arrivedAt']));
    expect(Object.keys(body.params.properties).length).toBeGreaterThan(0);
    expect(Object.keys(body.defaults)).toEqual(Object.keys(body.params.properties));
  });

  it('answers 404 for an unknown rule', async () => {
    const res = await app.request('/v1/rules/P01.nope');
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({ code: 'unknown-rule', status: 404 });
  });
});

describe('POST /v1/rules/{ruleId}/evaluate', () => {
  const app = testApp();

  it('evaluates a rule', async () => {
    const res = await postJson(app, evaluatePath, { facts: complaintFacts });
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: { ruleId: string; status: string; dueAt: string } };
    expect(result).toMatchObject({
      ruleId: 'P01.complaint-reply',
      status: 'met',
      dueAt: '2026-11-27T17:00:00.000+08:00',
    });
  });

  it('passes asOf and config to the rule', async () => {
    const facts = { receivedAt: '2026-11-27T15:00:00+08:00', valid: true };
    const late = await postJson(app, evaluatePath, { facts, asOf: '2026-11-27T18:00:00+08:00' });
    expect(((await late.json()) as { result: { status: string } }).result.status).toBe('breached');
    const config = { rules: { 'P01.complaint-reply': { validReplyWithin: 'PT4H' } } };
    const longer = await postJson(app, evaluatePath, { facts, asOf: '2026-11-27T18:00:00+08:00', config });
    expect(((await longer.json()) as { result: { status: string } }).result.status).not.toBe('breached');
  });

  it('uses the server configuration when the request brings none', async () => {
    const configured = testApp({ config: { rules: { 'P01.complaint-reply': { validReplyWithin: 'PT4H' } } } });
    const facts = { receivedAt: '2026-11-27T15:00:00+08:00', valid: true };
    const res = await postJson(configured, evaluatePath, { facts, asOf: '2026-11-27T18:00:00+08:00' });
    const { result } = (await res.json()) as { result: { dueAt: string } };
    expect(result.dueAt).toBe('2026-11-27T19:00:00.000+08:00');
  });

  it('refuses a wrong server configuration at start-up', () => {
    expect(() => testApp({ config: { zone: 'Mars/Base' } })).toThrow(/invalid organisation configuration/);
  });

  it('a refusal carries detailZh, the Chinese the audit gives a refused line (#15)', async () => {
    const res = await postJson(app, '/v1/rules/P03.on-site-response/evaluate', {
      facts: { reportedAt: '2026-11-02T09:00:00+08:00' },
    });
    expect(res.status).toBe(422);
    const problem = (await problemOf(res)) as ProblemJson & { detailZh?: string };
    expect(problem.code).toBe('not-configured');
    expect(problem.detail).toContain('onSiteWithin');
    // The parameter is set in the body's configuration, not among the facts (the pointer said #/facts/config/…).
    expect(problem.issues).toMatchObject([{ pointer: '#/config/rules/P03.on-site-response/onSiteWithin' }]);
    expect(problem.detailZh).toMatch(/^P03\.on-site-response：未配置参数 onSiteWithin/);
  });

  it('400 invalid-facts names each field by path and by pointer into the body', async () => {
    const res = await postJson(app, evaluatePath, { facts: { receivedAt: 'yesterday' } });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ code: 'invalid-facts', type: 'urn:kefu:problem:invalid-facts', status: 400 });
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['receivedAt'], pointer: '#/facts/receivedAt' }),
        expect.objectContaining({ path: ['valid'], pointer: '#/facts/valid' }),
      ]),
    );
  });

  it('400 invalid-options for a bad asOf', async () => {
    const res = await postJson(app, evaluatePath, { facts: complaintFacts, asOf: 'soon' });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('invalid-options');
    expect(problem.issues[0]).toMatchObject({ path: ['asOf'], pointer: '#/asOf' });
  });

  it('400 invalid-config for a bad configuration', async () => {
    const res = await postJson(app, evaluatePath, { facts: complaintFacts, config: { zone: 'Mars/Base' } });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('invalid-config');
    expect(problem.issues[0]).toMatchObject({ path: ['config', 'zone'], pointer: '#/config/zone' });
  });

  it('400 invalid-request for a body that is not the envelope', async () => {
    const res = await postJson(app, evaluatePath, { facts: complaintFacts, extra: 1 });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('invalid-request');
    expect(JSON.stringify(problem.issues)).toContain('extra');
    const array = await postJson(app, evaluatePath, [1, 2]);
    expect(array.status).toBe(400);
    expect((await problemOf(array)).code).toBe('invalid-request');
  });

  it('400 invalid-json for malformed JSON, and for no body at all', async () => {
    const res = await app.request(evaluatePath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"facts":',
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('invalid-json');
    const empty = await app.request(evaluatePath, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(empty.status).toBe(400);
    await problemOf(empty);
  });

  it('404 for an unknown rule', async () => {
    const res = await postJson(app, '/v1/rules/P01.nope/evaluate', { facts: {} });
    expect(res.status).toBe(404);
    const problem = await problemOf(res);
    expect(problem.code).toBe('unknown-rule');
    expect(problem.issues[0]?.pointer).toBeUndefined();
  });

  it('413 over the body limit, with or without a content length', async () => {
    const small = testApp({ bodyLimit: 1024 });
    const big = JSON.stringify({ facts: { ...complaintFacts, pad: 'x'.repeat(2000) } });
    const res = await small.request(evaluatePath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await problemOf(res)).code).toBe('payload-too-large');
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await small.request(evaluatePath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    await problemOf(streamed);
  });

  it('415 for a body that is not JSON', async () => {
    const res = await app.request(evaluatePath, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ facts: complaintFacts }),
    });
    expect(res.status).toBe(415);
    expect((await problemOf(res)).code).toBe('unsupported-media-type');
  });

  it('422 when the rule cannot decide (a calendar year it does not know)', async () => {
    const res = await postJson(app, '/v1/rules/P01.service-callback/evaluate', {
      facts: { completedAt: '2089-03-01T10:00:00+08:00' },
      asOf: '2089-03-02T10:00:00+08:00',
    });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).code).toBe('calendar-year-unknown');
  });
});
