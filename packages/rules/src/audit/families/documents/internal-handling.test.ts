/**
 * P02 1.11 (seed line 62), #18: 各部門對需要辦理的文件…不得延辦…對辦理完畢的文件，承辦人應填寫結果和報告.
 * A document given to a department to handle (`document-assigned`) and its handling (`document-handled`), one
 * document case: judged at settlement by the lines' times, against `handleWithin`, which the organisation sets.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, permutations } from '../../test-kit.js';

const config = { rules: { 'P02.internal-handling': { handleWithin: 'P3D' } } };

describe('documents: a document to handle, handled without delay (P02 1.11)', () => {
  it('unconfigured: the assignment is rejected as not-configured naming handleWithin (延辦 has no number)', async () => {
    const r = await audit([
      ev('document-assigned', '2026-03-02T09:00', { case: 'D7' }),
      ev('document-handled', '2026-03-03T09:00', { case: 'D7', resultWritten: true }),
    ]);
    expect(findingsOf(r, 'P02.internal-handling')).toEqual([]);
    // The obligation's start (the assignment) carries the refusal.
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'not-configured']]);
    expect(r.rejected[0]?.reason).toContain('handleWithin');
  });

  it.each([
    ['handled at exactly P3D with its result written: met', '2026-03-05T09:00', true, 'met'],
    ['handled one minute past P3D: breached (不得延辦)', '2026-03-05T09:01', true, 'breached'],
    ['handled in time, no result and report: breached (填寫結果和報告)', '2026-03-03T09:00', false, 'breached'],
  ] as const)('1.11 line 62: %s', async (_, handledAt, resultWritten, status) => {
    const r = await audit(
      [
        ev('document-assigned', '2026-03-02T09:00', { case: 'D7' }),
        ev('document-handled', handledAt, { case: 'D7', resultWritten }),
      ],
      { config },
    );
    expect(only(r, 'P02.internal-handling').result.status).toBe(status);
    expect(r.summary.rejected).toBe(0);
  });

  it('1.11: never handled is breached once the limit has passed by the audit’s asOf', async () => {
    const r = await audit([ev('document-assigned', '2026-03-02T09:00', { case: 'D7' })], { config });
    expect(only(r, 'P02.internal-handling').result.status).toBe('breached');
  });

  it('1.11: the earliest handling by time decides, in every line order (never the first line read)', async () => {
    const lines = [
      ev('document-assigned', '2026-03-02T09:00', { case: 'D7' }),
      ev('document-handled', '2026-03-06T09:00', { case: 'D7', resultWritten: true }),
      ev('document-handled', '2026-03-04T09:00', { case: 'D7', resultWritten: true }),
    ];
    for (const order of permutations(lines.length)) {
      const r = await audit(
        order.map((i) => lines[i] ?? ''),
        { config },
      );
      expect(only(r, 'P02.internal-handling').result.status, order.join()).toBe('met');
    }
  });

  it('1.11: the same under maxDelay — the handling is judged once the horizon passes it, not on its line', async () => {
    const lines = [
      ev('document-assigned', '2026-03-02T09:00', { case: 'D7' }),
      ev('document-handled', '2026-03-04T09:00', { case: 'D7', resultWritten: false }),
      // Read later, an hour earlier: this handling (its result written) is the one that counts.
      ev('document-handled', '2026-03-04T08:00', { case: 'D7', resultWritten: true }),
      ev('document-numbered', '2026-03-20T09:00', { number: 1 }),
    ];
    const r = await audit(lines, { config, maxDelay: 'P1D' });
    expect(only(r, 'P02.internal-handling').result.status).toBe('met');
  });

  it('1.11: a handling of a document never given to handle is an orphan event', async () => {
    const r = await audit([ev('document-handled', '2026-03-04T09:00', { case: 'D8', resultWritten: true })], {
      config,
    });
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'orphan-event']]);
  });
});
