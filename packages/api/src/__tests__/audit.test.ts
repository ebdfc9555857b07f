import { describe, expect, it } from 'vitest';
import { postJson, problemOf, testApp } from './helpers.js';

const log = [
  { type: 'complaint-received', at: '2026-11-27T15:00:00+08:00', case: 'C1', employee: 'E1' },
  { type: 'complaint-replied', at: '2026-11-27T16:00:00+08:00', case: 'C1', nextReplyAt: '2026-11-28T10:00:00+08:00' },
  { type: 'complaint-received', at: '2026-11-27T15:30:00+08:00', case: 'C2' },
];
const ndjson = `${log.map((e) => JSON.stringify(e)).join('\n')}\n{not json\n`;
const asOf = '2026-11-28T00:00:00+08:00';

interface AuditLine {
  type: string;
  finding?: { lines: number[]; key?: string; result: { ruleId: string; status?: string } };
  rejected?: { line: number; reason: string };
  summary?: { lines: number; evaluated: number; rejected: number; findings: number };
  ledger?: unknown[];
  problem?: { code: string; status: number };
}

function parseLines(text: string): AuditLine[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as AuditLine);
}

function sendNdjson(
  app: ReturnType<typeof testApp>,
  body: string | ReadableStream<Uint8Array>,
  query = `?asOf=${encodeURIComponent(asOf)}`,
) {
  return app.request(`/v1/audit${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('POST /v1/audit', () => {
  const app = testApp();

  it('streams NDJSON records, then the summary, for an NDJSON log', async () => {
    const res = await sendNdjson(app, ndjson);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const records = parseLines(await res.text());
    const last = records.at(-1);
    expect(last?.type).toBe('summary');
    expect(last?.summary).toMatchObject({ lines: 4, evaluated: 3, rejected: 1 });
    expect(Array.isArray(last?.ledger)).toBe(true);
    const findings = records.filter((r) => r.type === 'finding');
    expect(last?.summary?.findings).toBe(findings.length);
    const c1 = findings.find((r) => r.finding?.key === 'C1' && r.finding.result.ruleId === 'P01.complaint-reply');
    expect(c1?.finding).toMatchObject({ lines: [1, 2], result: { status: 'met' } });
    const c2 = findings.find((r) => r.finding?.key === 'C2' && r.finding.result.ruleId === 'P01.complaint-reply');
    expect(c2?.finding?.result.status).toBe('breached');
    expect(records.find((r) => r.type === 'rejected')?.rejected).toMatchObject({ line: 4 });
  });

  it('with streamLedger=true, ledger rows come as records and the summary’s ledger is empty', async () => {
    const late = {
      type: 'arrived',
      at: '2026-11-02T08:45:00+08:00',
      employee: 'E1',
      shiftStart: '2026-11-02T08:30:00+08:00',
    };
    const body = `${ndjson}${JSON.stringify(late)}\n`;
    const whole = parseLines(await (await sendNdjson(app, body)).text()).at(-1)?.ledger;
    expect(whole?.length).toBeGreaterThan(0);
    const res = await sendNdjson(app, body, `?asOf=${encodeURIComponent(asOf)}&streamLedger=true`);
    expect(res.status).toBe(200);
    const records = parseLines(await res.text());
    const rows = records.filter((r) => r.type === 'ledger').map((r) => (r as { entry?: unknown }).entry);
    expect(rows).toEqual(whole);
    expect(records.at(-1)).toMatchObject({ type: 'summary', ledger: [] });
  });

  it('rejects a streamLedger query that is not true or false', async () => {
    const res = await sendNdjson(app, ndjson, `?asOf=${encodeURIComponent(asOf)}&streamLedger=yes`);
    expect(res.status).toBe(400);
  });

  it('statuses hands out only those findings; the summary still counts all (NDJSON query, JSON body)', async () => {
    const all = parseLines(await (await sendNdjson(app, ndjson)).text());
    const res = await sendNdjson(app, ndjson, `?asOf=${encodeURIComponent(asOf)}&statuses=breached,%20pending`);
    expect(res.status).toBe(200);
    const records = parseLines(await res.text());
    const findings = records.filter((r) => r.type === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(
      all.filter((r) => r.type === 'finding' && ['breached', 'pending'].includes(r.finding?.result.status ?? '')),
    );
    expect(records.filter((r) => r.type === 'rejected')).toEqual(all.filter((r) => r.type === 'rejected'));
    expect(records.at(-1)).toEqual(all.at(-1));
    const json = await postJson(app, '/v1/audit', { events: log, asOf, statuses: ['met'] });
    const report = (await json.json()) as {
      findings: { result: { status?: string } }[];
      summary: { findings: number };
    };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.result.status === 'met')).toBe(true);
    expect(report.summary.findings).toBeGreaterThan(report.findings.length);
    const bad = await sendNdjson(app, ndjson, '?statuses=breached,late');
    expect(bad.status).toBe(400);
    expect(await problemOf(bad)).toMatchObject({ code: 'invalid-options', issues: [{ path: ['statuses', 1] }] });
  });

  it('rules evaluates only those rules and policies (NDJSON query, JSON body); an unknown name is a 400', async () => {
    const all = parseLines(await (await sendNdjson(app, ndjson)).text());
    const reply = (r: AuditLine) => r.type === 'finding' && r.finding?.result.ruleId === 'P01.complaint-reply';
    expect(all.some((r) => r.type === 'finding' && !reply(r))).toBe(true);
    const res = await sendNdjson(app, ndjson, `?asOf=${encodeURIComponent(asOf)}&rules=P01.complaint-reply`);
    expect(res.status).toBe(200);
    const records = parseLines(await res.text());
    const findings = records.filter((r) => r.type === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(all.filter(reply));
    // Every line is still read: the bad line is rejected as before.
    expect(records.filter((r) => r.type === 'rejected')).toEqual(all.filter((r) => r.type === 'rejected'));
    const json = await postJson(app, '/v1/audit', { events: log, asOf, rules: ['P01.complaint-reply'] });
    const report = (await json.json()) as { findings: { result: { ruleId: string } }[] };
    expect(report.findings.map((f) => f.result.ruleId)).toEqual(findings.map((r) => r.finding?.result.ruleId));
    const bad = await sendNdjson(app, ndjson, '?rules=P01,P99');
    expect(bad.status).toBe(400);
    expect(await problemOf(bad)).toMatchObject({ code: 'invalid-options', issues: [{ path: ['rules', 1] }] });
    const badJson = await postJson(app, '/v1/audit', { events: log, rules: ['P01.complaint-replied'] });
    expect(badJson.status).toBe(400);
    expect(await problemOf(badJson)).toMatchObject({ issues: [{ path: ['rules', 0] }] });
  });

  it('sends findings while the log is still arriving', async () => {
    const encoder = new TextEncoder();
    let feed: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        feed = controller;
      },
    });
    const res = await sendNdjson(app, body);
    expect(res.status).toBe(200);
    // A day's shifts are judged on their own line (a complaint's reply, by contrast, waits for the end: an
    // earlier reply may still come), so its findings come before the log is closed.
    const day = {
      type: 'shifts-set',
      at: '2026-11-27T06:00:00+08:00',
      date: '2026-11-27',
      shifts: [
        { start: '08:00', end: '20:00' },
        { start: '20:00', end: '08:00' },
      ],
    };
    feed?.enqueue(encoder.encode(`${JSON.stringify(day)}\n${JSON.stringify(log[0])}\n`));
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = await reader.read();
    const text = new TextDecoder().decode(first.value);
    expect(text).toContain('"key":"2026-11-27"');
    expect(text).not.toContain('"summary"');
    feed?.close();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(parseLines(rest).at(-1)?.summary).toMatchObject({ lines: 2, rejected: 0 });
  });

  it('audits a JSON body into one JSON report, with options in the body', async () => {
    const res = await postJson(app, '/v1/audit', { events: [...log, 42, 'not json'], asOf });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      summary: { lines: number; evaluated: number; rejected: number; asOf: string };
      findings: unknown[];
      rejected: { line: number }[];
      ledger: unknown[];
    };
    expect(report.summary).toMatchObject({ lines: 5, evaluated: 3, rejected: 2 });
    expect(report.summary.asOf).toBe('2026-11-28T00:00:00.000+08:00');
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('400 for bad options, before anything streams', async () => {
    const bad = await sendNdjson(app, ndjson, '?asOf=tomorrow');
    expect(bad.status).toBe(400);
    expect(await problemOf(bad)).toMatchObject({ code: 'invalid-options', issues: [{ path: ['asOf'] }] });
    const unknown = await sendNdjson(app, ndjson, '?asof=2026-11-28T00:00:00Z');
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).code).toBe('invalid-request');
    const config = await postJson(app, '/v1/audit', { events: log, config: { zone: 'Mars/Base' } });
    expect(config.status).toBe(400);
    expect((await problemOf(config)).issues[0]).toMatchObject({ path: ['config', 'zone'], pointer: '#/config/zone' });
    const org = await postJson(app, '/v1/audit', { events: log, org: { departments: [], people: [{ id: 'x' }] } });
    expect(org.status).toBe(400);
    expect((await problemOf(org)).issues[0]?.pointer).toMatch(/^#\/org\/people\/0/);
  });

  it('400 for a JSON body that is not the envelope, or not JSON', async () => {
    const missing = await postJson(app, '/v1/audit', { log });
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).code).toBe('invalid-request');
    const malformed = await app.request('/v1/audit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"events":[',
    });
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).code).toBe('invalid-json');
  });

  it('415 for any other content type', async () => {
    for (const type of ['text/plain', 'application/jsonl', 'multipart/form-data']) {
      const res = await app.request('/v1/audit', { method: 'POST', headers: { 'Content-Type': type }, body: ndjson });
      expect(res.status, type).toBe(415);
      expect((await problemOf(res)).code).toBe('unsupported-media-type');
    }
    const none = await app.request('/v1/audit', { method: 'POST', body: ndjson });
    expect(none.status).toBe(415);
  });

  it('413 over the limit: up front with a length, as the last record of a streamed body', async () => {
    const small = testApp({ bodyLimit: 256 });
    const big = ndjson.repeat(10);
    const declared = await small.request('/v1/audit', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-ndjson',
        'Content-Length': String(new TextEncoder().encode(big).length),
      },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect((await problemOf(declared)).code).toBe('payload-too-large');
    const json = await postJson(small, '/v1/audit', { events: Array.from({ length: 20 }, () => log[0]) });
    expect(json.status).toBe(413);
    const streamed = await sendNdjson(
      small,
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
    );
    expect(streamed.status).toBe(200);
    const last = parseLines(await streamed.text()).at(-1);
    expect(last).toMatchObject({ type: 'error', problem: { code: 'payload-too-large', status: 413 } });
  });

  it('uses the server organisation file when the request brings none', async () => {
    const org = { departments: [{ id: 'desk' }], people: [{ id: 'E1', department: 'desk' }] };
    const withOrg = testApp({ org });
    const res = await postJson(withOrg, '/v1/audit', { events: log, asOf });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { findings: { employee?: string; department?: string }[] };
    expect(report.findings.find((f) => f.employee === 'E1')?.department).toBe('desk');
    expect(() => testApp({ org: { people: 'nobody' } })).toThrow(/invalid organisation file/);
  });
});
