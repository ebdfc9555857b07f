/**
 * Test helpers for the monitor's crash-safety tests (issue #16 "Crash safety"): the built server as a child
 * process (killed with SIGKILL, started again), and a local webhook receiver recording every delivery's id.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyWebhook } from '@kefu/monitor/delivery';

const serverJs = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

const orgToken = 'crash-test-token-0123456789';
const hookSecret = 'crash-test-webhook-secret';

export interface Delivery {
  readonly id: string;
  readonly kind: string;
  readonly obligation: string;
  readonly verified: boolean;
}

export interface Receiver {
  readonly url: string;
  readonly deliveries: Delivery[];
  close(): Promise<void>;
}

/** A webhook receiver on loopback: answers 200 and records each delivery (its id, kind and whether it verified). */
export async function webhookReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = verifyWebhook(hookSecret, req.headers['kefu-signature']?.toString(), body, {
        now: new Date(),
      }).ok;
      const parsed = JSON.parse(body) as { alert?: { kind?: string; finding?: { key?: string } }; kind?: string };
      const alert = parsed.alert ?? parsed;
      deliveries.push({
        id: String(req.headers['kefu-webhook-id']),
        kind: String(alert.kind),
        obligation: String((alert as { finding?: { key?: string } }).finding?.key),
        verified,
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A fresh data directory and organisations file (one organisation, `acme`, with the receiver's webhook). */
export function monitorHome(receiverUrl: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-monitor-crash-'));
  const orgs = join(dir, 'orgs.json');
  const file = {
    orgs: [{ id: 'acme', tokens: [orgToken], webhooks: [{ url: receiverUrl, secretEnv: 'KEFU_TEST_HOOK_SECRET' }] }],
  };
  writeFileSync(orgs, JSON.stringify(file));
  return {
    dir,
    env: { KEFU_DATA_DIR: join(dir, 'data'), KEFU_MONITOR_ORGS: orgs, KEFU_TEST_HOOK_SECRET: hookSecret },
  };
}

export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGKILL: no shutdown code runs. */
  kill(): Promise<void>;
  post(path: string, body: string, contentType?: string): Promise<Response>;
  get(path: string): Promise<Response>;
}

/** Starts `node dist/server.js` and resolves once it listens (its first log line names the URL). */
export async function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningServer> {
  const child = spawn(process.execPath, [serverJs], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', KEFU_API_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"msg":"listening","url":"([^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${output}`));
    });
  });
  const headers = { Authorization: `Bearer ${orgToken}` };
  return {
    url,
    child,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    post: (path, body, contentType = 'application/x-ndjson') =>
      fetch(`${url}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': contentType }, body }),
    get: (path) => fetch(`${url}${path}`, { headers }),
  };
}

/** Polls `check` every 100 ms until it returns a value (or throws after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A complaint received so that its 2-hour reply (P01.complaint-reply) falls due `inMs` from now. */
export function complaintDueIn(caseId: string, inMs: number): string {
  const at = new Date(Date.now() - 2 * 3600_000 + inMs).toISOString();
  return JSON.stringify({ id: `received-${caseId}`, type: 'complaint-received', at, case: caseId, valid: true });
}
