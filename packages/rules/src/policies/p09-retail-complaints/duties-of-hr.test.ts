import { describe, expect, it } from 'vitest';
import { COMPLAINT_ROUTE_STEPS, type ComplaintRouteStep, complaintRoute } from './complaint-route.js';
import { investigationReport } from './investigation-report.js';

// Seed 第六條 (line 236): 行政人事部職責: 1.檢查審核投訴處理通知，確定具體的處理部門。 2.組織投訴的調查分析。
// 3.提交調查報告，分發有關部門。 (4. the statistics: P09.monthly-stats.) Items 1–3 are the HR-admin steps of the
// complaint route (第九–十二條), judged by P09.complaint-route; the report's content by P09.investigation-report.
const full: ComplaintRouteStep[] = [...COMPLAINT_ROUTE_STEPS];
const without = (step: ComplaintRouteStep) => full.filter((s) => s !== step);

describe('P09 第六條 items 1–3: HR-admin’s duties, judged on the complaint route (#18)', () => {
  it('P09 第六條 1: the handling department named (department-assigned) — missing, the route is breached at it', () => {
    expect(complaintRoute({ steps: without('department-assigned') })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'department-assigned' } },
    });
  });

  it('P09 第六條 2: the investigation organised (investigated) — missing, breached at it', () => {
    expect(complaintRoute({ steps: without('investigated') })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'investigated' } },
    });
  });

  it('P09 第六條 3: the report taken in and sent on with its opinion (report-reviewed → hr-opinion) — missing, breached', () => {
    for (const step of ['report-reviewed', 'hr-opinion'] as const) {
      expect(complaintRoute({ steps: without(step) })).toMatchObject({
        ok: true,
        result: { status: 'breached', value: { problem: 'missing', step } },
      });
    }
  });

  it('P09 第六條 1–3: all HR-admin steps in order, the route met', () => {
    expect(complaintRoute({ steps: full })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('P09 第六條 3: a report lacking an item of 第十七條 is breached', () => {
    const report = {
      cause: '包装不良',
      course: '运输途中破损',
      responsible: '仓储组',
      conclusion: '属实',
      countermeasures: '更换包装',
    };
    expect(investigationReport(report)).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(investigationReport({ ...report, prevention: '出货前检查' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });
});
