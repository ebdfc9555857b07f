import { describe, expect, it } from 'vitest';
import { unitProcedure } from './unit-procedure.js';

// Seed 4.2 (line 201): 根據發展商提供的入住清單為業戶辦理入住手續，及為已辦理入住的業戶辦理二次裝修手續。
describe('P08.unit-procedure (4.2, line 201)', () => {
  it("a move-in for a unit on the developer's list is met; one not on it is breached", () => {
    expect(unitProcedure({ procedure: 'move-in', unit: '3-201', onDeveloperList: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const r = unitProcedure({ procedure: 'move-in', unit: '3-201', onDeveloperList: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('不在发展商入住清单上的单元3-201');
  });

  it('a renovation for a unit moved in is met; for one not moved in it is breached', () => {
    expect(unitProcedure({ procedure: 'renovation', movedIn: true })).toMatchObject({ result: { status: 'met' } });
    const r = unitProcedure({ procedure: 'renovation', movedIn: false });
    expect(r).toMatchObject({ result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('which has not moved in');
  });

  it('rejects a procedure without the fact it turns on, naming the field', () => {
    expect(unitProcedure({ procedure: 'move-in', movedIn: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['onDeveloperList'] }] },
    });
    expect(unitProcedure({ procedure: 'renovation' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['movedIn'] }] },
    });
  });
});
