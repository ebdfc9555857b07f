/**
 * The Node entry: it serves on HOST:PORT, and on SIGTERM lets a request in flight finish before it exits.
 * The entry is bundled to a scratch folder (not dist/) so this test never depends on a previous build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintFacts } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'server-test');

beforeAll(async () => {
  await build({
    entry: { server: join(root, 'src', 'server.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    config: false,
    dts: false,
    silent: true,
    clean: true,
  });
}, 60_000);

interface Running {
  readonly child: ChildProcess;
  readonly port: number;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
}

function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [join(outDir, 'server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', KEFU_API_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const url = (JSON.parse(line) as { msg?: string; url?: string }).url;
        if (url) resolve({ child, port: Number(new URL(url).port), lines, exited });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    child.on('exit', () => reject(new Error(`server exited: ${lines.join('\n')}`)));
  });
}

const running: Running[] = [];
afterAll(() => {
  for (const r of running) r.child.kill('SIGKILL');
});

describe('node server', () => {
  it('serves, then on SIGTERM finishes the request in flight and exits 0', async () => {
    const server = await start({});
    running.push(server);
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);

    const body = JSON.stringify({ facts: complaintFacts });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/v1/rules/P01.complaint-reply/evaluate',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Half the body now, SIGTERM, the rest later: the request is in flight when the signal comes.
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 100);
    });
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ result: { ruleId: 'P01.complaint-reply', status: 'met' } });
    expect(await server.exited).toBe(0);
    expect(server.lines.join('\n')).toContain('"msg":"shutting down"');
  });

  it('refuses to start with a bad setting, naming it', async () => {
    await expect(start({ KEFU_API_BODY_LIMIT: 'lots' })).rejects.toThrow(/KEFU_API_BODY_LIMIT/);
    await expect(start({ PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });
});
