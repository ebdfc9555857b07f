/** Shared test helpers: a quiet app, and JSON requests through `app.request()`. */
import { createApp } from '../app.js';
import type { ApiOptions } from '../settings.js';

export function testApp(options: ApiOptions = {}) {
  return createApp({ logLevel: 'silent', ...options });
}

export type TestApp = ReturnType<typeof testApp>;

export function postJson(app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  issues: { path: (string | number)[]; pointer?: string; message: string }[];
  requestId?: string;
}

/** Read a problem response, checking the RFC 9457 media type and that no stack trace leaked. */
export async function problemOf(res: Response): Promise<ProblemJson> {
  const text = await res.text();
  if (!res.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${res.headers.get('content-type')}: ${text}`);
  }
  if (/\n\s+at /.test(text) || /\.ts:\d+/.test(text)) throw new Error(`stack trace in ${text}`);
  return JSON.parse(text) as ProblemJson;
}

export const complaintFacts = {
  receivedAt: '2026-11-27T15:00:00+08:00',
  valid: true,
  repliedAt: '2026-11-27T16:00:00+08:00',
  nextReplyAt: '2026-11-28T10:00:00+08:00',
};
