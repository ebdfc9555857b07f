import { describe, expect, it } from 'vitest';
import { serviceRequest } from './service-request.js';

// Seed 服務請求 1 (line 9): 收到業戶服務請求，做好詳細記錄，并于業戶約定上門服務時間。
const recorded = {
  requestedAt: '2026-03-02T09:00:00+08:00',
  request: '代收快递',
  agreedVisitAt: '2026-03-02T14:00:00+08:00',
};

describe('P01.service-request (服務請求 1, seed line 9)', () => {
  it('a request recorded with what was asked and an agreed visit time is met', () => {
    expect(serviceRequest(recorded)).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 2 }, target: { value: 2, comparator: '>=' }, sanctions: [] },
    });
  });

  it('并于業戶約定上門服務時間: a request with no agreed visit time is breached and says so', () => {
    const { agreedVisitAt: _, ...noTime } = recorded;
    const r = serviceRequest(noTime);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.en).toContain('missing: the agreed visit time');
    expect(r.ok && r.result.explanation.zh).toContain('约定上门服务时间');
  });

  it('做好詳細記錄: a blank request is missing', () => {
    expect(serviceRequest({ ...recorded, request: '  ' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 } },
    });
  });

  it('a visit agreed at the request’s own instant is allowed; one agreed before it is rejected naming the field', () => {
    expect(serviceRequest({ ...recorded, agreedVisitAt: recorded.requestedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(serviceRequest({ ...recorded, agreedVisitAt: '2026-03-02T08:59:59+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['agreedVisitAt'] }] },
    });
  });

  it('an organisation may require the household too', () => {
    const config = { rules: { 'P01.service-request': { requiredFields: ['request', 'agreedVisitAt', 'household'] } } };
    expect(serviceRequest(recorded, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 2 }, target: { value: 3 } },
    });
    expect(serviceRequest({ ...recorded, household: '3-201' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('a request without its receipt time is rejected naming requestedAt', () => {
    expect(serviceRequest({ request: '借用工具' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['requestedAt'] }] },
    });
  });
});
