/**
 * Checkpoint and resume (#14) for the inspection family (#18): it keeps nothing between lines, so a family
 * saved after any line and restored gives the records of one go.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { runAudit } from '../../stream.js';
import { ev, org } from '../../test-kit.js';
import { inspections } from './index.js';

const log = [
  ev('inspection-recorded', '2026-03-02T09:00', { employee: 'E1', item: 'P01.inspection-desk-clear', passed: true }),
  ev('inspection-recorded', '2026-03-02T09:05', { employee: 'E1', item: 'P04.inspection-no-jewellery', passed: false }),
  ev('inspection-recorded', '2026-03-09T09:00', { employee: 'E2', item: 'P10.inspection-three-musts', passed: false }),
  ev('inspection-recorded', '2026-04-01T09:00', {
    department: 'CS',
    item: 'P02.inspection-folders-labelled',
    passed: false,
  }),
];
const asOf = '2026-05-01T00:00:00+08:00';

describe('inspections: checkpoint and resume', () => {
  it('restored after any line, gives the records of one go', () => {
    const oneGo = feed(inspections, log, { asOf, org });
    const items = oneGo.records.filter((r) => r.type === 'finding' && r.finding.result.ruleId.includes('.inspection-'));
    expect(items).toHaveLength(4);
    for (const { split, run } of splitRuns(inspections, log, { asOf, org }))
      expect(run, `split ${split}`).toEqual(oneGo);
  });

  it('resumes a checkpoint written before the family existed (no inspections part): it keeps nothing', async () => {
    const { state } = await runAudit(log.slice(0, 2), { asOf, org, checkpoint: true });
    if (state === undefined) throw new Error('no checkpoint');
    const { inspections: _dropped, ...older } = state.families;
    const resumed = await runAudit(log.slice(2), { asOf, org, resumeFrom: { ...state, families: older } });
    const oneGo = await runAudit(log, { asOf, org });
    expect(resumed.findings.map((f) => f.result.ruleId)).toEqual(oneGo.findings.slice(2).map((f) => f.result.ruleId));
  });
});
