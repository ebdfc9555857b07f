import { describe, expect, it } from 'vitest';
import { COMPLAINT_ROUTE_STEPS, type ComplaintRouteStep, complaintRoute } from './complaint-route.js';

// Seed 第九–十四條 (lines 239–244): 行政人事部確定受理部門 → 受理部門調查 → 調查報告交主管審核后交行政人事部 →
// 行政人事部附具體意見 → 呈報總經理批閱 → 形成具體處理意見 → 報請上級主管審核 → 由客服答復客戶。
const full: ComplaintRouteStep[] = [...COMPLAINT_ROUTE_STEPS];
const without = (step: ComplaintRouteStep) => full.filter((s) => s !== step);

describe('P09.complaint-route (第九條–第十四條)', () => {
  it('all eight steps in the seed order is met', () => {
    expect(complaintRoute({ steps: full })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        clause: 'P09 第九條–第十四條',
        measured: { value: 8, unit: 'step' },
        target: { value: 8, unit: 'step' },
        value: { problem: null },
      },
    });
  });

  it('reproduction (#18 item 1): a customer answered without the GM approval (第十二條) is breached, naming the step', () => {
    const r = complaintRoute({ steps: without('gm-approved') });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 4 },
        value: { problem: 'missing', step: 'gm-approved', index: 4, relatedStep: 'handling-opinion' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain("'gm-approved' (approved by the general manager (第十二條))");
    expect(r.ok && r.result.explanation.zh).toContain('缺少步骤「总经理批阅（第十二條）」');
  });

  it("the supervisor's review of the report (第十一條) after HR-admin's opinion is out of order", () => {
    const steps: ComplaintRouteStep[] = ['department-assigned', 'investigated', 'hr-opinion', 'report-reviewed'];
    expect(complaintRoute({ steps: [...steps, ...full.slice(4)] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'out-of-order', step: 'hr-opinion', index: 2 } },
    });
  });

  it('the last step (第十四條) missing is breached when done, the next step when still in progress', () => {
    const partial = full.slice(0, 7);
    expect(complaintRoute({ steps: partial })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'customer-answered', index: 7 } },
    });
    expect(complaintRoute({ steps: partial, inProgress: true })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { nextStep: 'customer-answered' } },
    });
    expect(complaintRoute({ steps: ['department-assigned', 'department-assigned'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'repeated', index: 1 } },
    });
  });

  it('rejects a step off the route and times running backwards, naming the entry', () => {
    expect(complaintRoute({ steps: ['department-assigned', 'apologised'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1] }] },
    });
    const backwards = [
      { step: 'department-assigned', at: '2026-04-02T10:00:00+08:00' },
      { step: 'investigated', at: '2026-04-02T09:00:00+08:00' },
    ] as const;
    expect(complaintRoute({ steps: [...backwards] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1, 'at'] }] },
    });
  });

  it('an organisation can make a step optional through config.rules', () => {
    const config = { rules: { 'P09.complaint-route': { optionalSteps: ['hr-opinion'] } } };
    expect(complaintRoute({ steps: without('hr-opinion') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 7 } },
    });
    expect(complaintRoute({ steps: without('hr-opinion') })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
