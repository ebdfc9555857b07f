import { describe, expect, it } from 'vitest';
import { chatting } from './chatting.js';
import { monthlyScore } from './monthly-score.js';
import { reading } from './reading.js';

// Seed 4.2.2 6) and 7) (lines 385–386): 一個月被查3次者，警告處分，加扣1∽3分，4次記過處分，加扣3∽5分 — the extra points
// are a range chosen by the case; without a severity the rule takes the mild end. That choice moves the month's
// score (4.1, 以計分的形式…考核), so it must not be silent where the month is scored.
describe('review: 4.2.2 6)/7) a ladder extra taken at its mild end is said, in the item and in the month', () => {
  it('4.2.2 6) 一個月被查3次者…加扣1∽3分: no severity given is a warning of the item', () => {
    const r = chatting({ count: 3 });
    expect(r).toMatchObject({ ok: true, result: { warnings: [{ code: 'ladder-severity-not-given' }] } });
    expect(chatting({ count: 3, severity: 'heavy' })).toMatchObject({ ok: true, result: { warnings: [] } });
    expect(chatting({ count: 2 })).toMatchObject({ ok: true, result: { warnings: [] } });
  });

  it('4.2.2 7) 4次記過處分，加扣3∽5分: a rung without its severity is named in the warning', () => {
    const r = reading({ count: 4, severity: { third: 'heavy' } });
    expect(r).toMatchObject({ ok: true, result: { warnings: [{ code: 'ladder-severity-not-given' }] } });
    expect(r.ok && r.result.warnings[0]?.en).toContain('-3 to -5');
    expect(r.ok && r.result.warnings[0]?.en).not.toContain('-1 to -3');
  });

  it('4.1 / 4.2.2 6): the month scored from a bare count of chats carries the warning', () => {
    const r = monthlyScore({ month: '2026-11', chats: 3 });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { score: 96 }, warnings: [{ code: 'ladder-severity-not-given' }] },
    });
    const given = monthlyScore({ month: '2026-11', chats: { count: 3, severity: 'light' } });
    expect(given).toMatchObject({ ok: true, result: { value: { score: 96 }, warnings: [] } });
  });
});
