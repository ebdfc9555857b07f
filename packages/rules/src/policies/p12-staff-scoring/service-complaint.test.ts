import { describe, expect, it } from 'vitest';
import { serviceComplaint } from './service-complaint.js';

// Seed 4.2.2 2) (line 381): 主動服務意識…被業主投訴者，視情況扣5∽10分。
describe('P12.service-complaint (4.2.2(2))', () => {
  it('light, medium and heavy are −5, −7.5 and −10', () => {
    expect(serviceComplaint({ severity: 'light' })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'points', points: -5, clause: 'P12 4.2.2(2)' }] },
    });
    expect(serviceComplaint({ severity: 'medium' })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -7.5 }] },
    });
    expect(serviceComplaint({ severity: 'heavy' })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -10 }] },
    });
  });

  it('explicit −5 and −10 are inside; −4.99 and −10.01 are outside and name severity', () => {
    expect(serviceComplaint({ severity: -5 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -5 }] } });
    expect(serviceComplaint({ severity: -10 })).toMatchObject({ ok: true, result: { sanctions: [{ points: -10 }] } });
    for (const severity of [-4.99, -10.01]) {
      const r = serviceComplaint({ severity });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] } });
      expect(r.ok || r.error.message).toContain('-10 to -5');
    }
  });

  it('a severity that is neither a level nor a number is rejected', () => {
    expect(serviceComplaint({ severity: 'severe' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
    });
  });

  it('an organisation can set the band', () => {
    const config = { rules: { 'P12.service-complaint': { points: { light: -3, medium: -6 } } } };
    expect(serviceComplaint({ severity: 'light' }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -3 }] },
    });
    expect(serviceComplaint({ severity: -3 }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -3 }] },
    });
  });
});
