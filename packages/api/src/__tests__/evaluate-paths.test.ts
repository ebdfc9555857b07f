/**
 * POST evaluate answers a plain `application/json` request in one step (routes/rules.ts, fastPath) and
 * leaves every other request to the route's generated validators. Both must give the same answer: the
 * same body sent as `application/json; charset=utf-8` always takes the generated validators.
 */
import { describe, expect, it } from 'vitest';
import { complaintFacts, testApp } from './helpers.js';

const bodies: Readonly<Record<string, string>> = {
  valid: JSON.stringify({ facts: complaintFacts }),
  'valid with asOf': JSON.stringify({
    facts: { receivedAt: complaintFacts.receivedAt, valid: true },
    asOf: '2026-11-27T18:00:00+08:00',
  }),
  'invalid facts': JSON.stringify({ facts: { ...complaintFacts, valid: 'yes' } }),
  'no facts': JSON.stringify({}),
  'bad asOf': JSON.stringify({ facts: complaintFacts, asOf: 'soon' }),
  'bad config': JSON.stringify({ facts: complaintFacts, config: { zone: 'Mars/Base' } }),
  'extra key': JSON.stringify({ facts: complaintFacts, extra: 1 }),
  array: '[1,2]',
  null: 'null',
  malformed: '{"facts":',
  empty: '',
};

/** Status, headers and body, without what differs per request (the request id). */
async function answer(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'x-request-id'));
  const body: unknown = JSON.parse(await res.text());
  if (typeof body === 'object' && body !== null && 'requestId' in body) body.requestId = '(id)';
  return { status: res.status, headers, body };
}

describe('POST evaluate: one-step path and generated validators agree', () => {
  const app = testApp();
  const post = (path: string, body: string, contentType: string) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': contentType }, body });

  for (const path of ['/v1/rules/P01.complaint-reply/evaluate', '/v1/rules/P01.nope/evaluate']) {
    for (const [name, body] of Object.entries(bodies)) {
      it(`${path}: ${name}`, async () => {
        const plain = await answer(await post(path, body, 'application/json'));
        const generic = await answer(await post(path, body, 'application/json; charset=utf-8'));
        expect(plain).toEqual(generic);
      });
    }
  }
});
