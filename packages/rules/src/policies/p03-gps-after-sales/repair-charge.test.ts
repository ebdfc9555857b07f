import { describe, expect, it } from 'vitest';
import { addMonths, repairCharge } from './repair-charge.js';

// Seed 保修 (line 84): 售出的gps系列產品保修期外維修只收零部件費用。 Warranty length not in the seed (Ambiguities 9).
const costs = { partsCost: 120.5, labourCost: 80 };

describe('P03.repair-charge (保修)', () => {
  it('repaired on the last day of the 12-month warranty: free', () => {
    const r = repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2026-03-15', ...costs });
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: { inWarranty: true, warrantyEndsOn: '2026-03-15', total: 0, parts: 0, labour: 0, waived: 200.5 },
      },
    });
    expect(r.ok && r.result.status).toBeUndefined();
    expect(r.ok && r.result.explanation.en).toContain('the seed states no length');
    expect(r.ok && r.result.explanation.zh).toContain('原文未规定期限');
  });

  it('the day after the warranty: parts only, labour not charged', () => {
    const r = repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2026-03-16', ...costs });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { inWarranty: false, parts: 120.5, labour: 0, total: 120.5, waived: 80 } },
    });
  });

  it('instants count by their local date (23:59 local on the last day is still covered)', () => {
    const r = repairCharge({
      purchasedAt: '2025-03-15T10:00:00+08:00',
      repairedAt: '2026-03-15T15:59:00Z', // 23:59 in Shanghai
      ...costs,
    });
    expect(r).toMatchObject({ ok: true, result: { value: { inWarranty: true } } });
  });

  it('a month-end purchase clamps: bought 2024-02-29, covered through 2025-02-28', () => {
    expect(addMonths(Date.UTC(2024, 1, 29) / 86_400_000, 12)).toBe(Date.UTC(2025, 1, 28) / 86_400_000);
    const r = repairCharge({ purchasedAt: '2024-02-29', repairedAt: '2025-03-01', ...costs });
    expect(r).toMatchObject({ ok: true, result: { value: { inWarranty: false, warrantyEndsOn: '2025-02-28' } } });
  });

  it('judges what was charged when given: exact is met, one fen over is breached', () => {
    const facts = { purchasedAt: '2024-01-01', repairedAt: '2026-01-01', ...costs };
    expect(repairCharge({ ...facts, charged: 120.5 })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 120.5, unit: 'yuan' }, target: { value: 120.5, comparator: '=' } },
    });
    const over = repairCharge({ ...facts, charged: 120.51 });
    expect(over).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(over.ok && over.result.explanation.en).toContain('0.01 yuan too much');
  });

  it('a repair before the purchase is rejected naming repairedAt; a negative cost naming partsCost', () => {
    expect(repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2025-03-14', ...costs })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['repairedAt'] }] },
    });
    expect(
      repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2025-03-16', partsCost: -1, labourCost: 0 }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['partsCost'] }] } });
  });

  it('an organisation can set a 24-month warranty; more than 120 months is a configuration error', () => {
    const config = { rules: { 'P03.repair-charge': { warrantyMonths: 24 } } };
    const r = repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2027-03-15', ...costs }, { config });
    expect(r).toMatchObject({ ok: true, result: { value: { inWarranty: true, warrantyMonths: 24, total: 0 } } });
    expect(r.ok && r.result.explanation.en).toContain('configured');
    const bad = { rules: { 'P03.repair-charge': { warrantyMonths: 121 } } };
    expect(
      repairCharge({ purchasedAt: '2025-03-15', repairedAt: '2025-03-15', ...costs }, { config: bad }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
  });
});
