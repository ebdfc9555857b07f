/**
 * P01 服務請求 1 (seed line 9), #18: 收到業戶服務請求，做好詳細記錄，并于業戶約定上門服務時間 — a
 * `service-requested` line is the request's record, judged by P01.service-request on its own line.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('services: a request recorded with an agreed visit time (P01 服務請求 1)', () => {
  it('a request with what was asked and an agreed visit time is met; one without a visit time breached', async () => {
    const report = await audit([
      ev('service-requested', '2026-03-02T09:00', {
        case: 'V1',
        kind: 'convenience',
        service: '代收快递',
        agreedVisitAt: '2026-03-02T14:00:00+08:00',
      }),
      ev('service-requested', '2026-03-02T09:30', { case: 'V2', kind: 'convenience', service: '借用工具' }),
    ]);
    const found = findingsOf(report, 'P01.service-request').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
    ]);
  });

  it('a visit agreed before the request is rejected naming agreedVisitAt', async () => {
    const report = await audit([
      ev('service-requested', '2026-03-02T09:00', {
        case: 'V1',
        service: '代收快递',
        agreedVisitAt: '2026-03-01T14:00:00+08:00',
      }),
    ]);
    expect(findingsOf(report, 'P01.service-request')).toEqual([]);
    expect(report.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid-facts' })]);
  });

  it('the request line still opens nothing: the service’s callback is owed from its completion', async () => {
    const report = await audit([
      ev('service-requested', '2026-03-02T09:00', {
        case: 'V1',
        service: '代收快递',
        agreedVisitAt: '2026-03-02T10:00:00+08:00',
      }),
      ev('service-completed', '2026-03-02T11:00', { case: 'V1' }),
      ev('service-called-back', '2026-03-03T10:00', { case: 'V1' }),
    ]);
    expect(only(report, 'P01.service-callback').result.status).toBe('met');
    expect(only(report, 'P01.service-request').result.status).toBe('met');
  });
});
