/**
 * Bearer-token check for /v1 routes (RFC 6750): 401 with `WWW-Authenticate: Bearer` without a token, 401
 * with `error="invalid_token"` with a wrong one, 429 with `Retry-After` once a client has failed too often.
 * Tokens are compared in constant time (no early exit on the first differing byte, and every configured
 * token is tried) so response timing does not reveal how much of a token was right.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import type { FailureLimiter } from './failure-limiter.js';
import { problemResponse } from './problem.js';

const encoder = new TextEncoder();

/** Constant-time equality for the bytes compared; leaks only the longer length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

const realm = 'Bearer realm="kefu"';

export function bearerAuth(
  tokens: readonly string[],
  limiter: FailureLimiter,
  now: () => number,
): MiddlewareHandler<AppEnv> {
  const expected = tokens.map((t) => encoder.encode(t));
  return async (c, next) => {
    const client = c.get('clientAddress');
    const wait = limiter.retryAfter(client, now());
    if (wait > 0) {
      const detail = `too many failed token attempts from this client; try again in ${wait} s`;
      return problemResponse(c, { code: 'too-many-requests', detail }, { 'Retry-After': String(wait) });
    }
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match?.[1]) {
      const detail = 'this route needs Authorization: Bearer <token>';
      return problemResponse(c, { code: 'unauthorized', detail }, { 'WWW-Authenticate': realm });
    }
    const given = encoder.encode(match[1]);
    // Every token is compared (no early exit); the one that matched names the caller's organisation.
    let matched: number | undefined;
    for (const [i, token] of expected.entries()) if (constantTimeEqual(token, given)) matched ??= i;
    if (matched === undefined) {
      limiter.fail(client, now());
      return problemResponse(
        c,
        { code: 'invalid-token', detail: 'the bearer token is not accepted' },
        { 'WWW-Authenticate': `${realm}, error="invalid_token"` },
      );
    }
    c.set('bearerToken', tokens[matched] ?? '');
    await next();
  };
}
