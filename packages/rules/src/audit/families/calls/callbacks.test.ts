/**
 * #18 (seed-e): the P10 hotline's callbacks and escalations decided from their own lines — (二)工作細則
 * line 289 (rejection-escalated), (二)回訪細則 lines 298, 301, 302 (callback-closed).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

const limits = {
  rules: { 'P10.rejection-escalation': { escalateWithin: 'PT15M' }, 'P10.callback': { callbackWithin: 'P1D' } },
};

describe('P10 line 289: a customer who keeps rejecting the answer is reported up', () => {
  const line = ev('rejection-escalated', '2026-03-02T10:20', {
    employee: 'E1',
    case: 'K1',
    rejectedAt: '2026-03-02T10:00:00+08:00',
  });

  it('unconfigured, refused as not-configured; configured, 20 min against a 15-min limit is breached and fined', async () => {
    expect((await audit([line])).rejected).toMatchObject([{ line: 1, code: 'not-configured' }]);
    const r = await audit([line], { config: limits });
    expect(only(r, 'P10.rejection-escalation').result.status).toBe('breached');
    expect(ledgerOf(r, 'E1', '2026-03')).toMatchObject({ ownFines: 100 });
  });
});

describe('P10 lines 298, 301, 302: a callback file closed', () => {
  it('judges the callback’s timing, the further call and the follow-up case from one line', async () => {
    const r = await audit(
      [
        ev('callback-closed', '2026-03-05T10:00', {
          employee: 'E1',
          case: 'K1',
          answeredAt: '2026-03-02T10:00:00+08:00',
          calledBackAt: '2026-03-02T15:00:00+08:00',
          accepted: false,
          newNeed: true,
          followUpCase: 'K9',
          followUpOf: 'K1',
          followUpAnswered: true,
        }),
      ],
      { config: limits },
    );
    expect(only(r, 'P10.callback').result.status).toBe('met');
    expect(only(r, 'P10.callback-retry').result.status).toBe('breached'); // rejected, never called again
    expect(only(r, 'P10.follow-up-case').result.status).toBe('met');
  });

  it('without answeredAt the timing is not judged; without newNeed no follow-up case is; unconfigured only the timing is refused', async () => {
    const line = ev('callback-closed', '2026-03-05T10:00', {
      case: 'K2',
      answeredAt: '2026-03-02T10:00:00+08:00',
      calledBackAt: '2026-03-04T10:00:00+08:00',
      accepted: false,
      calledAgainAt: '2026-03-05T09:00:00+08:00',
    });
    const r = await audit([line]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'not-configured' }]);
    expect(only(r, 'P10.callback-retry').result.status).toBe('met');
    expect(findingsOf(r, 'P10.follow-up-case')).toEqual([]);
  });
});
