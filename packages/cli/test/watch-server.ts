/**
 * A small stand-in for the monitor's API routes that `kefu watch` reads (#16): `GET /v1/obligations` →
 * `{ obligations: OpenObligation[] }` and `GET /v1/alerts/stream` (SSE events named `alert`, `id: <seq>`,
 * the Alert JSON as data). It checks the bearer token and records each stream's `Last-Event-ID`.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeObligation {
  readonly id: string;
  readonly org: string;
  readonly ruleId: string;
  readonly status: 'pending' | 'at-risk';
  readonly atRiskAt?: string;
  readonly dueAt: string;
  readonly finding: unknown;
}

export interface FakeAlert {
  readonly id: string;
  readonly org: string;
  readonly kind: 'at-risk' | 'breached';
  readonly at: string;
  readonly seq: number;
  readonly finding: unknown;
}

function finding(ruleId: string, key: string, en: string, zh: string) {
  return { lines: [1], key, result: { ruleId, explanation: { en, zh } } };
}

export function obligation(n: number, dueAt: string, status: 'pending' | 'at-risk' = 'pending'): FakeObligation {
  return {
    id: `obl_${n}`,
    org: 'default',
    ruleId: 'P01.complaint-reply',
    status,
    dueAt,
    finding: finding('P01.complaint-reply', `C-${n}`, `Reply to complaint C-${n}`, `回复投诉 C-${n}`),
  };
}

export function alertOf(seq: number, kind: 'at-risk' | 'breached' = 'breached'): FakeAlert {
  return {
    id: `alert_${seq}`,
    org: 'default',
    kind,
    at: '2026-12-07T16:00:00.000+08:00',
    seq,
    finding: finding(
      'P01.complaint-reply',
      `C-${seq}`,
      `Complaint C-${seq} not replied to in 2 h`,
      `投诉 C-${seq} 未在2小时内回复`,
    ),
  };
}

export interface FakeApi {
  readonly url: string;
  /** What GET /v1/obligations answers (changeable). */
  obligations: FakeObligation[];
  /** How many times the obligations were asked for. */
  obligationRequests: number;
  /** The `Last-Event-ID` of each stream request, in order (undefined: none). */
  readonly streamRequests: (string | undefined)[];
  /** Sends an alert to every open stream. */
  send(alert: FakeAlert): void;
  /** Ends every open stream (the server restarting). */
  dropStreams(): void;
  /** Answer every request with this status from now on (401, 403, …); undefined: answer normally. */
  failWith: number | undefined;
  close(): Promise<void>;
}

export async function fakeApi(options: { token?: string } = {}): Promise<FakeApi> {
  const streams = new Set<ServerResponse>();
  const api: FakeApi = {
    url: '',
    obligations: [],
    obligationRequests: 0,
    streamRequests: [],
    failWith: undefined,
    send(alert) {
      for (const s of streams) s.write(`event: alert\nid: ${alert.seq}\ndata: ${JSON.stringify(alert)}\n\n`);
    },
    dropStreams() {
      for (const s of streams) s.end();
      streams.clear();
    },
    close: () =>
      new Promise((resolve) => {
        api.dropStreams();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = createServer((req, res) => {
    const authorised = options.token === undefined || req.headers.authorization === `Bearer ${options.token}`;
    const status = !authorised ? 401 : api.failWith;
    if (status !== undefined) {
      res.writeHead(status, { 'Content-Type': 'application/json' }).end('{"error":"no"}');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/v1/obligations') {
      api.obligationRequests += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ obligations: api.obligations }));
    } else if (path === '/v1/alerts/stream') {
      const last = req.headers['last-event-id'];
      api.streamRequests.push(typeof last === 'string' ? last : undefined);
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  (api as { url: string }).url = `http://127.0.0.1:${port}`;
  return api;
}
