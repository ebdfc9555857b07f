/**
 * The Node entry: it serves on HOST:PORT, and on SIGTERM lets a request in flight finish before it exits.
 * The entry is bundled to a scratch folder (not dist/) so this test never depends on a previous build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawText } from '../../build/raw-text.mjs';
import { complaintFacts } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'server-test');

beforeAll(async () => {
  await build({
    entry: { server: join(root, 'src', 'server.ts'), 'audit-worker': join(root, 'src', 'node', 'audit-worker.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    config: false,
    dts: false,
    silent: true,
    clean: true,
    esbuildPlugins: [rawText],
    noExternal: [/^swagger-ui-dist\//],
  });
}, 60_000);

interface Running {
  readonly child: ChildProcess;
  readonly port: number;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
}

/** Start the server and wait for its `listening` line (rejects with its output if it exits first). */
function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [join(outDir, 'server.js')], {
    // The live monitor (its store) is off here: these tests are about the HTTP server; monitor-crash.test.ts
    // starts it with the monitor.
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', KEFU_API_LOG_LEVEL: 'info', KEFU_MONITOR: 'off', ...env },
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
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${lines.join('\n')}`)));
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

/** Send bytes as they are and read the whole answer until the server closes the connection. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, 5_000);
  });
}

function problemIn(answer: string): { code: string; status: number; requestId?: string } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head).toMatch(/content-type: application\/problem\+json/i);
  expect(head).toMatch(/x-content-type-options: nosniff/i);
  const problem = JSON.parse(body) as { code: string; status: number; requestId?: string };
  expect(head.toLowerCase()).toContain(`x-request-id: ${problem.requestId}`);
  return problem;
}

/**
 * The example month repeated to about 10 MB: a large audit, several seconds of work. As many copies as
 * reach 9.5 MB, so the log stays under the default 10 MiB body limit as the example office grows (#18).
 */
const examples = join(root, '..', '..', 'examples', 'property-office');
const largeLog = () => {
  const month = readFileSync(join(examples, 'events.ndjson'), 'utf8');
  return month.repeat(Math.ceil(9_500_000 / month.length));
};
const asOf = encodeURIComponent('2026-05-01T00:00:00+08:00');

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe('#13 the API keeps its event loop free', () => {
  it('/health answers within 100 ms while a 10 MB audit runs (the audit took 20 s of a stalled /health before)', async () => {
    const server = await start({});
    running.push(server);
    const base = `http://127.0.0.1:${server.port}`;
    const body = largeLog();
    expect(body.length).toBeGreaterThan(9_000_000);
    // A control server in its own process, asked at the same moments: what the machine's own load (other
    // jobs on shared cores) adds to any request, so the bound is on what the audit adds.
    const control = spawn(
      process.execPath,
      [
        '-e',
        "require('http').createServer((q,r)=>r.end('ok')).listen(0,'127.0.0.1',function(){console.log(this.address().port)})",
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const controlPort = await new Promise<number>((resolve) =>
      control.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
    );
    // Other jobs on a shared machine (CI runs every package's tests at once on two cores) should not count
    // as the server's latency: where allowed, the server and the control server both get ahead of them.
    // Their priorities are the same, so the comparison between them stays fair. (This test runs where CI does,
    // on Linux.)
    // This test's own thread measures both: it gets ahead too (its id from /proc/thread-self, on Linux).
    const self = Number(readlinkSync('/proc/thread-self').split('/').pop());
    for (const pid of [server.child.pid, control.pid, self]) {
      try {
        if (pid !== undefined) setPriority(pid, -5);
      } catch {
        // Not permitted: both run at the normal priority.
      }
    }
    const timed = async (url: string) => {
      const t = performance.now();
      await (await fetch(url)).arrayBuffer();
      return performance.now() - t;
    };

    /** One audit, /health and the control asked together every 50 ms while it runs. */
    const round = async () => {
      let auditDone = false;
      const audit = fetch(`${base}/v1/audit?asOf=${asOf}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body,
      }).then(async (res) => {
        // Read and drop (tens of MB of records): this process measures, it should not be busy holding them.
        let tail = '';
        const decoder = new TextDecoder();
        for await (const chunk of res.body ?? []) {
          tail += decoder.decode(chunk, { stream: true });
          // Keep the last whole line and what follows it.
          const cut = tail.lastIndexOf('\n', tail.length - 2);
          if (cut > 0) tail = tail.slice(cut + 1);
        }
        auditDone = true;
        return { status: res.status, last: tail.trimEnd().split('\n').at(-1) ?? '' };
      });
      const health: number[] = [];
      const added: number[] = [];
      await new Promise((r) => setTimeout(r, 300));
      while (!auditDone) {
        const [h, c] = await Promise.all([timed(`${base}/health`), timed(`http://127.0.0.1:${controlPort}/`)]);
        if (!auditDone) {
          health.push(h);
          added.push(h - c);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      const { status, last } = await audit;
      expect(status).toBe(200);
      // Every line of the body read (the example's own count times the copies, not a fixed number: #18 grows it).
      const lines = body.split('\n').filter((line) => line.trim() !== '').length;
      expect(JSON.parse(last)).toMatchObject({ type: 'summary', summary: { lines } });
      // Enough samples taken while the audit ran for the maximum to mean something.
      expect(health.length).toBeGreaterThanOrEqual(10);
      const ms = (n: number) => `${n.toFixed(1)} ms`;
      console.info(
        `/health during a 10 MB audit: ${health.length} calls, max ${ms(Math.max(...health))}, p99 ${ms(percentile(health, 99))}, ` +
          `median ${ms(percentile(health, 50))}; beyond the control server: max ${ms(Math.max(...added))}, p99 ${ms(percentile(added, 99))}`,
      );
      return Math.max(...added);
    };

    // Best of three audits: a stalled event loop (the defect: 20 s) shows in every one; a burst of other
    // jobs on the machine rarely in all three.
    const maxima: number[] = [];
    for (let i = 0; i < 3 && !(maxima.length > 0 && Math.min(...maxima) < 100); i += 1) maxima.push(await round());
    control.kill();
    expect(Math.min(...maxima)).toBeLessThan(100);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 300_000);

  it('SIGTERM finishes within the grace period while a large audit runs (it ignored SIGTERM before)', async () => {
    const server = await start({ KEFU_API_SHUTDOWN_TIMEOUT_MS: '1500' });
    running.push(server);
    const audit = fetch(`http://127.0.0.1:${server.port}/v1/audit?asOf=${asOf}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: largeLog(),
    })
      .then((res) => res.text())
      .catch(() => 'cut');
    await new Promise((r) => setTimeout(r, 1_000));
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = performance.now() - signalled;
    // The audit is still running when the grace period ends: the server closes it and exits 1.
    expect(code).toBe(1);
    expect(took).toBeLessThan(1_500 + 1_500);
    expect(server.lines.join('\n')).toContain('grace period over');
    await audit;
  }, 60_000);
});

describe('#13 timeouts are settings; a cut stream says so', () => {
  it('a streamed upload slower than KEFU_API_REQUEST_TIMEOUT_MS ends with a request-timeout record', async () => {
    const server = await start({ KEFU_API_REQUEST_TIMEOUT_MS: '1000', KEFU_API_HEADERS_TIMEOUT_MS: '1000' });
    running.push(server);
    const line = readFileSync(join(examples, 'events.ndjson'), 'utf8').split('\n')[0] ?? '';
    const answer = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: `/v1/audit?asOf=${asOf}`,
          headers: { 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      // One line every 200 ms, for longer than the timeout: the log is still arriving when it is cut.
      let sent = 0;
      const trickle = setInterval(() => {
        sent += 1;
        if (sent > 15 || req.destroyed) clearInterval(trickle);
        else req.write(`${line}\n`);
      }, 200);
    });
    const last = JSON.parse(answer.trimEnd().split('\n').at(-1) ?? '{}') as { type?: string; problem?: unknown };
    expect(last).toMatchObject({ type: 'error', problem: { code: 'request-timeout', status: 408 } });
    expect(server.lines.join('\n')).toContain('"requestTimeoutMs":1000');
  }, 30_000);
});

describe('#13 errors below the app are problem+json', () => {
  it('431 for headers too large, 400 for a backslash in the path or a malformed request, each with a request id', async () => {
    const server = await start({});
    running.push(server);
    const big = await raw(
      server.port,
      `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(problemIn(big)).toMatchObject({ code: 'headers-too-large', status: 431 });
    const backslash = await raw(server.port, 'GET /v1\\rules HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(backslash).toMatch(/^HTTP\/1\.1 400 /);
    expect(problemIn(backslash)).toMatchObject({ code: 'invalid-request', status: 400 });
    const garbage = [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GET /health HTTP/1.1\r\nBad Header\r\n\r\n',
      // No Host: Node answered an empty 400 of its own.
      'GET /health HTTP/1.1\r\nConnection: close\r\n\r\n',
    ];
    for (const bad of garbage) {
      const answer = await raw(server.port, bad);
      expect(answer, bad).toMatch(/^HTTP\/1\.1 400 /);
      expect(problemIn(answer).code).toBe('invalid-request');
    }
    expect(server.lines.join('\n')).not.toMatch(/"level":"error"/);
  });

  it('a client that goes away mid-request is logged once as aborted, not as a 500 error', async () => {
    const server = await start({});
    running.push(server);
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(
          'POST /v1/rules/P01.complaint-reply/evaluate HTTP/1.1\r\nHost: localhost\r\n' +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"facts":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
    });
    const log = largeLog();
    const ndjson = connect(server.port, '127.0.0.1', () => {
      ndjson.write(
        `POST /v1/audit?asOf=${asOf} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n` +
          `Transfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(log).toString(16)}\r\n${log.slice(0, 500_000)}`,
      );
      setTimeout(() => ndjson.destroy(), 1_000);
    });
    const abortedLines = () => server.lines.filter((l) => l.includes('"msg":"request aborted"'));
    for (let waited = 0; abortedLines().length < 2 && waited < 10_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(abortedLines().map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([
      '/v1/rules/P01.complaint-reply/evaluate',
      '/v1/audit',
    ]);
    expect(server.lines.join('\n')).not.toMatch(/"level":"error"|"status":500/);
  });
});

describe('#13 #17 start-up: refuse what would fail open, say what is on', () => {
  it('KEFU_API_TOKENS="," or " " refuses to start with one line naming it; a short token too', async () => {
    for (const value of [',', ' ', 'short']) {
      const error = await start({ KEFU_API_TOKENS: value }).then(
        () => undefined,
        (e: unknown) => String(e),
      );
      expect(error, value).toMatch(/server exited 1: .*KEFU_API_TOKENS/);
      expect(error?.split('\n').filter((l) => l.trim()).length).toBe(1);
    }
  });

  it('logs whether auth is on and how many tokens, and answers only local hosts when open on loopback', async () => {
    const open = await start({});
    running.push(open);
    expect(open.lines.join('\n')).toMatch(/"auth":"off","tokens":0/);
    // fetch sets Host itself: a rebinding page's request, as the browser would send it.
    const foreign = await raw(
      open.port,
      'GET /health HTTP/1.1\r\nHost: attacker.example:8787\r\nConnection: close\r\n\r\n',
    );
    expect(foreign).toMatch(/^HTTP\/1\.1 421 /);
    expect(problemIn(foreign).code).toBe('misdirected-request');
    const local = await fetch(`http://localhost:${open.port}/health`);
    expect(local.status).toBe(200);
    const secured = await start({ KEFU_API_TOKENS: 'server-test-token-0123456789' });
    running.push(secured);
    expect(secured.lines.join('\n')).toMatch(/"auth":"bearer","tokens":1/);
  });

  it('#17 a port in use is one clear line and exit 1, not a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const error = await start({ PORT: String(port) }).then(
      () => undefined,
      (e: unknown) => String(e),
    );
    blocker.close();
    expect(error).toMatch(
      new RegExp(`server exited 1: .*cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`),
    );
    expect(error).not.toMatch(/\n\s+at /);
    expect(error?.split('\n').filter((l) => l.trim()).length).toBe(1);
  });
});
