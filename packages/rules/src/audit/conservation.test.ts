/**
 * Nothing lost: every line is either evaluated or rejected with its number and reason, whatever the
 * input — truncated lines, a BOM, CRLF, invalid UTF-8, empty lines, arbitrary junk — and the audit goes on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuRuleError } from '../kernel/errors.js';
import { strictUtf8Decoder, utf8Encoder } from './codec.js';
import { type Line, OverlongLine, splitLines } from './lines.js';
import { runAudit, streamAudit } from './stream.js';
import { asOf, ev, org } from './test-kit.js';
import type { AuditReport } from './types.js';

const bytes = (s: string) => utf8Encoder.encode(s);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const decoder = strictUtf8Decoder();
const text = (line: Line) =>
  typeof line === 'string' ? line : line instanceof OverlongLine ? `<overlong ${line.bytes}>` : decoder.decode(line);

function conserved(r: AuditReport): void {
  expect(r.summary.lines).toBe(r.summary.evaluated + r.summary.rejected);
  expect(r.rejected.filter((x) => x.line > 0)).toHaveLength(r.summary.rejected);
  expect(new Set(r.rejected.filter((x) => x.line > 0).map((x) => x.line)).size).toBe(r.summary.rejected);
}

describe('splitLines', () => {
  it('handles CRLF, a BOM, a last line without newline, and no phantom line after a final newline', async () => {
    const input = '\uFEFFa\r\nb\n\nc';
    expect((await collect(splitLines([input]))).map(text)).toEqual(['a', 'b', '', 'c']);
    expect((await collect(splitLines([bytes(input)]))).map(text)).toEqual(['a', 'b', '', 'c']);
    expect((await collect(splitLines([bytes('a\nb\n')]))).map(text)).toEqual(['a', 'b']);
    expect(await collect(splitLines([]))).toEqual([]);
    expect(await collect(splitLines([bytes('')]))).toEqual([]);
  });

  it('property: any chunking of the bytes gives the same lines as splitting the whole text', () =>
    fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\n', '\r\n', '中文', '\uFEFF')), {
          maxLength: 20,
        }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
        async (parts, cuts) => {
          const whole = parts.join('');
          const all = bytes(whole);
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (let i = 0; at < all.length; i += 1) {
            const n = cuts[i % cuts.length] ?? 1;
            chunks.push(all.slice(at, at + n));
            at += n;
          }
          const expected = whole.length === 0 ? [] : whole.replace(/^\uFEFF/, '').split('\n');
          if (whole.endsWith('\n')) expected.pop();
          const strip = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
          expect((await collect(splitLines(chunks))).map(text)).toEqual(expected.map(strip));
        },
      ),
      { numRuns: 150 },
    ));
});

describe('conservation on corrupted input', () => {
  const good = ev('arrived', '2026-03-02T08:25', { employee: 'E1', shiftStart: '2026-03-02T08:30:00+08:00' });

  it('rejects each bad line with its number and reason, and goes on', async () => {
    const file = [
      `\uFEFF${good}`,
      good.slice(0, 30), // truncated
      '',
      '   ',
      `${good}\r`,
      '[1,2]',
      ev('no-such-event', '2026-03-02T08:25'),
      ev('arrived', '2026-02-30T08:25', { employee: 'E1', shiftStart: '2026-03-02T08:30:00+08:00' }),
      ev('arrived', '2026-03-02T08:25', { employee: 'E1' }),
      ev('arrived', '2026-03-02T08:25', { employee: 'E1', shiftStart: '2026-03-02T08:30:00+08:00', colour: 'red' }),
      good,
    ].join('\r\n');
    const raw = bytes(file);
    // Splice invalid UTF-8 into line 12 (a copy of the good line with a broken byte).
    const broken = new Uint8Array([...raw, 0x0a, ...bytes(good.slice(0, 10)), 0xc3, 0x28, ...bytes(good.slice(10))]);
    const r = await runAudit(splitLines([broken.subarray(0, 100), broken.subarray(100)]), { asOf, org });
    conserved(r);
    expect(r.summary).toMatchObject({ lines: 12, rejected: 9, evaluated: 3 });
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([
      [2, 'malformed-json'],
      [3, 'empty-line'],
      [4, 'empty-line'],
      [6, 'not-an-object'],
      [7, 'unknown-type'],
      [8, 'invalid-event'],
      [9, 'invalid-event'],
      [10, 'invalid-event'],
      [12, 'invalid-utf8'],
    ]);
    expect(r.rejected.find((x) => x.line === 9)?.reason).toContain('shiftStart: required');
    expect(r.rejected.find((x) => x.line === 10)?.reason).toContain('colour: not a field of this event type');
    expect(r.findings.filter((f) => f.result.ruleId === 'P12.lateness').map((f) => f.lines)).toEqual([[1], [5], [11]]);
  });

  it('streams rejections as they happen and returns the same summary', async () => {
    const it = streamAudit(['{', good], { asOf, org });
    const first = await it.next();
    expect(first.value).toEqual({
      type: 'rejected',
      rejected: expect.objectContaining({ line: 1, code: 'malformed-json' }),
    });
    let last = await it.next();
    while (!last.done) last = await it.next();
    expect(last.value.summary).toMatchObject({ lines: 2, evaluated: 1, rejected: 1 });
  });

  it('bad options throw a KefuRuleError at the call, before any line is read', () => {
    expect(() => streamAudit([], { asOf: 'yesterday' })).toThrow(KefuRuleError);
    expect(() => streamAudit([], { config: { zone: 'Mars/Olympus' } })).toThrow(KefuRuleError);
    expect(() => streamAudit([], { org: { departments: [], people: [{ id: 'x', department: 'nope' }] } })).toThrow(
      /organisation file/,
    );
  });

  const line = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 2 }) },
    {
      weight: 4,
      arbitrary: fc
        .record({
          type: fc.constantFrom(
            'complaint-received',
            'complaint-replied',
            'arrived',
            'call-answered',
            'facts',
            'absent',
          ),
          at: fc.constantFrom('2026-03-02T09:00:00+08:00', '2026-03-05T18:00:00Z', 'bad', '2026-13-01T00:00:00Z'),
          case: fc.constantFrom('C1', 'C2', undefined),
          employee: fc.constantFrom('E1', 'E2', 'ghost', undefined),
          shiftStart: fc.constantFrom('2026-03-02T08:30:00+08:00', undefined, 3),
          rings: fc.constantFrom(1, 4, -1, undefined),
          rule: fc.constantFrom('P01.complaint-reply', 'P12.lateness', 'nope', undefined),
          facts: fc.constantFrom({}, { receivedAt: '2026-03-02T09:00:00+08:00', valid: true }, undefined),
        })
        .map((o) => JSON.stringify(o)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 30 }) },
  );

  it('property: any sequence of lines conserves lines = evaluated + rejected and never throws', () =>
    fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (lines) => {
        const r = await runAudit(lines, { asOf, org });
        conserved(r);
        expect(r.summary.lines).toBe(lines.length);
      }),
      { numRuns: 150 },
    ));
});
