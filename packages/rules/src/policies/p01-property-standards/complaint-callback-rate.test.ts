import { describe, expect, it } from 'vitest';
import { complaintCallbackRate } from './complaint-callback-rate.js';

// Seed 投訴 6 (line 16): 有效投訴回訪率為100%。
describe('P01.complaint-callback-rate (投訴 6)', () => {
  it('every valid complaint called back is met', () => {
    expect(complaintCallbackRate({ validComplaints: 40, calledBack: 40 })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 1, unit: 'ratio' }, target: { value: 1, comparator: '>=' } },
    });
  });

  it('one short of 100% is breached', () => {
    const r = complaintCallbackRate({ validComplaints: 40, calledBack: 39, month: '2026-11' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.975 } } });
    expect(r.ok && r.result.explanation.en).toContain('1 still to call back');
    expect(r.ok && r.result.explanation.zh).toContain('回访率97.5%，要求100%');
  });

  it('no valid complaints is not applicable', () => {
    expect(complaintCallbackRate({ validComplaints: 0, calledBack: 0 })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects more callbacks than valid complaints, naming calledBack', () => {
    expect(complaintCallbackRate({ validComplaints: 3, calledBack: 4 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calledBack'] }] },
    });
  });

  it('an organisation may accept 95%: exactly 95% met, 94% breached', () => {
    const config = { rules: { 'P01.complaint-callback-rate': { minRate: 0.95 } } };
    expect(complaintCallbackRate({ validComplaints: 100, calledBack: 95 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(complaintCallbackRate({ validComplaints: 100, calledBack: 94 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
