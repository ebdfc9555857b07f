/**
 * Bearer-token check for /v1 routes: 401 without a token, 403 with a wrong one. Tokens are compared in
 * constant time (no early exit on the first differing byte, and every configured token is tried) so
 * response timing does not reveal how much of a token was right.
 */
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.js';

const encoder = new TextEncoder();

/** Constant-time equality for the bytes compared; leaks only the longer length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export function bearerAuth(tokens: readonly string[]): MiddlewareHandler {
  const expected = tokens.map((t) => encoder.encode(t));
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match?.[1]) {
      const detail = 'this route needs Authorization: Bearer <token>';
      return problemResponse(c, { code: 'unauthorized', detail }, { 'WWW-Authenticate': 'Bearer realm="kefu"' });
    }
    const given = encoder.encode(match[1]);
    let ok = false;
    for (const token of expected) ok = constantTimeEqual(token, given) || ok;
    if (!ok) return problemResponse(c, { code: 'forbidden', detail: 'the bearer token is not accepted' });
    await next();
  };
}
