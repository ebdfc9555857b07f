import { describe, expect, it } from 'vitest';
import { visitRegistration } from './visit-registration.js';

// Seed (三)來訪 (line 319): 若客戶來訪用意尚不能正確給予答復，應委婉向客戶解釋原因并請客戶填寫《客戶來訪登記》留言。
describe('P10.visit-registration ((三) line 319)', () => {
  it('not answered on the spot and not registered is breached (the reproduction: judged nowhere)', () => {
    const r = visitRegistration({ answeredOnSpot: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P10 (三)來訪' } });
    expect(r.ok && r.result.explanation.en).toContain('(五)1');
  });

  it('not answered on the spot but registered is met; answered on the spot owes nothing', () => {
    expect(visitRegistration({ answeredOnSpot: false, registered: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(visitRegistration({ answeredOnSpot: true })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects a visit that does not say whether it was answered, naming the field', () => {
    expect(visitRegistration.run({ registered: true })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['answeredOnSpot'] }] },
    });
  });
});
