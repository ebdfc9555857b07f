import { describe, expect, it } from 'vitest';
import { installationFree } from './installation-free.js';

// Seed 專業安裝 (line 82): 我們擁有專業安裝人員，免費上門設計、安裝。
describe('P03.installation-free (專業安裝, seed line 82)', () => {
  it('免費上門設計、安裝: nothing charged is met', () => {
    expect(installationFree({ charged: 0 })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'yuan' }, target: { value: 0, comparator: '<=' } },
    });
    expect(installationFree({ charged: 0, work: 'design' })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('one fen charged is breached, with the amount owed back and no staff sanction', () => {
    const r = installationFree({ charged: 0.01, work: 'design' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.01 }, sanctions: [] } });
    expect(r.ok && r.result.explanation.en).toContain('Charged 0.01 yuan for a design visit');
    expect(r.ok && r.result.explanation.zh).toContain('须退还');
  });

  it('a negative charge, or a visit that is neither design nor installation, is rejected naming the field', () => {
    expect(installationFree({ charged: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['charged'] }] },
    });
    expect(installationFree({ charged: 0, work: 'repair' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['work'] }] },
    });
  });
});
