import { describe, expect, it } from 'vitest';
import { workOrder } from './work-order.js';

// Seed 流程 (line 89): 接到《安裝需求單》、《安裝車輛明細》及《司機信息和車輛基本信息》，填寫《安裝任務派工單》.
describe('P03.work-order (流程, seed line 89)', () => {
  it('filled in from all three documents: met (3 of 3)', () => {
    expect(workOrder({ inputs: ['installation-request', 'vehicle-list', 'driver-vehicle-info'] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 3 } },
    });
  });

  it('reproduction (#18): without the drivers’ and vehicles’ details, breached naming it (2 of 3)', () => {
    const out = workOrder({ inputs: ['installation-request', 'vehicle-list'] });
    expect(out).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 2 } } });
    expect(out.ok && out.result.explanation.zh).toContain('《司机信息和车辆基本信息》');
  });

  it('a document off the list is rejected naming its entry', () => {
    expect(workOrder({ inputs: ['purchase-order'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['inputs', 0] }] },
    });
  });
});
