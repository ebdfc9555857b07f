import { describe, expect, it } from 'vitest';
import { hangUp } from './hang-up.js';

// Seed (二)接聽程序 (line 293): 等待客人掛斷電話后，方可掛機。
describe('P10.hang-up ((二) line 293)', () => {
  it('the caller hanging up first is met', () => {
    expect(hangUp({ hungUpBy: 'caller' })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('the agent hanging up first is breached, fined under (五)1 (the reproduction: judged nowhere)', () => {
    const r = hangUp({ hungUpBy: 'agent' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P10 (二)接聽程序' } });
    expect(r.ok && r.result.explanation.zh).toContain('客服先于客户挂机');
  });

  it('rejects an unknown party, naming the field', () => {
    expect(hangUp.run({ hungUpBy: 'nobody' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['hungUpBy'] }] },
    });
  });
});
