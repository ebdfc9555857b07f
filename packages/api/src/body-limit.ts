/**
 * The body limit. Hono's `bodyLimit` decides by Content-Length when there is one, but reads
 * `request.body` first, which on Node makes @hono/node-server build a full web Request per call (a large
 * share of a small POST's cost). Here a declared length is checked from the header alone; a streamed
 * (chunked) body still goes through Hono's counting reader.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { problemResponse } from './problem.js';

/** `countsItself`: requests whose route streams the body and enforces the limit as it reads. */
export function bodyLimit(maxSize: number, countsItself: (c: Context) => boolean): MiddlewareHandler {
  const tooLarge = (c: Context) =>
    problemResponse(c, { code: 'payload-too-large', detail: `the body is over ${maxSize} bytes` });
  const counting = honoBodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(declared, 10) > maxSize ? tooLarge(c) : next();
    }
    return countsItself(c) ? next() : counting(c, next);
  };
}
