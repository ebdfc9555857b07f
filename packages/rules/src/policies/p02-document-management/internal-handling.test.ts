import { describe, expect, it } from 'vitest';
import { internalHandling } from './internal-handling.js';

// Seed 1.11 (line 62): 各部門對需要辦理的文件，應當認真辦理，不得延辦…對辦理完畢的文件，承辦人應填寫結果和報告。
// #18: 'result-written' existed only on the incoming route; 延辦 has no number, so the organisation sets it.
const assignedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P02.internal-handling': { handleWithin: 'P3D' } } };

describe('P02.internal-handling (1.11, seed line 62)', () => {
  it('unconfigured, the rule answers not-configured naming handleWithin (延辦: no invented limit)', () => {
    expect(internalHandling({ assignedAt, handledAt: '2026-03-02T10:00:00+08:00', resultWritten: true })).toMatchObject(
      {
        ok: false,
        error: {
          code: 'not-configured',
          issues: [{ path: ['config', 'rules', 'P02.internal-handling', 'handleWithin'] }],
        },
      },
    );
  });

  it.each([
    ['handled at exactly P3D, result written: met', '2026-03-05T09:00:00+08:00', true, 'met'],
    ['handled one second past P3D: breached (延辦)', '2026-03-05T09:00:01+08:00', true, 'breached'],
    [
      'handled in time but no result and report: breached (填寫結果和報告)',
      '2026-03-03T09:00:00+08:00',
      false,
      'breached',
    ],
  ] as const)('1.11 line 62: %s', (_, handledAt, resultWritten, status) => {
    expect(internalHandling({ assignedAt, handledAt, resultWritten }, { config })).toMatchObject({
      ok: true,
      result: { status },
    });
  });

  it('1.11: handled without saying the result was written is read as not written', () => {
    const r = internalHandling({ assignedAt, handledAt: '2026-03-03T09:00:00+08:00' }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('填写结果和报告');
  });

  it('1.11: not handled yet is pending inside the limit and breached one second past it', () => {
    expect(internalHandling({ assignedAt, asOf: '2026-03-05T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: expect.stringMatching(/^(pending|at-risk)$/) },
    });
    expect(internalHandling({ assignedAt, asOf: '2026-03-05T09:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a handling before the document came is a bad fact; a limit over P90D a configuration error', () => {
    expect(
      internalHandling({ assignedAt, handledAt: '2026-03-02T08:00:00+08:00', resultWritten: true }, { config }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['handledAt'] }] } });
    const tooLong = { rules: { 'P02.internal-handling': { handleWithin: 'P91D' } } };
    expect(internalHandling({ assignedAt }, { config: tooLong })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
