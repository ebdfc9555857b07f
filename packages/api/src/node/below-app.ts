/**
 * Answers the Node server gives before the app sees a request (#13 "Errors below the app are not
 * problem+json"): headers too large (431), a request the HTTP parser rejects (400), one too slow to
 * arrive (408), and a request @hono/node-server cannot turn into a web Request (a backslash in the path,
 * an invalid Host: 400). Each is problem+json with a request id and the security headers, like the app's.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import type { Log } from '../log.js';
import { bareProblem, bareSecurityHeaders, type ProblemInput } from '../problem.js';

function answer(input: ProblemInput) {
  const requestId = crypto.randomUUID();
  const body = JSON.stringify(bareProblem(input, '', requestId));
  const headers = {
    'Content-Type': 'application/problem+json',
    'X-Request-Id': requestId,
    ...bareSecurityHeaders,
  };
  return { requestId, body, headers };
}

/** What a parser or timeout error from Node's HTTP server means for the client. */
function clientProblem(code: string | undefined): ProblemInput {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { code: 'headers-too-large', detail: 'the request headers are over the server’s limit (16 KiB)' };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { code: 'request-timeout', detail: 'the request took too long to arrive (KEFU_API_REQUEST_TIMEOUT_MS)' };
  }
  return { code: 'invalid-request', detail: `malformed HTTP request (${code ?? 'unknown error'})` };
}

interface HttpSocket extends Duplex {
  /** Node's response on this connection, if one was started (private, but what Node itself checks). */
  readonly _httpMessage?: { readonly headersSent?: boolean };
}

/** The server's `clientError` handler: a problem+json answer where one can still be written, then close. */
export function onClientError(log: Log) {
  return (error: Error & { code?: string }, socket: HttpSocket): void => {
    // A connection closed mid-request is a client that went away: the app logs the request as aborted.
    const gone = error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE';
    if (gone || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const problem = clientProblem(error.code);
    const { requestId, body, headers } = answer(problem);
    const status = problem.code === 'headers-too-large' ? 431 : problem.code === 'request-timeout' ? 408 : 400;
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
    log({ level: 'info', msg: 'client error', requestId, status, error: error.code ?? error.message });
  };
}

/** The request listener's error handler: a request that cannot become a web Request is a 400 problem. */
export function onRequestError(log: Log) {
  return (error: unknown): Response => {
    const known = error instanceof RequestError;
    const input: ProblemInput = known
      ? { code: 'invalid-request', detail: `malformed request: ${error.message}` }
      : { code: 'internal', detail: String(error) };
    const { requestId, body, headers } = answer(input);
    log({
      level: known ? 'info' : 'error',
      msg: known ? 'bad request' : 'unhandled error',
      requestId,
      error: String(error),
    });
    return new Response(body, { status: known ? 400 : 500, headers });
  };
}
