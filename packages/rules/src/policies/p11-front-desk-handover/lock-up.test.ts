import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { lockUp } from './lock-up.js';

// Seed 9 (line 365): 客務助理下班時，須將前臺所有物品放置在前臺柜內并鎖好。如因物品未及時收柜出現丟失現象，
// 由負責人負責承擔，并將前臺鑰匙存放在辦公室指定位置。
describe('P11.lock-up (9)', () => {
  it('locked up and key returned is met', () => {
    expect(lockUp({ lockedUp: true, keyReturned: true })).toMatchObject({
      ok: true,
      result: { status: 'met', sanctions: [], clause: 'P11 9' },
    });
  });

  it('not locked up or key not returned is breached; without a loss there is no charge', () => {
    expect(lockUp({ lockedUp: false, keyReturned: true })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [], measured: { value: 1 } },
    });
    const r = lockUp({ lockedUp: true, keyReturned: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(r.ok && r.result.explanation.zh).toContain('钥匙未存放在办公室指定位置');
  });

  it('a loss from items left out is charged in full to the person responsible', () => {
    const r = lockUp({ lockedUp: false, keyReturned: true, lossValue: 356.78 });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'charge', amount: 356.78, clause: 'P11 9' }] },
    });
    expect(r.ok && r.result.explanation.en).toContain('a loss of 356.78 yuan is borne by the person responsible');
  });

  it('a loss despite the lock-up is flagged, not charged; a zero loss is no charge', () => {
    expect(lockUp({ lockedUp: true, keyReturned: true, lossValue: 50 })).toMatchObject({
      ok: true,
      result: { status: 'met', sanctions: [], warnings: [{ code: 'loss-despite-lock-up' }] },
    });
    expect(lockUp({ lockedUp: false, keyReturned: true, lossValue: 0 })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [] },
    });
  });

  it('an organisation can set the share borne, rounded half up to the fen', () => {
    const config = { rules: { 'P11.lock-up': { liabilityShare: 0.5 } } };
    expect(lockUp({ lockedUp: false, keyReturned: false, lossValue: 0.03 }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ type: 'charge', amount: 0.02 }], measured: { value: 2 } },
    });
    const bad = { rules: { 'P11.lock-up': { liabilityShare: 1.5 } } };
    expect(lockUp({ lockedUp: true, keyReturned: true }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P11.lock-up', 'liabilityShare'] }] },
    });
  });

  it('rejects a negative loss, naming the field', () => {
    expect(evaluate('P11.lock-up', { lockedUp: false, keyReturned: true, lossValue: -5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['lossValue'] }] },
    });
  });
});
