import { describe, expect, it } from 'vitest';
import { visitorEntry } from './visitor-entry.js';

// Seed 放行 4 (line 6): 非業主進入責任區須經業戶認可后放行 — about entering the area, not goods (#18).
describe('P01.visitor-entry (放行 4, seed line 6)', () => {
  it("a non-owner let in with the resident's consent is met", () => {
    expect(visitorEntry({ residentConsent: true, household: '3-201' })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 1 }, target: { value: 1, comparator: '=' }, sanctions: [] },
    });
  });

  it('let in against the resident’s word, or with no consent recorded, is breached and says which', () => {
    const refused = visitorEntry({ residentConsent: false });
    expect(refused).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0 } } });
    expect(refused.ok && refused.result.explanation.en).toContain('the resident did not agree');
    const unrecorded = visitorEntry({});
    expect(unrecorded).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(unrecorded.ok && unrecorded.result.explanation.zh).toContain('未记录业户认可');
  });

  it('a consent that is not a yes/no, or a blank household, is rejected naming the field', () => {
    expect(visitorEntry({ residentConsent: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['residentConsent'] }] },
    });
    expect(visitorEntry({ residentConsent: true, household: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['household'] }] },
    });
  });
});
