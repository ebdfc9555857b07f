import { describe, expect, it } from 'vitest';
import { siteStock } from './site-stock.js';

// Seed 1.2 (line 151): 第二級為各業務部…保證本業務部所屬現場賬實相符；第三級為現場…及時、準確反饋現場庫存。
describe('P06.site-stock (1.2, seed line 151)', () => {
  it('賬實相符: every item counted as booked is met', () => {
    expect(
      siteStock({
        site: 'A区',
        items: [
          { item: '扳手', booked: 4, counted: 4 },
          { item: '灯管', booked: 0, counted: 0 },
        ],
      }),
    ).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0 }, target: { value: 0, comparator: '<=' } },
    });
  });

  it('one short by one and one over by one: each named, 2 items off', () => {
    const r = siteStock({
      items: [
        { item: '扳手', booked: 4, counted: 3 },
        { item: '灯管', booked: 10, counted: 11 },
        { item: '胶带', booked: 2, counted: 2 },
      ],
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 2 }, sanctions: [] } });
    expect(r.ok && r.result.explanation.en).toContain('扳手 short by 1 (books 4, counted 3)');
    expect(r.ok && r.result.explanation.zh).toContain('灯管盈余1');
  });

  it('an item counted twice, a negative count or an empty stocktake is rejected naming the field', () => {
    const twice = siteStock({
      items: [
        { item: '扳手', booked: 1, counted: 1 },
        { item: '扳手', booked: 1, counted: 1 },
      ],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['items', 1, 'item'] }] },
    });
    expect(siteStock({ items: [{ item: '扳手', booked: 1, counted: -1 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['items', 0, 'counted'] }] },
    });
    expect(siteStock({ items: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['items'] }] },
    });
  });
});

describe('P06.site-stock explanations', () => {
  it('keep the site apart from the count in Chinese (S：4项, not S4项)', () => {
    const r = siteStock({ site: 'S', items: [{ item: '扳手', booked: 4, counted: 4 }] });
    expect(r.ok && r.result.explanation.zh).toContain('S：1项物资账实相符');
  });
});
