/**
 * Checkpoint and resume (#14): the complaints family saved after any line, its state written as JSON and
 * read back into a fresh family, gives the records of one go — with #18's route steps (P09 第九–十四條,
 * P13 第九條(三)–(五)), the retail report (P09 第十七條) and the manufacturing form (P13 第九條(一)) in it.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { asOf, ev, org } from '../../test-kit.js';
import { complaints } from './index.js';

const retailSteps = ['department-assigned', 'investigated', 'report-reviewed', 'hr-opinion', 'handling-opinion'];
const log = [
  ev('complaint-step', '2026-03-03T10:00', { case: 'R1', step: 'investigated' }),
  ev('complaint-received', '2026-03-02T09:00', { case: 'R1', employee: 'E1', scheme: 'retail', customer: 'x' }),
  ...retailSteps.map((step, i) => ev('complaint-step', `2026-03-0${3 + i}T11:00`, { case: 'R2', step })),
  ev('complaint-received', '2026-03-02T10:00', { case: 'R2', employee: 'E2', scheme: 'retail' }),
  ev('investigation-reported', '2026-03-04T09:00', { case: 'R2', cause: 'a', course: 'b' }),
  ev('complaint-closed', '2026-03-09T09:00', { case: 'R2' }),
  ev('complaint-received', '2026-03-02T11:00', {
    case: 'M1',
    employee: 'E1',
    scheme: 'manufacturing',
    market: 'domestic',
    partNumber: 'P-1',
    sampleAttached: true,
  }),
  ev('complaint-step', '2026-03-03T09:00', { case: 'M1', step: 'registered' }),
  ev('complaint-step', '2026-03-04T09:00', { case: 'M1', step: 'quality-analysed' }),
  ev('complaint-received', '2026-03-05T09:00', { case: 'C1', employee: 'E2' }),
  ev('complaint-replied', '2026-03-05T10:00', { case: 'C1' }),
  ev('anomaly-handled', '2026-03-06T10:00', { case: 'A1', employee: 'E2' }),
];

describe('complaints: checkpoint and resume', () => {
  it('restored after any line, gives the records of one go', () => {
    const oneGo = feed(complaints, log, { asOf, org });
    expect(oneGo.records.length).toBeGreaterThan(5);
    for (const { split, run } of splitRuns(complaints, log, { asOf, org }))
      expect(run, `split ${split}`).toEqual(oneGo);
  });

  it('with maxDelay (cases settled and remembered as the horizon passes), likewise', () => {
    const options = { asOf, org, maxDelay: 2 * 86_400_000 };
    const oneGo = feed(complaints, log, options);
    expect(oneGo.records.length).toBeGreaterThan(5);
    for (const { split, run } of splitRuns(complaints, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
