/**
 * Whatever a client sends, the answer is never a 5xx, and every error is a problem document without a stack.
 * Bodies are random JSON, random text, and facts built from each rule's own field names with random values.
 */
import { rules } from '@kefu/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../json-schema.js';
import { problemOf, testApp } from './helpers.js';

const app = testApp({ bodyLimit: 64 * 1024 });

async function expectNo5xx(res: Response): Promise<void> {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) await problemOf(res);
  else await res.arrayBuffer();
}

const instants = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom(
      d.toISOString(),
      d.toISOString().replace('Z', '+08:00'),
      d.toISOString().slice(0, 10),
      d.toISOString().slice(0, 7),
    ),
  );

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  instants,
  fc.boolean(),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double(),
  fc.constantFrom(null, '', 'NaN', '-0', 1e308, -1e308, '9'.repeat(400)),
);

/** Facts with the rule's own field names (so rule bodies run), each value random. */
const factsFor = (ruleId: string): fc.Arbitrary<unknown> => {
  const rule = rules.find((r) => r.id === ruleId);
  const properties = rule ? jsonSchemaOf(rule.facts).properties : undefined;
  const keys = properties && typeof properties === 'object' ? Object.keys(properties) : [];
  if (keys.length === 0) return fc.jsonValue();
  return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
};

/** A line as the event it encodes, or as the text itself when it is not JSON. */
function parsedOrText(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

const ruleIds = fc.oneof(fc.constantFrom(...rules.map((r) => r.id)), fc.string(), fc.constant('P01.%2e%2e'));
const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  'application/x-ndjson',
  'multipart/form-data',
  '',
);

describe('random input never gets a 5xx', () => {
  it('POST evaluate with random facts, asOf and config', async () => {
    const body = fc.constantFrom(...rules.map((r) => r.id)).chain((id) =>
      fc.record({
        id: fc.constant(id),
        envelope: fc.record(
          {
            facts: factsFor(id),
            asOf: fc.oneof(instants, fc.string(), fc.jsonValue()),
            config: fc.oneof(
              fc.jsonValue(),
              fc.record({ zone: fc.oneof(fc.string(), fc.constant('Asia/Shanghai')), warningShare: value }),
              fc.record({
                rules: fc.dictionary(fc.constantFrom(...rules.map((r) => r.id)), fc.dictionary(fc.string(), value)),
              }),
            ),
          },
          { requiredKeys: ['facts'] },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(body, async ({ id, envelope }) => {
        const res = await app.request(`/v1/rules/${encodeURIComponent(id)}/evaluate`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(envelope),
        });
        await expectNo5xx(res);
      }),
      { numRuns: 400 },
    );
  });

  it('POST evaluate with random bytes, ids and content types', async () => {
    const raw = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constant(''),
    );
    await fc.assert(
      fc.asyncProperty(ruleIds, raw, contentTypes, async (id, text, type) => {
        const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
        const res = await app.request(`/v1/rules/${encodeURIComponent(id)}/evaluate`, {
          method: 'POST',
          headers,
          body: text,
        });
        await expectNo5xx(res);
      }),
      { numRuns: 300 },
    );
  });

  it('POST /v1/audit with random NDJSON lines and JSON bodies', async () => {
    const types = fc.constantFrom('complaint-received', 'complaint-replied', 'complaint-invalidated', 'nope');
    const event = fc.record(
      { type: types, at: instants, case: fc.constantFrom('C1', 'C2', ''), employee: fc.string(), extra: value },
      { requiredKeys: [] },
    );
    const line = fc.oneof(
      event.map((e) => JSON.stringify(e)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    const query = fc.oneof(
      fc.constant(''),
      instants.map((i) => `?asOf=${encodeURIComponent(i)}`),
      fc.string().map((s) => `?maxDelay=${encodeURIComponent(s)}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), query, fc.boolean(), async (lines, q, asJson) => {
        const res = asJson
          ? await app.request(`/v1/audit${q}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ events: lines.map(parsedOrText) }),
            })
          : await app.request(`/v1/audit${q}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/x-ndjson' },
              body: lines.join('\n'),
            });
        expect(res.status).toBeLessThan(500);
        const text = await res.text();
        expect(text).not.toContain('"type":"error"');
      }),
      { numRuns: 150 },
    );
  });

  it('GET routes with random path segments and queries', async () => {
    const segment = fc.oneof(fc.string(), instants, fc.integer({ min: -5, max: 99_999 }).map(String));
    await fc.assert(
      fc.asyncProperty(segment, segment, segment, async (a, b, c) => {
        const [x, y, z] = [a, b, c].map(encodeURIComponent);
        for (const path of [
          `/v1/calendar/days/${x}`,
          `/v1/calendar/working-days?from=${x}&days=${y}`,
          `/v1/calendar/years/${x}/holidays`,
          `/v1/calendar/years/${x}/months/${y}`,
          `/v1/rules?policy=${x}`,
          `/v1/rules/${x}`,
          `/v1/policies/${x}`,
          `/${x}/${y}/${z}`,
        ]) {
          await expectNo5xx(await app.request(path));
        }
      }),
      { numRuns: 200 },
    );
  });
});
