/**
 * #18 (seed-c): P09 第七條 (line 237) — a retail complaint's acceptance is the supervisor's decision
 * (呈報上級主管裁定是否受理): `complaint-accepted` with `decidedBy` decides P09.acceptance, from the earliest
 * acceptance line in time, whatever order the lines came in.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

const retail = ev('complaint-received', '2026-03-02T09:00', { case: 'R1', employee: 'E1', scheme: 'retail' });
const accepted = (local: string, decidedBy: string) => ev('complaint-accepted', local, { case: 'R1', decidedBy });

describe('complaints: an accepted retail complaint (P09 第七條, seed line 237)', () => {
  it('P09 第七條: accepted by the store on its own is breached; by the supervisor met', async () => {
    const store = await audit([retail, accepted('2026-03-02T10:00', 'store')]);
    expect(only(store, 'P09.acceptance')).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
    const supervisor = await audit([accepted('2026-03-02T10:00', 'supervisor'), retail]);
    expect(only(supervisor, 'P09.acceptance').result.status).toBe('met');
  });

  it('P09 第七條: the earliest acceptance in time answers, whichever line is read first', async () => {
    const lines = [retail, accepted('2026-03-02T11:00', 'supervisor'), accepted('2026-03-02T10:00', 'store')];
    const forward = await audit(lines);
    const backward = await audit([...lines].reverse());
    expect(only(forward, 'P09.acceptance').result.status).toBe('breached');
    expect(only(backward, 'P09.acceptance').result.status).toBe('breached');
  });

  it('P09 第七條: a retail acceptance opens no P13 closure window; one without decidedBy is not judged', async () => {
    const r = await audit([retail, accepted('2026-03-02T10:00', 'supervisor')]);
    expect(findingsOf(r, 'P13.closure')).toEqual([]);
    const silent = await audit([retail, ev('complaint-accepted', '2026-03-02T10:00', { case: 'R1' })]);
    expect(findingsOf(silent, 'P09.acceptance')).toEqual([]);
    expect(findingsOf(silent, 'P13.closure')).toEqual([]);
  });
});
