/**
 * #13 (Low): a cut `--csv` output could look complete, and `kefu … | head` exited 0. A complete `--csv`
 * ends with a documented trailer line and a complete `--ndjson` with the summary record; when the reader
 * closes the pipe early, kefu stops at once, quietly (no EPIPE stack trace), with exit code 141.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, fixture, kefu } from './helpers.js';

const args = ['audit', fixture('events.ndjson'), '--as-of', '2026-03-31T23:00:00+08:00', '--org', fixture('org.json')];

/** Runs kefu with stdout on a pipe, reads until the first line ends, then closes the pipe like `head -1`. */
function firstLineThenClose(extra: readonly string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    // A log long enough that kefu is still writing when the pipe closes.
    const lines = Array.from({ length: 20_000 }, (_, i) => {
      const minute = String(i % 60).padStart(2, '0');
      return `{"type":"arrived","at":"2026-03-02T09:${minute}:00+08:00","employee":"E-${i}","shiftStart":"2026-03-02T09:00:00+08:00"}`;
    }).join('\n');
    const child = spawn(process.execPath, [bin, 'audit', '-', '--as-of', '2026-03-31T23:00:00+08:00', ...extra], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) child.stdout.destroy();
    });
    child.on('error', reject);
    // kefu may exit before it has read all of its input: that EPIPE is expected here.
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve({ code, stderr, first: stdout.split('\n')[0] ?? '' }));
    child.stdin.end(lines);
  });
}

describe('cut output is recognisable (#13 Low: a cut --csv can look complete)', () => {
  it('--csv ends with the trailer line, after the last row, counting the rows', () => {
    const run = kefu([...args, '--csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    const trailer = lines.at(-2) ?? '';
    const rows = lines.length - 3; // the header, the trailer, and the empty string after the last CRLF
    expect(trailer).toMatch(
      new RegExp(`^# end of kefu audit: ${rows} rows; \\d+ lines; \\d+ findings; \\d+ rejected$`),
    );
  });

  it('--ndjson ends with the summary record, and it is the only one', () => {
    const records = kefu([...args, '--ndjson'])
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(records.at(-1)?.type).toBe('summary');
    expect(records.filter((r) => r.type === 'summary')).toHaveLength(1);
  });

  it.each([['--ndjson'], ['--csv'], ['--json']])(
    'kefu audit %s | head -1: exits 141 quietly when the reader closes the pipe early',
    async (format) => {
      const run = await firstLineThenClose([format]);
      expect(run.first.length).toBeGreaterThan(0);
      expect(run.code).toBe(141);
      expect(run.stderr).not.toMatch(/EPIPE|Error|at .*\.js/);
    },
  );
});
