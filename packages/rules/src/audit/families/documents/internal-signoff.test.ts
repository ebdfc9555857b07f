/**
 * P02 2.3.1 (seed line 77), #18: 公司內部一般性業務往來文件(包括聯絡單)…部門經理簽閱 — an
 * `internal-document-sent` line is judged by P02.internal-signoff on its own line.
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
