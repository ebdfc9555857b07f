/**
 * P09 第二十二條 1 (line 252): 生產部門的罰扣方式歸屬至發生部門各組為單元 — a production group charged as the unit.
 * The audit derives the group's base-point total from the organisation file (its members' `group`); the
 * caller passes no total.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, org } from '../../test-kit.js';
import type { OrgFile } from '../../types.js';

/** Production (PRD) in two groups: A with base points 3 and 1, B with 2. */
const withGroups: OrgFile = {
  ...org,
  departments: [...org.departments, { id: 'PRD' }],
  people: [
    ...org.people,
    { id: 'P1', department: 'PRD', group: 'A', monthlyBonus: 2000, basePoints: 3 },
    { id: 'P2', department: 'PRD', group: 'A', monthlyBonus: 2000, basePoints: 1 },
    { id: 'P3', department: 'PRD', group: 'B', monthlyBonus: 2000, basePoints: 2 },
  ],
};

const assessed = (fields: Record<string, unknown>) => ev('loss-assessed', '2026-03-10T10:00', fields);

describe('P09 第二十二條 line 252: a production group as the unit (#18)', () => {
  it('P09 第二十二條 1: the group shares the loss by its own base-point total from the organisation file (3 + 1)', async () => {
    const r = await audit([assessed({ department: 'PRD', group: 'A', loss: 800 })], { org: withGroups });
    expect(findingsOf(r, 'P09.loss-share').map((f) => [f.employee, f.result.value])).toEqual([
      ['P1', 600],
      ['P2', 200],
    ]);
    expect(findingsOf(r, 'P09.attribution')[0]?.result.value).toMatchObject({ level: 'group', bearer: 'A' });
    expect(ledgerOf(r, 'P2', '2026-03')).toMatchObject({ bonusDeductions: 200 });
    // The other group bears nothing.
    expect(ledgerOf(r, 'P3', '2026-03')?.bonusDeductions ?? 0).toBe(0);
  });

  it('P09 第二十二條 1: charged to the department (no group), every member shares it by the department total (3 + 1 + 2)', async () => {
    const r = await audit([assessed({ department: 'PRD', loss: 600 })], { org: withGroups });
    expect(findingsOf(r, 'P09.loss-share').map((f) => [f.employee, f.result.value])).toEqual([
      ['P1', 300],
      ['P2', 100],
      ['P3', 200],
    ]);
  });

  it('P09 第二十二條 1: a group with nobody in the organisation file is refused not-configured, naming the group', async () => {
    const r = await audit([assessed({ department: 'PRD', group: 'C', loss: 600 })], { org: withGroups });
    expect(findingsOf(r, 'P09.loss-share')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toEqual(['not-configured']);
    expect(r.rejected[0]?.reason).toContain('group C');
  });

  it('P09 第二十二條 1: a group member without base points holds the loss back (not-configured)', async () => {
    const unset: OrgFile = {
      ...withGroups,
      people: [...withGroups.people, { id: 'P4', department: 'PRD', group: 'A', monthlyBonus: 1000 }],
    };
    const r = await audit([assessed({ department: 'PRD', group: 'A', loss: 800 })], { org: unset });
    expect(findingsOf(r, 'P09.loss-share')).toEqual([]);
    expect(r.rejected[0]?.reason).toContain('P4');
  });
});
