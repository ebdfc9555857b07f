import { describe, expect, it } from 'vitest';
import { reading } from './reading.js';

// Seed 4.2.2 7) (line 386): 上班時間看書、看報等，影響工作者扣1分，一個月違反3次者警告處分，加扣1∽3分，
// 4次記過處分，加扣3∽5分，5次自動離職處分。
const clause = 'P12 4.2.2(7)';

describe('P12.reading (4.2.2(7))', () => {
  it('none is met; 2 is −2 without a warning', () => {
    expect(reading({ count: 0 })).toMatchObject({ ok: true, result: { status: 'met' } });
    const r = reading({ count: 2 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [{ points: -2, clause }] } });
    expect(r.ok && r.result.sanctions).toHaveLength(1);
  });

  it('3rd: warning and −1 … −3 more; 4th: minor demerit and −3 … −5 more; 5th: deemed resignation', () => {
    expect(reading({ count: 3, severity: 'medium' })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -3 }, { type: 'warning', clause }, { points: -2 }] },
    });
    expect(reading({ count: 4 })).toMatchObject({
      ok: true,
      result: {
        sanctions: [{ points: -4 }, { type: 'warning' }, { points: -1 }, { type: 'minor-demerit' }, { points: -3 }],
      },
    });
    const five = reading({ count: 5 });
    expect(five.ok && five.result.sanctions.at(-1)).toMatchObject({ type: 'deemed-resignation', clause });
    expect(five.ok && five.result.explanation.zh).toContain('看书看报');
  });

  it('an explicit extra outside its range names the field', () => {
    expect(reading({ count: 3, severity: -3.5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
    });
  });

  it('an organisation can set the points each time', () => {
    const config = { rules: { 'P12.reading': { pointsEach: -2 } } };
    expect(reading({ count: 2 }, { config })).toMatchObject({ ok: true, result: { sanctions: [{ points: -4 }] } });
  });
});
