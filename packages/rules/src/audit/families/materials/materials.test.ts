/**
 * The materials family against the seed (P06): each test names the seed clause it checks, and the defect it
 * pins down. Moved here from seed-desks.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../policies/p06-materials/requisition-approvals.js';
import { audit, ev, only } from '../../test-kit.js';

describe('materials: lines out of time order', () => {
  it('P06 1.3.2: approval steps are judged in time order, not line order', async () => {
    // The rule's own route, in order (P06 1.3.2).
    const steps = STEPS;
    const lines = steps.map((step, i) => ev('requisition-step', `2026-03-02T1${i}:00`, { case: 'M1', step }));
    const r = await audit([lines[1], lines[0], ...lines.slice(2)].filter((l): l is string => l !== undefined));
    expect(only(r, 'P06.requisition-approvals').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
  });
});
