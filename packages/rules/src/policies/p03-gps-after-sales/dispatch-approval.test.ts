import { describe, expect, it } from 'vitest';
import { dispatchApproval } from './dispatch-approval.js';

// Seed 審批 (lines 91–92): 經gps事業部經理審批《安裝任務派工單》和《維修服務單》，安排合適的維修人員。
// 公司安裝維修人員出發前須核對安裝維修信息…
const departedAt = '2026-05-06T10:00:00+08:00';

describe('P03.dispatch-approval (審批)', () => {
  it('approved before departure is met, with the margin in minutes', () => {
    const r = dispatchApproval({ order: 'repair', approvedAt: '2026-05-06T09:30:00+08:00', departedAt });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 30, unit: 'minute' }, target: { value: 0, comparator: '>=' } },
    });
  });

  it('approved at the very instant of departure is met; 1 ms after is breached', () => {
    expect(dispatchApproval({ approvedAt: departedAt, departedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const late = dispatchApproval({ order: 'installation', approvedAt: '2026-05-06T10:00:00.001+08:00', departedAt });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('安装任务派工单');
  });

  it('no approval at all is breached', () => {
    const r = dispatchApproval({ departedAt });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('without');
  });

  it('an approval before the order was written is a contradiction naming approvedAt', () => {
    const r = dispatchApproval({
      orderedAt: '2026-05-06T09:00:00+08:00',
      approvedAt: '2026-05-06T08:59:00+08:00',
      departedAt,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['approvedAt'] }] } });
  });

  it('an organisation can require the approval 1 h ahead: exactly 1 h is met, 59 min is breached', () => {
    const config = { rules: { 'P03.dispatch-approval': { leadTime: 'PT1H' } } };
    expect(dispatchApproval({ approvedAt: '2026-05-06T09:00:00+08:00', departedAt }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 60 } },
    });
    expect(dispatchApproval({ approvedAt: '2026-05-06T09:01:00+08:00', departedAt }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 59 } },
    });
  });
});
