import { describe, expect, it } from 'vitest';
import { postJson, problemOf, testApp } from './helpers.js';

describe('errors name what the caller sent', () => {
  const app = testApp();

  it('GET /v1/calendar/working-days names the `from` query parameter when its date is bad', async () => {
    const res = await app.request('/v1/calendar/working-days?from=2026-13-30&days=3');
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.issues[0]?.path).toEqual(['from']);
    expect(problem.issues[0]?.pointer).toBeUndefined();
    expect(problem.detail).toMatch(/^from: /);
  });

  it('a bad `statuses` query parameter of a JSON audit has no pointer into the body', async () => {
    const query = await postJson(app, '/v1/audit?statuses=breach', { events: [] });
    expect(query.status).toBe(400);
    const fromQuery = await problemOf(query);
    expect(fromQuery.issues[0]?.path).toEqual(['statuses', 0]);
    expect(fromQuery.issues[0]?.pointer).toBeUndefined();
    // From the body, it points into the body.
    const body = await postJson(app, '/v1/audit', { events: [], statuses: ['met', 'x'] });
    expect((await problemOf(body)).issues[0]?.pointer).toBe('#/statuses/1');
  });

  it('415 on evaluate says which content type to send and which was sent', async () => {
    const res = await app.request('/v1/rules/P12.lateness/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    const problem = await problemOf(res);
    expect(problem.detail).toContain('application/json');
    expect(problem.detail).toContain('text/plain');
  });

  it('a streamed audit over the limit ends with a problem whose detail has no "Error:" prefix', async () => {
    const small = testApp({ bodyLimit: 64 });
    const res = await small.request('/v1/audit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`${'{"type":"x"}\n'.repeat(20)}`));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const last = JSON.parse((await res.text()).trim().split('\n').at(-1) ?? '{}') as {
      problem?: { detail?: string };
    };
    expect(last.problem?.detail).toBe('the body is over 64 bytes');
  });
});
