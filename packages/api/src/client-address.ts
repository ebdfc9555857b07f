/**
 * The client's address, for the failed-token limit and the request log. Only the connection's own peer
 * address is trusted: X-Forwarded-For is whatever the client says, so it is never read here (behind a
 * proxy, pass `clientAddress` to createApp).
 */
import type { Context } from 'hono';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** @hono/node-server hands the Node request as `env.incoming`; its socket knows the peer. */
function nodePeer(env: unknown): string | undefined {
  if (!isRecord(env) || !isRecord(env.incoming) || !isRecord(env.incoming.socket)) return undefined;
  const address = env.incoming.socket.remoteAddress;
  return typeof address === 'string' ? address : undefined;
}

export type ClientAddressOf = (request: Request, env: unknown) => string | undefined;

export function clientAddress(c: Context, custom: ClientAddressOf | undefined): string {
  return custom?.(c.req.raw, c.env) ?? nodePeer(c.env) ?? 'unknown';
}
