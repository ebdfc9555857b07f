import { describe, expect, it } from 'vitest';
import { assessmentForms } from './assessment-forms.js';

// Seed 5.1 (line 389): 《客服人員考核表》 — one form per person scored for the month.
describe('P12.assessment-forms (5.1, line 389)', () => {
  it('a form for every person assessed is met', () => {
    expect(assessmentForms({ month: '2026-03', staff: ['E1', 'E2'], forms: ['E2', 'E1', 'E9'] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 2 } },
    });
  });

  it('one person without a form is breached, naming them; a person listed twice counts once', () => {
    const r = assessmentForms({ month: '2026-03', staff: ['E1', 'E2', 'E2'], forms: ['E1'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.zh).toContain('E2缺少《客服人员考核表》');
  });

  it('rejects a month that is not YYYY-MM and an empty name, naming the field', () => {
    expect(assessmentForms({ month: '2026-13', staff: [], forms: [] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['month'] }] },
    });
    expect(assessmentForms({ month: '2026-03', staff: [''], forms: [] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['staff', 0] }] },
    });
  });
});
