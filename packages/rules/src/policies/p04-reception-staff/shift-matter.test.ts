import { describe, expect, it } from 'vitest';
import { shiftMatter } from './shift-matter.js';

// Seed 1.3 (line 119): 正確處理當班所發生的各類事宜，并做好記錄與報告。
// #18: the chain (P04.escalation) was computed; the duty to record and report a shift's matters was not checked.
describe('P04.shift-matter (1.3)', () => {
  it('reproduction #18: a matter recorded but not reported is breached; recorded and reported, met', () => {
    const r = shiftMatter({ recorded: true, reported: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未报告');
    expect(shiftMatter({ recorded: true, reported: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a matter neither recorded nor reported names both', () => {
    const r = shiftMatter({ recorded: false, reported: false });
    expect(r.ok && r.result.explanation.en).toContain('not recorded and not reported');
  });

  it('rejects a missing or non-boolean fact, naming the field', () => {
    expect(shiftMatter({ recorded: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['reported'] }] },
    });
    expect(shiftMatter({ recorded: 'yes', reported: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['recorded'] }] },
    });
  });
});
