import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { itemHolding } from './item-holding.js';

// Seed 4 (line 360): 不得替任何人寄存或轉給任何物品，以及代發刊物，確有需要的，需經客務主管或部門經理批準后方可。
describe('P11.item-holding (4)', () => {
  it('approved by the service supervisor or the department manager is met', () => {
    for (const approvedBy of ['service-supervisor', 'department-manager'] as const) {
      expect(itemHolding({ approved: true, approvedBy, kind: 'pass-on' })).toMatchObject({
        ok: true,
        result: { status: 'met', clause: 'P11 4' },
      });
    }
    expect(itemHolding({ approved: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('without approval, or approved by someone else, is breached', () => {
    const r = itemHolding({ approved: false, kind: 'publication' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未经批准替他人代发刊物');
    const other = itemHolding({ approved: true, approvedBy: 'other' });
    expect(other).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(other.ok && other.result.explanation.en).toContain('someone other than the service supervisor');
  });

  it('the approval must not come after the handling (same instant is fine)', () => {
    const handledAt = '2026-11-27T10:00:00+08:00';
    expect(itemHolding({ approved: true, approvedAt: handledAt, handledAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(itemHolding({ approved: true, approvedAt: '2026-11-27T10:00:01+08:00', handledAt })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('nothing kept or passed on is not applicable', () => {
    expect(itemHolding({ approved: false, handled: false })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects contradictory or malformed facts, naming the field', () => {
    expect(itemHolding({ approved: false, approvedBy: 'department-manager' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['approvedBy'] }] },
    });
    expect(evaluate('P11.item-holding', { approved: true, approvedBy: 'gm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['approvedBy'] }] },
    });
  });

  it('the rule has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P11.item-holding': { approvers: 3 } } };
    expect(itemHolding({ approved: true }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
