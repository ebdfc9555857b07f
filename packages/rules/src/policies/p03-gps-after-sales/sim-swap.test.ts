import { describe, expect, it } from 'vitest';
import { simSwap } from './sim-swap.js';

// Seed 更換 sim (line 94): 如需更換sim卡，要將新舊sim登記在《維修服務單》上。
describe('P03.sim-swap (更換 sim)', () => {
  it('both numbers registered is met', () => {
    expect(simSwap({ oldSim: '89860012345678901234', newSim: '89860012345678909999' })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 2 }, target: { value: 2, comparator: '>=' }, clause: 'P03 更換 sim' },
    });
  });

  it('only one registered (1 of 2) is breached, naming the missing one', () => {
    const r = simSwap({ newSim: '8986001' });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { missing: ['oldSim'] }, measured: { value: 1 } },
    });
    expect(r.ok && r.result.explanation.zh).toContain('旧SIM卡号');
  });

  it('no SIM replaced is not applicable', () => {
    expect(simSwap({ swapped: false })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('the same number twice is a contradiction naming newSim; a number is text, not a number', () => {
    expect(simSwap({ oldSim: '1', newSim: '1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['newSim'] }] },
    });
    expect(simSwap({ oldSim: 123 as never })).toMatchObject({ ok: false, error: { issues: [{ path: ['oldSim'] }] } });
  });

  it('an organisation can require only the new number', () => {
    const config = { rules: { 'P03.sim-swap': { requiredFields: ['newSim'] } } };
    expect(simSwap({ newSim: '2' }, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
  });
});
