/**
 * #18, judged on their own line: P02 2.3.1 (seed line 77, 內部…文件(包括聯絡單)…部門經理簽閱) by
 * P02.internal-signoff from `internal-document-sent`; P02 1.10 (line 61, 及時) by P02.distribution-time from
 * `document-delivered`, against the limit the organisation sets.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

describe('documents: an internal document signed before it goes out (P02 2.3.1)', () => {
  it('signed first is met; signed after, or never, is breached', async () => {
    const report = await audit([
      ev('internal-document-sent', '2026-03-02T10:00', {
        employee: 'E1',
        title: '内部联络单',
        managerSignedAt: '2026-03-02T09:30:00+08:00',
      }),
      ev('internal-document-sent', '2026-03-02T11:00', {
        employee: 'E1',
        managerSignedAt: '2026-03-02T11:05:00+08:00',
      }),
      ev('internal-document-sent', '2026-03-02T12:00', { employee: 'E1' }),
    ]);
    const found = findingsOf(report, 'P02.internal-signoff').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
      [[3], 'breached'],
    ]);
  });

  it('a signature time that is not an instant is rejected before any rule sees it', async () => {
    const report = await audit([ev('internal-document-sent', '2026-03-02T10:00', { managerSignedAt: 'yesterday' })]);
    expect(findingsOf(report, 'P02.internal-signoff')).toEqual([]);
    expect(report.rejected.map((r) => r.line)).toEqual([1]);
  });
});

// P02 1.10 (seed line 61), #18: 文件分發傳遞必須做到及時 — 及時 is the organisation's to set.
describe('documents: a document delivered in time (P02 1.10)', () => {
  const lines = [
    ev('document-delivered', '2026-03-02T10:00', { receivedAt: '2026-03-02T09:00:00+08:00' }),
    ev('document-delivered', '2026-03-03T10:00', { receivedAt: '2026-03-02T09:00:00+08:00' }),
  ];

  it('unconfigured: rejected as not-configured naming deliverWithin', async () => {
    const report = await audit(lines);
    expect(findingsOf(report, 'P02.distribution-time')).toEqual([]);
    expect(report.rejected.map((r) => r.code)).toEqual(['not-configured', 'not-configured']);
    expect(report.rejected[0]?.reason).toContain('deliverWithin');
  });

  it('with deliverWithin PT4H: 1 h is met, 25 h breached', async () => {
    const config = { rules: { 'P02.distribution-time': { deliverWithin: 'PT4H' } } };
    const report = await audit(lines, { config });
    expect(findingsOf(report, 'P02.distribution-time').map((f) => f.result.status)).toEqual(['met', 'breached']);
  });
});
