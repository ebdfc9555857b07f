/**
 * P06 1.2 (seed line 151), #18: 保證本業務部所屬現場賬實相符 — a `stock-counted` line is judged by
 * P06.site-stock on its own line.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

describe('materials: a site’s stocktake against its books (P06 1.2)', () => {
  it('counted as booked is met; one item short is breached', async () => {
    const report = await audit([
      ev('stock-counted', '2026-03-31T17:00', { site: 'A区', items: [{ item: '扳手', booked: 4, counted: 4 }] }),
      ev('stock-counted', '2026-03-31T18:00', {
        site: 'B区',
        items: [
          { item: '扳手', booked: 4, counted: 4 },
          { item: '灯管', booked: 10, counted: 9 },
        ],
      }),
    ]);
    const found = findingsOf(report, 'P06.site-stock').map((f) => [f.lines, f.result.status, f.result.measured?.value]);
    expect(found).toEqual([
      [[1], 'met', 0],
      [[2], 'breached', 1],
    ]);
  });

  it('an item without its counted quantity is rejected by the rule, naming the item', async () => {
    const report = await audit([ev('stock-counted', '2026-03-31T17:00', { items: [{ item: '扳手', booked: 4 }] })]);
    expect(findingsOf(report, 'P06.site-stock')).toEqual([]);
    expect(report.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid-facts' })]);
  });
});
