/**
 * #18: the audit decides the complaint routes (P09 第九–十四條, P13 第九條(三)–(五)), the retail
 * investigation report (P09 第十七條) and the manufacturing complaint form (P13 第九條(一)) from lines.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

const P09_STEPS = [
  'department-assigned',
  'investigated',
  'report-reviewed',
  'hr-opinion',
  'gm-approved',
  'handling-opinion',
  'opinion-reviewed',
  'customer-answered',
];
const P13_STEPS = [
  'registered',
  'quality-analysed',
  'production-analysed',
  'manager-instructed',
  'gm-office-checked',
  'sales-opinion',
  'negotiated',
  'result-reviewed',
  'combined-opinion',
  'approved',
  'returned-to-sales',
];

const retail = ev('complaint-received', '2026-03-02T09:00', {
  case: 'R1',
  employee: 'E1',
  scheme: 'retail',
  customer: '某代理商',
  request: '換貨',
  number: 'R1',
  departmentOpinion: '同意',
});
const stepLines = (id: string, steps: readonly string[]) =>
  steps.map((step, i) => ev('complaint-step', `2026-03-0${3 + Math.floor(i / 4)}T1${i % 4}:00`, { case: id, step }));

const form = {
  number: 'LOT-1',
  partNumber: 'P-1',
  shipDate: '2026-02-20',
  quantity: '500',
  defectiveQuantity: '12',
  request: '換貨',
  salesOpinion: '同意換貨',
  sampleAttached: true,
};
const manufacturing = (fields: Record<string, unknown> = form) =>
  ev('complaint-received', '2026-03-02T09:00', { case: 'M1', employee: 'E2', scheme: 'manufacturing', ...fields });

describe('complaints: the P09 route (第九–十四條)', () => {
  it('all steps, then the closing: met', async () => {
    const r = await audit([
      retail,
      ...stepLines('R1', P09_STEPS),
      ev('complaint-closed', '2026-03-06T09:00', { case: 'R1' }),
    ]);
    expect(only(r, 'P09.complaint-route').result).toMatchObject({ status: 'met', measured: { value: 8 } });
    expect(r.summary.rejected).toBe(0);
  });

  it('reproduction (#18 item 1): a customer answered without the GM approval (第十二條) is breached', async () => {
    const steps = P09_STEPS.filter((s) => s !== 'gm-approved');
    const r = await audit([retail, ...stepLines('R1', steps)]);
    const f = only(r, 'P09.complaint-route');
    expect(f.result).toMatchObject({ status: 'breached', value: { problem: 'missing', step: 'gm-approved' } });
    expect(f.employee).toBe('E1');
  });

  it('steps are judged in time order, whatever order the lines came in', async () => {
    const lines = stepLines('R1', P09_STEPS);
    const r = await audit([...lines.reverse(), retail]);
    expect(only(r, 'P09.complaint-route').result.status).toBe('met');
  });

  it('closed before the route ends: the steps missing from the closing on are breached', async () => {
    const r = await audit([
      retail,
      ...stepLines('R1', P09_STEPS.slice(0, 5)),
      ev('complaint-closed', '2026-03-06T09:00', { case: 'R1' }),
    ]);
    expect(only(r, 'P09.complaint-route').result).toMatchObject({
      status: 'breached',
      value: { problem: 'missing', step: 'handling-opinion' },
    });
  });

  it('still open at the end of the log: in order so far, the next step named', async () => {
    const r = await audit([retail, ...stepLines('R1', P09_STEPS.slice(0, 3))]);
    expect(only(r, 'P09.complaint-route').result).toMatchObject({ status: 'met', value: { nextStep: 'hr-opinion' } });
  });

  it('with maxDelay, a route in progress is not settled by the sweep: steps after a long pause still count', async () => {
    const late = P09_STEPS.slice(3).filter((s) => s !== 'gm-approved');
    const r = await audit(
      [
        retail,
        ...stepLines('R1', P09_STEPS.slice(0, 3)),
        ev('complaint-received', '2026-03-12T09:00', { case: 'C9', employee: 'E2' }),
        ...late.map((step, i) => ev('complaint-step', `2026-03-13T1${i}:00`, { case: 'R1', step })),
        ev('complaint-closed', '2026-03-14T09:00', { case: 'R1' }),
        ev('complaint-received', '2026-03-25T09:00', { case: 'C10', employee: 'E2' }),
      ],
      { maxDelay: 'P1D' },
    );
    expect(only(r, 'P09.complaint-route').result).toMatchObject({
      status: 'breached',
      value: { problem: 'missing', step: 'gm-approved' },
    });
  });

  it('a step off the route is refused as invalid facts, naming the entry', async () => {
    const r = await audit([retail, ...stepLines('R1', ['department-assigned', 'apologised'])]);
    expect(r.findings.filter((f) => f.result.ruleId === 'P09.complaint-route')).toHaveLength(0);
    const refused = r.rejected.find((x) => x.code === 'invalid-facts');
    expect(refused?.reason).toContain('steps');
  });
});

describe('complaints: the P13 case route (第九條(三)–(五))', () => {
  it('reproduction (#18 item 1): the supervisor never reviewed the negotiation result ((四)): breached', async () => {
    const steps = P13_STEPS.filter((s) => s !== 'result-reviewed');
    const r = await audit([manufacturing(), ...stepLines('M1', steps)]);
    expect(only(r, 'P13.case-route').result).toMatchObject({
      status: 'breached',
      value: { problem: 'missing', step: 'result-reviewed', relatedStep: 'combined-opinion' },
    });
    // The retail route is not the manufacturing case's.
    expect(r.findings.filter((f) => f.result.ruleId === 'P09.complaint-route')).toHaveLength(0);
  });

  it('every step in order: met', async () => {
    const r = await audit([manufacturing(), ...stepLines('M1', P13_STEPS)]);
    expect(only(r, 'P13.case-route').result.status).toBe('met');
  });
});

describe('complaints: the P09 investigation report (第十七條) and the P13 complaint form (第九條(一))', () => {
  const report = {
    case: 'R1',
    cause: '未抽檢',
    course: '破損',
    responsible: '倉儲組',
    conclusion: '成立',
    countermeasures: '換貨',
  };

  it('reproduction (#18 item 4): a retail report without prevention is breached; with it, met', async () => {
    const missing = await audit([retail, ev('investigation-reported', '2026-03-04T09:00', report)]);
    expect(only(missing, 'P09.investigation-report').result).toMatchObject({
      status: 'breached',
      measured: { value: 5 },
    });
    const whole = await audit([
      ev('investigation-reported', '2026-03-04T09:00', { ...report, prevention: '逐箱抽檢' }),
      retail,
    ]);
    expect(only(whole, 'P09.investigation-report').result.status).toBe('met');
  });

  it("a manufacturing case's report is P13's, not judged by P09.investigation-report", async () => {
    const r = await audit([manufacturing(), ev('investigation-reported', '2026-03-04T09:00', { case: 'M1' })]);
    expect(r.findings.filter((f) => f.result.ruleId === 'P09.investigation-report')).toHaveLength(0);
  });

  it('reproduction (#18 item 3): a form without the part number or the sample is breached; a full one met', async () => {
    const { partNumber: _, ...noPart } = form;
    const r = await audit([manufacturing({ ...noPart, sampleAttached: false })]);
    expect(only(r, 'P13.complaint-form').result).toMatchObject({ status: 'breached', measured: { value: 2 } });
    expect(only(await audit([manufacturing()]), 'P13.complaint-form').result.status).toBe('met');
  });

  it('an open quantity noted 「客户加工中未确定」 in the request is met', async () => {
    const r = await audit([manufacturing({ ...form, quantityOpen: true, request: '退货，客户加工中未确定' })]);
    expect(only(r, 'P13.complaint-form').result.status).toBe('met');
  });
});

describe('complaints: the P13 anomaly form (第三條)', () => {
  it('reproduction (#18): a no-loss reaction handled on site without an 異常處理單 is breached, with no receipt needed', async () => {
    const r = await audit([ev('anomaly-handled', '2026-03-05T10:00', { case: 'A1', employee: 'E1' })]);
    expect(only(r, 'P13.anomaly-form').result.status).toBe('breached');
    expect(r.summary.rejected).toBe(0);
    const filed = await audit([ev('anomaly-handled', '2026-03-05T10:00', { case: 'A1', formFiled: true })]);
    expect(only(filed, 'P13.anomaly-form').result.status).toBe('met');
  });

  it('one that caused a loss is not applicable here (it is a 第九條 complaint)', async () => {
    const r = await audit([ev('anomaly-handled', '2026-03-05T10:00', { case: 'A1', lossCaused: true })]);
    expect(only(r, 'P13.anomaly-form').result.status).toBe('not-applicable');
  });
});

describe('complaints: manufacturing’s report (P13 第七條(四)) on the production step', () => {
  it('reproduction (#18 item 3): a production-analysed step without the operator is breached; a full one met', async () => {
    const step = { case: 'M1', step: 'production-analysed', productionUnit: '二厂', machineShift: '3号机夜班' };
    const r = await audit([
      manufacturing(),
      ev('complaint-step', '2026-03-04T09:00', { ...step, productionDate: '2026-03-01' }),
    ]);
    expect(only(r, 'P13.production-report').result).toMatchObject({ status: 'breached', measured: { value: 3 } });
    const full = { ...step, operator: '李四', productionDate: '2026-03-01' };
    const ok = await audit([ev('complaint-step', '2026-03-04T09:00', full), manufacturing()]);
    expect(only(ok, 'P13.production-report').result.status).toBe('met');
  });
});
